import {
  LoginResponse,
  Mentor,
  MentorInput,
  MentorSearch,
  Page,
  Supplier,
  SupplierProfile,
  SupplierRegistration,
  SupplierUpdate,
} from '@mentor/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { searchParams } from '../../shared/search/search-query';

export type RegistrationResponse = LoginResponse & { supplier: Supplier };
export type MentorCreate = MentorInput & { inviteToLogin?: boolean };
export type MentorPatch = Partial<MentorInput> & { active?: boolean };

/** The supplier portal's calls: registration, the supplier's profile and its mentors. */
@Injectable({ providedIn: 'root' })
export class SuppliersApiService {
  private readonly http = inject(HttpClient);

  /** Public. Sets the session cookie: the new supplier admin is logged in. */
  register(registration: SupplierRegistration): Observable<RegistrationResponse> {
    return this.http.post<RegistrationResponse>('/api/suppliers/register', registration);
  }

  supplier(id: string): Observable<SupplierProfile> {
    return this.http.get<SupplierProfile>(`/api/suppliers/${encodeURIComponent(id)}`);
  }

  updateSupplier(id: string, update: SupplierUpdate): Observable<Supplier> {
    return this.http.patch<Supplier>(`/api/suppliers/${encodeURIComponent(id)}`, update);
  }

  mentors(supplierId: string, search: MentorSearch): Observable<Page<Mentor>> {
    return this.http.get<Page<Mentor>>(`/api/suppliers/${encodeURIComponent(supplierId)}/mentors`, { params: searchParams(search) });
  }

  createMentor(supplierId: string, mentor: MentorCreate): Observable<Mentor> {
    return this.http.post<Mentor>(`/api/suppliers/${encodeURIComponent(supplierId)}/mentors`, mentor);
  }

  mentor(id: string): Observable<Mentor> {
    return this.http.get<Mentor>(`/api/mentors/${encodeURIComponent(id)}`);
  }

  updateMentor(id: string, patch: MentorPatch): Observable<Mentor> {
    return this.http.patch<Mentor>(`/api/mentors/${encodeURIComponent(id)}`, patch);
  }

  /** A mentor with courses is deactivated instead of deleted, so nothing is lost. */
  deleteMentor(id: string): Observable<{ outcome: 'deleted' | 'deactivated' }> {
    return this.http.delete<{ outcome: 'deleted' | 'deactivated' }>(`/api/mentors/${encodeURIComponent(id)}`);
  }

  /** Mails the mentor an invitation to create a login (again). */
  inviteMentor(id: string): Observable<void> {
    return this.http.post<void>(`/api/mentors/${encodeURIComponent(id)}/invite`, null);
  }
}
