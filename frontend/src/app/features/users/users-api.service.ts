import { ManagedUser, Page, UserInvitation, UserUpdate } from '@mentor/contracts';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** The user administration's calls: the admin's own tenant only (the API scopes every one). */
@Injectable({ providedIn: 'root' })
export class UsersApiService {
  private readonly http = inject(HttpClient);

  list(search: { q?: string; page: number; pageSize: number }): Observable<Page<ManagedUser>> {
    let params = new HttpParams().set('page', search.page).set('pageSize', search.pageSize);
    if (search.q) params = params.set('q', search.q);
    return this.http.get<Page<ManagedUser>>('/api/users', { params });
  }

  /** An address with a pending (perhaps expired) invitation is invited again rather than refused. */
  invite(invitation: UserInvitation): Observable<ManagedUser> {
    return this.http.post<ManagedUser>('/api/users', invitation);
  }

  update(id: string, update: UserUpdate): Observable<ManagedUser> {
    return this.http.patch<ManagedUser>(`/api/users/${encodeURIComponent(id)}`, update);
  }

  /** A new link and expiry; the old link stops working. */
  resendInvitation(id: string): Observable<void> {
    return this.http.post<void>(`/api/users/${encodeURIComponent(id)}/invitation`, null);
  }
}
