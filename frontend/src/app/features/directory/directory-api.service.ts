import { Mentor, MentorSearch, Page, Supplier, SupplierProfile, SupplierSearch } from '@mentor/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { searchParams } from '../../shared/search/search-query';

/** The municipal directory: search mentors across suppliers, and suppliers; read one of each. */
@Injectable({ providedIn: 'root' })
export class DirectoryApiService {
  private readonly http = inject(HttpClient);

  mentors(search: MentorSearch): Observable<Page<Mentor>> {
    return this.http.get<Page<Mentor>>('/api/mentors', { params: searchParams(search) });
  }

  mentor(id: string): Observable<Mentor> {
    return this.http.get<Mentor>(`/api/mentors/${encodeURIComponent(id)}`);
  }

  suppliers(search: SupplierSearch): Observable<Page<Supplier>> {
    return this.http.get<Page<Supplier>>('/api/suppliers', { params: searchParams(search) });
  }

  supplier(id: string): Observable<SupplierProfile> {
    return this.http.get<SupplierProfile>(`/api/suppliers/${encodeURIComponent(id)}`);
  }
}
