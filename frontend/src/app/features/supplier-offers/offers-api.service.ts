import { Assignment, Offer, OfferStatus, Page } from '@mentor/contracts';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

function params(values: Readonly<Record<string, string | number | undefined>>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') result = result.set(key, String(value));
  return result;
}

/** The supplier's side of matching: the offer inbox and answering offers. */
@Injectable({ providedIn: 'root' })
export class OffersApiService {
  private readonly http = inject(HttpClient);

  offers(search: { status?: OfferStatus; page?: number; pageSize?: number }): Observable<Page<Offer>> {
    return this.http.get<Page<Offer>>('/api/offers', { params: params(search) });
  }

  offer(id: string): Observable<Offer> {
    return this.http.get<Offer>(`/api/offers/${encodeURIComponent(id)}`);
  }

  /** Creates the course and reserves the mentor's hours. */
  accept(id: string): Observable<Assignment> {
    return this.http.post<Assignment>(`/api/offers/${encodeURIComponent(id)}/accept`, null);
  }

  /** In automatic allocation the municipality's next match gets the offer. */
  decline(id: string, reason: string): Observable<Offer> {
    return this.http.post<Offer>(`/api/offers/${encodeURIComponent(id)}/decline`, { reason });
  }
}
