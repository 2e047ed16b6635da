import { ReportSummary } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { DueMarkerComponent } from './due-marker.component';
import { REPORT_KIND_KEYS } from './report-labels';
import { ReportPeriodPipe } from './report-period.pipe';
import { ReportStatusComponent } from './report-status.component';

/**
 * Reports as a table, a row each (`report-row` with `data-status`, `data-overdue`,
 * `data-report-id`, `data-case`) linking to `base`/:id: the period and kind, the course, the due
 * date with its marker, and the status. The mentor's and supplier's lists name the case (and with
 * `showMentor` the mentor); the caseworker's inbox (`review`) links the case, names mentor and
 * supplier, and says when a report was handed in.
 */
@Component({
  selector: 'mm-report-table',
  imports: [RouterLink, TranslatePipe, DatePipe, DueMarkerComponent, ReportPeriodPipe, ReportStatusComponent],
  template: `
    <div class="table-wrap">
      <table class="table report-table">
        <caption class="visually-hidden">{{ caption() }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'reports.col.period' | t }}</th>
            @if (review()) {
              <th scope="col">{{ 'reports.col.case' | t }}</th>
              <th scope="col">{{ 'reports.col.mentor' | t }}</th>
            } @else {
              <th scope="col">{{ 'reports.col.course' | t }}</th>
            }
            <th scope="col">{{ 'reports.col.due' | t }}</th>
            <th scope="col">{{ 'reports.col.status' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (r of reports(); track r.id) {
            <tr
              data-testid="report-row"
              [attr.data-status]="r.status"
              [attr.data-overdue]="r.overdue"
              [attr.data-report-id]="r.id"
              [attr.data-case]="r.caseReference"
              [class.is-overdue]="r.overdue && markOverdue()"
            >
              <th scope="row">
                <a [routerLink]="[base(), r.id]" data-testid="report-link">{{ r.period | reportPeriod }}</a>
                <span class="sub">{{ kindKeys[r.kind] | t }}</span>
              </th>
              @if (review()) {
                <td><a [routerLink]="['/cases', r.caseId]">{{ r.caseReference }}</a></td>
                <td>{{ r.mentorName }}<span class="sub">{{ r.supplierName }}</span></td>
              } @else {
                <td>
                  {{ 'reports.caseRef' | t: { reference: r.caseReference } }}
                  @if (showMentor()) {
                    <span class="sub">{{ r.mentorName }}</span>
                  }
                </td>
              }
              <td>
                {{ r.dueOn | date }}
                <span class="sub"><mm-due-marker [report]="r" /></span>
              </td>
              <td>
                <mm-report-status [status]="r.status" />
                @if (review() && r.submittedAt) {
                  <span class="sub">{{ 'reportReview.submittedOn' | t: { date: (r.submittedAt | date) } }}</span>
                }
                @if (r.submissions > 1) {
                  <span class="sub">{{ 'reports.submissions' | t: { count: r.submissions } }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host { display: block; }
    .report-table th[scope='row'] { min-width: 10rem; }
    .sub { display: block; font-weight: 400; font-size: 0.85rem; color: var(--mm-ink-muted); }
    tr.is-overdue th[scope='row'] { box-shadow: inset 4px 0 0 var(--mm-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportTableComponent {
  readonly reports = input.required<readonly ReportSummary[]>();
  /** The table's caption for screen readers (already translated). */
  readonly caption = input.required<string>();
  /** Where a report opens: `/mentor/reports`, `/supplier/courses/reports` or `/cases/reports`. */
  readonly base = input.required<string>();
  /** The caseworker's inbox: case link, mentor and supplier, and when handed in. */
  readonly review = input(false);
  /** In the mentor's and supplier's lists: the mentor's name under the case. */
  readonly showMentor = input(false);
  /** Mark overdue rows with the red edge (not among the handed-in ones). */
  readonly markOverdue = input(true);

  protected readonly kindKeys = REPORT_KIND_KEYS;
}
