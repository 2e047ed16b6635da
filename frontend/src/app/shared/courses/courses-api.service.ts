import { Assignment, Page } from '@mentor/contracts';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** Courses as the API answers per role: the supplier's, or the mentor's own (with the citizen's name and phone). */
@Injectable({ providedIn: 'root' })
export class CoursesApiService {
  private readonly http = inject(HttpClient);

  courses(status: 'active' | 'ended', page: number, pageSize: number): Observable<Page<Assignment>> {
    const params = new HttpParams().set('status', status).set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<Assignment>>('/api/assignments', { params });
  }
}
