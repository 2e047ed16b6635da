import {
  Assignment,
  CaseInput,
  CitizenCase,
  CitizenIdentityView,
  MatchList,
  MentorRequest,
  MentorRequestInput,
  Offer,
  Page,
  TargetGroup,
} from '@mentor/contracts';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

export interface CaseSearch {
  mine?: boolean;
  status?: 'open' | 'closed';
  targetGroup?: TargetGroup;
  reference?: string;
  page?: number;
  pageSize?: number;
}

const id = (value: string) => encodeURIComponent(value);

function params(values: Readonly<Record<string, string | number | boolean | undefined>>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') result = result.set(key, String(value));
  return result;
}

/** The caseworker's calls: cases, the identity read on purpose, requests, matches, offers and courses. */
@Injectable({ providedIn: 'root' })
export class CasesApiService {
  private readonly http = inject(HttpClient);

  cases(search: CaseSearch): Observable<Page<CitizenCase>> {
    const { mine, ...rest } = search;
    return this.http.get<Page<CitizenCase>>('/api/cases', { params: params({ ...rest, mine: mine ? 'true' : undefined }) });
  }

  createCase(input: CaseInput): Observable<CitizenCase> {
    return this.http.post<CitizenCase>('/api/cases', input);
  }

  case(caseId: string): Observable<CitizenCase> {
    return this.http.get<CitizenCase>(`/api/cases/${id(caseId)}`);
  }

  /** The identity and notes; the API writes the purpose to the audit log. */
  identity(caseId: string, purpose: string): Observable<CitizenIdentityView> {
    return this.http.get<CitizenIdentityView>(`/api/cases/${id(caseId)}/identity`, { params: params({ purpose }) });
  }

  requests(caseId: string): Observable<MentorRequest[]> {
    return this.http.get<MentorRequest[]>(`/api/cases/${id(caseId)}/requests`);
  }

  createRequest(caseId: string, input: MentorRequestInput): Observable<MentorRequest> {
    return this.http.post<MentorRequest>(`/api/cases/${id(caseId)}/requests`, input);
  }

  request(requestId: string): Observable<MentorRequest> {
    return this.http.get<MentorRequest>(`/api/requests/${id(requestId)}`);
  }

  matches(requestId: string, lang: 'da' | 'en', limit = 20): Observable<MatchList> {
    return this.http.get<MatchList>(`/api/requests/${id(requestId)}/matches`, { params: params({ limit, lang }) });
  }

  /** The request's offers in the order they were sent: the timeline. */
  offers(requestId: string): Observable<Offer[]> {
    return this.http.get<Offer[]>(`/api/requests/${id(requestId)}/offers`);
  }

  /** `overrideReason` (at least 10 characters) is required to offer a mentor of a `blocked` supplier (else 409). */
  sendOffer(requestId: string, mentorId: string, overrideReason?: string): Observable<Offer> {
    const reason = overrideReason?.trim();
    return this.http.post<Offer>(`/api/requests/${id(requestId)}/offers`, reason ? { mentorId, overrideReason: reason } : { mentorId });
  }

  withdrawOffer(offerId: string): Observable<Offer> {
    return this.http.post<Offer>(`/api/offers/${id(offerId)}/withdraw`, null);
  }

  assignments(caseId: string): Observable<Page<Assignment>> {
    return this.http.get<Page<Assignment>>('/api/assignments', { params: params({ caseId, pageSize: 100 }) });
  }

  extend(assignmentId: string, weeks: number): Observable<Assignment> {
    return this.http.post<Assignment>(`/api/assignments/${id(assignmentId)}/extend`, { weeks });
  }

  end(assignmentId: string, reason: string, endDate: string): Observable<Assignment> {
    return this.http.post<Assignment>(`/api/assignments/${id(assignmentId)}/end`, { reason, endDate });
  }
}
