import { Agreement, EffectsQuery, EffectsReport, MAX_PAGE_SIZE, Page, Scorecard } from '@mentor/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ScorecardQuery, searchParams } from '../../shared/search/search-query';
import { effectsCsvUrl } from './effects-view';

/** Reporting quality and effect: a supplier's scorecard and the municipality's effect dashboard. */
@Injectable({ providedIn: 'root' })
export class InsightsApiService {
  private readonly http = inject(HttpClient);

  /** Supplier users: their own supplier only; municipal users: any supplier. */
  scorecard(supplierId: string, query: ScorecardQuery): Observable<Scorecard> {
    return this.http.get<Scorecard>(`/api/suppliers/${encodeURIComponent(supplierId)}/scorecard`, { params: searchParams(query) });
  }

  effects(query: EffectsQuery): Observable<EffectsReport> {
    return this.http.get<EffectsReport>('/api/insights/effects', { params: searchParams(query) });
  }

  /** A link, not a request: the same report as a CSV download. */
  effectsCsvUrl(query: EffectsQuery): string {
    return effectsCsvUrl(query);
  }

  /** The caller's agreements (the municipality's, or the supplier's own): names for the filters. */
  agreements(): Observable<Page<Agreement>> {
    return this.http.get<Page<Agreement>>('/api/agreements', { params: { pageSize: String(MAX_PAGE_SIZE) } });
  }
}
