import {
  Agreement,
  AgreementSearch,
  AwardResult,
  Bid,
  Evaluation,
  Page,
  Question,
  ScoresInput,
  Tender,
  TenderDocumentKind,
  TenderInput,
  TenderSearch,
  TenderTransitionResult,
  TenderUpdate,
} from '@mentor/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { searchParams } from '../../shared/search/search-query';

const tenderUrl = (id: string) => `/api/tenders/${encodeURIComponent(id)}`;

/** The procurement officer's calls: tenders and their lifecycle, questions, sealed bids, evaluation, agreements. */
@Injectable({ providedIn: 'root' })
export class ProcurementApiService {
  private readonly http = inject(HttpClient);

  tenders(search: TenderSearch): Observable<Page<Tender>> {
    return this.http.get<Page<Tender>>('/api/tenders', { params: searchParams(search) });
  }

  tender(id: string): Observable<Tender> {
    return this.http.get<Tender>(tenderUrl(id));
  }

  create(input: TenderInput): Observable<Tender> {
    return this.http.post<Tender>('/api/tenders', input);
  }

  /** Drafts only; lots and criteria given replace the old ones. */
  update(id: string, update: TenderUpdate): Observable<Tender> {
    return this.http.patch<Tender>(tenderUrl(id), update);
  }

  /** publish | close | evaluate: `{ tender, warnings }` (a short bid period comes back as a warning). */
  transition(id: string, action: 'publish' | 'close' | 'evaluate'): Observable<TenderTransitionResult> {
    return this.http.post<TenderTransitionResult>(`${tenderUrl(id)}/${action}`, null);
  }

  cancel(id: string, reason: string): Observable<TenderTransitionResult> {
    return this.http.post<TenderTransitionResult>(`${tenderUrl(id)}/cancel`, { reason });
  }

  award(id: string): Observable<AwardResult> {
    return this.http.post<AwardResult>(`${tenderUrl(id)}/award`, null);
  }

  questions(id: string): Observable<Question[]> {
    return this.http.get<Question[]>(`${tenderUrl(id)}/questions`);
  }

  answer(id: string, questionId: string, answer: string): Observable<Question> {
    return this.http.post<Question>(`${tenderUrl(id)}/questions/${encodeURIComponent(questionId)}/answer`, { answer });
  }

  /** Every bid once opened at the deadline; 409 BIDS_SEALED before. */
  bids(id: string): Observable<Bid[]> {
    return this.http.get<Bid[]>(`${tenderUrl(id)}/bids`);
  }

  evaluation(id: string): Observable<Evaluation> {
    return this.http.get<Evaluation>(`${tenderUrl(id)}/evaluation`);
  }

  /** Scores a bid's quality answers (while closed); answers with the whole evaluation table. */
  score(bidId: string, scores: ScoresInput): Observable<Evaluation> {
    return this.http.put<Evaluation>(`/api/bids/${encodeURIComponent(bidId)}/scores`, scores);
  }

  agreements(search: AgreementSearch): Observable<Page<Agreement>> {
    return this.http.get<Page<Agreement>>('/api/agreements', { params: searchParams(search) });
  }

  /** Links, not requests: documents open in the browser (HTML) or download (PDF). */
  documentUrl(id: string, kind: TenderDocumentKind, format: 'html' | 'pdf', supplierId?: string): string {
    const params = new URLSearchParams({ format });
    if (supplierId) params.set('supplierId', supplierId);
    return `${tenderUrl(id)}/documents/${kind}?${params.toString()}`;
  }

  ocdsUrl(id: string): string {
    return `${tenderUrl(id)}/ocds`;
  }
}
