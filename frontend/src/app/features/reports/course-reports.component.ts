import { Assignment } from '@mentor/contracts';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { isoToday } from '../../shared/mentors/mentor-rules';
import { DueMarkerComponent } from './due-marker.component';
import { FOLLOW_UP_KEYS, OUTCOME_STATUS_KEYS, REPORT_KIND_KEYS } from './report-labels';
import { ReportPeriodPipe } from './report-period.pipe';
import { absoluteLink } from './report-rules';
import { ReportStatusComponent } from './report-status.component';
import { ReportsApiService } from './reports-api.service';

/**
 * On the caseworker's case page, per course: its reports with status and a link to each, the
 * follow-ups after the course, and the satisfaction surveys (the citizen's link to hand over, and
 * the caseworker's own).
 */
@Component({
  selector: 'mm-course-reports',
  imports: [RouterLink, TranslatePipe, DatePipe, DueMarkerComponent, ReportPeriodPipe, ReportStatusComponent],
  template: `
    @let c = course();
    <div class="course-reports" data-testid="course-reports">
      <section [attr.aria-labelledby]="'course-reports-' + c.id">
        <h4 [id]="'course-reports-' + c.id">{{ 'courseReports.reports' | t }}</h4>
        @if (reports.state().status === 'error') {
          <p class="muted">{{ 'courseReports.loadError' | t }} <button type="button" class="link-button" (click)="reports.reload()">{{ 'common.retry' | t }}</button></p>
        } @else if (reports.value(); as list) {
          @if (list.length === 0) {
            <p class="muted">{{ 'courseReports.noReports' | t }}</p>
          } @else {
            <ul class="rows">
              @for (r of list; track r.id) {
                <li data-testid="course-report" [attr.data-status]="r.status" [attr.data-overdue]="r.overdue" [attr.data-report-id]="r.id">
                  <a [routerLink]="['/cases/reports', r.id]" data-testid="course-report-link">{{ r.period | reportPeriod }}</a>
                  <span class="muted">· {{ kindKeys[r.kind] | t }} · {{ 'reports.form.dueOn' | t: { date: (r.dueOn | date) } }}</span>
                  <mm-report-status [status]="r.status" />
                  <mm-due-marker [report]="r" />
                </li>
              }
            </ul>
          }
        } @else {
          <p class="muted">{{ 'common.loading' | t }}</p>
        }
      </section>

      @if (outcomes.value(); as list) {
        @if (list.length) {
          <section [attr.aria-labelledby]="'course-outcomes-' + c.id" data-testid="course-outcomes">
            <h4 [id]="'course-outcomes-' + c.id">{{ 'courseReports.outcomes' | t }}</h4>
            <ul class="rows">
              @for (o of list; track o.id) {
                <li data-testid="course-outcome" [attr.data-follow-up]="o.followUp" [attr.data-status]="o.status ?? null">
                  <strong>{{ followUpKeys[o.followUp] | t }}</strong>
                  @if (o.status) {
                    · {{ outcomeKeys[o.status] | t }}
                    @if (o.benefitChangeDkk !== undefined && o.benefitChangeDkk !== null) {
                      · {{ 'courseReports.benefit' | t: { amount: amount(o.benefitChangeDkk) } }}
                    }
                    @if (o.note) {
                      <span class="sub">{{ o.note }}</span>
                    }
                  } @else {
                    <span class="muted">· {{ 'courseReports.outcomePending' | t: { date: (o.dueOn | date) } }}</span>
                    @if (o.overdue) {
                      <span class="late">{{ 'followups.overdue' | t }}</span>
                    }
                  }
                </li>
              }
            </ul>
            @if (hasOpenOutcome(list)) {
              <p class="muted"><a routerLink="/cases/reports" [queryParams]="{ tab: 'followups' }">{{ 'courseReports.recordOutcomes' | t }}</a></p>
            }
          </section>
        }
      }

      @if (surveys.value(); as s) {
        @if (s.citizen || s.caseworker) {
          <section [attr.aria-labelledby]="'course-surveys-' + c.id" data-testid="course-surveys">
            <h4 [id]="'course-surveys-' + c.id">{{ 'courseReports.surveys' | t }}</h4>
            @if (s.citizen; as citizen) {
              @if (citizen.answered) {
                <p class="survey" data-testid="course-survey-answered"><span class="badge badge-ok">{{ 'courseReports.answered' | t }}</span> {{ 'courseReports.citizenAnswered' | t }}</p>
              } @else if (expired(citizen.expiresAt)) {
                <p class="survey muted" data-testid="course-survey-expired">{{ 'courseReports.citizenExpired' | t: { date: (citizen.expiresAt | date) } }}</p>
              } @else {
                <div class="survey">
                  <label [for]="'survey-link-' + c.id">{{ 'courseReports.citizenLink' | t }}</label>
                  <div class="link-row">
                    <input [id]="'survey-link-' + c.id" type="text" readonly [value]="absolute(citizen.link)" data-testid="course-survey-link" [attr.aria-describedby]="'survey-hint-' + c.id" (focus)="select($event)" />
                    <button type="button" class="btn btn-secondary btn-small" (click)="copy(citizen.link)" data-testid="course-survey-copy">{{ 'courseReports.copy' | t }}</button>
                  </div>
                  <p class="sub" [id]="'survey-hint-' + c.id">{{ 'courseReports.citizenHint' | t: { date: (citizen.expiresAt | date) } }}</p>
                  <p class="copied" aria-live="polite">
                    @if (copied() === citizen.link) {
                      {{ 'courseReports.copied' | t }}
                    }
                  </p>
                </div>
              }
            }
            @if (s.caseworker; as own) {
              <p class="survey">
                @if (own.answered) {
                  {{ 'courseReports.ownAnswered' | t }}
                } @else if (expired(own.expiresAt)) {
                  <span class="muted">{{ 'courseReports.ownExpired' | t: { date: (own.expiresAt | date) } }}</span>
                } @else {
                  <a [href]="absolute(own.link)" target="_blank" rel="noopener" data-testid="course-survey-own">{{ 'courseReports.ownLink' | t }}</a>
                  <span class="sub">{{ 'courseReports.ownHint' | t: { date: (own.expiresAt | date) } }}</span>
                }
              </p>
            }
          </section>
        }
      }
    </div>
  `,
  styles: `
    .course-reports { display: grid; gap: 0.75rem; margin-top: 0.75rem; padding-top: 0.75rem; border-top: 1px solid var(--mm-border); }
    h4 { margin: 0 0 0.35rem; font-size: 0.98rem; }
    .rows { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.3rem; }
    .rows li { display: flex; flex-wrap: wrap; gap: 0.2rem 0.5rem; align-items: baseline; }
    .muted { margin: 0; color: var(--mm-ink-muted); }
    .sub { display: block; width: 100%; margin: 0.15rem 0 0; font-size: 0.86rem; color: var(--mm-ink-muted); }
    .late { color: var(--mm-error); font-weight: 600; font-size: 0.86rem; }
    .survey { margin: 0 0 0.5rem; }
    .survey label { display: block; font-weight: 600; font-size: 0.92rem; margin-bottom: 0.25rem; }
    .link-row { display: flex; gap: 0.5rem; max-width: 40rem; }
    .link-row input { flex: 1; min-width: 0; font-family: var(--mm-font-mono, monospace); font-size: 0.88rem; }
    .copied { margin: 0; min-height: 1.2em; font-size: 0.86rem; color: var(--mm-success-text); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseReportsComponent {
  private readonly api = inject(ReportsApiService);
  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);

  readonly course = input.required<Assignment>();

  protected readonly reports = loadable(() => this.api.courseReports(this.course().id));
  protected readonly outcomes = loadable(() => this.api.courseOutcomes(this.course().id));
  protected readonly surveys = loadable(() => this.api.courseSurveys(this.course().id));
  protected readonly copied = signal<string | null>(null);

  protected readonly kindKeys = REPORT_KIND_KEYS;
  protected readonly followUpKeys = FOLLOW_UP_KEYS;
  protected readonly outcomeKeys = OUTCOME_STATUS_KEYS;

  protected amount(dkk: number): string {
    return new Intl.NumberFormat(this.i18n.locale()).format(dkk);
  }

  protected hasOpenOutcome(list: readonly { status?: string }[]): boolean {
    return list.some((o) => !o.status);
  }

  protected expired(expiresAt: string): boolean {
    return !!expiresAt && expiresAt.slice(0, 10) < isoToday();
  }

  protected absolute(link: string): string {
    return absoluteLink(link, this.document.location?.origin ?? '');
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement | null)?.select();
  }

  protected copy(link: string): void {
    const text = this.absolute(link);
    const done = () => this.copied.set(link);
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (clipboard) {
      clipboard.writeText(text).then(done, () => this.fallbackCopy(text, done));
    } else {
      this.fallbackCopy(text, done);
    }
  }

  /** Without the clipboard API (plain http): select the text field and use the old command. */
  private fallbackCopy(text: string, done: () => void): void {
    const field = this.document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    this.document.body.appendChild(field);
    field.select();
    try {
      if (this.document.execCommand('copy')) done();
    } finally {
      field.remove();
    }
  }
}
