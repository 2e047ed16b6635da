import { HealthResponse, Page, SentMail } from '@mentor/contracts';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** The platform administrator's API calls (reference data lives in ReferenceDataService). */
@Injectable({ providedIn: 'root' })
export class PlatformApiService {
  private readonly http = inject(HttpClient);

  mails(page: number, pageSize = 20): Observable<Page<SentMail>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<SentMail>>('/api/admin/mails', { params });
  }

  health(): Observable<HealthResponse> {
    return this.http.get<HealthResponse>('/api/health');
  }
}
