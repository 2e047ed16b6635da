import {
  CourseSurveys,
  Outcome,
  OutcomeInput,
  Page,
  Report,
  ReportInput,
  ReportKind,
  ReportReviewInput,
  ReportStatus,
  ReportSummary,
} from '@mentor/contracts';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

export interface ReportSearch {
  status?: ReportStatus;
  overdue?: boolean;
  kind?: ReportKind;
  page?: number;
  pageSize?: number;
}

const id = (value: string) => encodeURIComponent(value);

function params(values: Readonly<Record<string, string | number | boolean | undefined>>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '' && value !== false) result = result.set(key, String(value));
  return result;
}

/**
 * Reports, their review, and a course's follow-ups and surveys. The API answers per role: the
 * mentor's own reports, the supplier's, or the municipality's (the caseworker's review inbox).
 */
@Injectable({ providedIn: 'root' })
export class ReportsApiService {
  private readonly http = inject(HttpClient);

  /** Sorted by due date, oldest first. */
  reports(search: ReportSearch): Observable<Page<ReportSummary>> {
    return this.http.get<Page<ReportSummary>>('/api/reports', { params: params({ ...search }) });
  }

  report(reportId: string): Observable<Report> {
    return this.http.get<Report>(`/api/reports/${id(reportId)}`);
  }

  /** `submit: false` saves a draft (the autosave); `submit: true` hands the report in. */
  save(reportId: string, input: ReportInput): Observable<Report> {
    return this.http.put<Report>(`/api/reports/${id(reportId)}`, input);
  }

  review(reportId: string, input: ReportReviewInput): Observable<Report> {
    return this.http.post<Report>(`/api/reports/${id(reportId)}/review`, input);
  }

  courseReports(assignmentId: string): Observable<ReportSummary[]> {
    return this.http.get<ReportSummary[]>(`/api/assignments/${id(assignmentId)}/reports`);
  }

  courseOutcomes(assignmentId: string): Observable<Outcome[]> {
    return this.http.get<Outcome[]>(`/api/assignments/${id(assignmentId)}/outcomes`);
  }

  recordOutcome(assignmentId: string, input: OutcomeInput): Observable<Outcome> {
    return this.http.post<Outcome>(`/api/assignments/${id(assignmentId)}/outcomes`, input);
  }

  /** The caseworker's follow-up tasks: not recorded, due within the next 14 days or earlier. */
  openOutcomes(page: number, pageSize: number): Observable<Page<Outcome>> {
    return this.http.get<Page<Outcome>>('/api/outcomes', { params: params({ open: true, page, pageSize }) });
  }

  courseSurveys(assignmentId: string): Observable<CourseSurveys> {
    return this.http.get<CourseSurveys>(`/api/assignments/${id(assignmentId)}/surveys`);
  }
}
