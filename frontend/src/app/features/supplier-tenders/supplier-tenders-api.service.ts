import { Bid, BidInput, BidReceiptRecord, BidSubmission, BidUpdate, Mentor, Page, Question, ReceiptCheck, ReceiptVerification, ReceiptVerificationInput, Tender, TenderSearch } from '@mentor/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { searchParams } from '../../shared/search/search-query';

const tenderUrl = (id: string) => `/api/tenders/${encodeURIComponent(id)}`;
const bidUrl = (id: string) => `/api/bids/${encodeURIComponent(id)}`;

/** The supplier's tender calls: published tenders, questions, its own sealed bids and their receipts. */
@Injectable({ providedIn: 'root' })
export class SupplierTendersApiService {
  private readonly http = inject(HttpClient);

  /** Every municipality's published (and later) tenders; never drafts. */
  tenders(search: TenderSearch): Observable<Page<Tender>> {
    return this.http.get<Page<Tender>>('/api/tenders', { params: searchParams(search) });
  }

  tender(id: string): Observable<Tender> {
    return this.http.get<Tender>(tenderUrl(id));
  }

  /** Answered questions and the supplier's own pending ones; never names an asker. */
  questions(id: string): Observable<Question[]> {
    return this.http.get<Question[]>(`${tenderUrl(id)}/questions`);
  }

  ask(id: string, text: string): Observable<Question> {
    return this.http.post<Question>(`${tenderUrl(id)}/questions`, { text });
  }

  /** The supplier's own submitted bids on the tender. */
  myBids(id: string): Observable<Bid[]> {
    return this.http.get<Bid[]>(`${tenderUrl(id)}/bids`);
  }

  submit(id: string, bid: BidInput): Observable<BidSubmission> {
    return this.http.post<BidSubmission>(`${tenderUrl(id)}/bids`, bid);
  }

  update(bidId: string, bid: BidUpdate): Observable<BidSubmission> {
    return this.http.put<BidSubmission>(bidUrl(bidId), bid);
  }

  withdraw(bidId: string): Observable<void> {
    return this.http.delete<void>(bidUrl(bidId));
  }

  receipt(bidId: string, sha256: string): Observable<ReceiptCheck> {
    return this.http.get<ReceiptCheck>(`${bidUrl(bidId)}/receipt`, { params: { sha256 } });
  }

  /** Every receipt issued to the supplier on the tender (changed and withdrawn bids too), oldest first. */
  receiptHistory(id: string): Observable<BidReceiptRecord[]> {
    return this.http.get<BidReceiptRecord[]>(`${tenderUrl(id)}/receipts`);
  }

  /** Which of the supplier's receipts a kept one is: current, superseded, withdrawn or unknown. */
  verifyReceipt(input: ReceiptVerificationInput): Observable<ReceiptVerification> {
    return this.http.post<ReceiptVerification>('/api/bids/receipts/verify', input);
  }

  /** The supplier's own active mentors (the API answers suppliers with their own only). */
  activeMentors(): Observable<Mentor[]> {
    return this.http.get<Page<Mentor>>('/api/mentors', { params: { pageSize: 100 } }).pipe(map((page) => page.items.filter((m) => m.active)));
  }

  documentUrl(id: string, kind: 'notice' | 'standstill-letter', format: 'html' | 'pdf'): string {
    return `${tenderUrl(id)}/documents/${kind}?format=${format}`;
  }
}
