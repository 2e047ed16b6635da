import { Report } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { apiErrorMessages } from '../../core/api/api-error';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { DueMarkerComponent } from './due-marker.component';
import { ReportHistoryComponent } from './report-history.component';
import { REPORT_KIND_KEYS } from './report-labels';
import { ReportPeriodPipe } from './report-period.pipe';
import { ReportStatusComponent } from './report-status.component';
import { ReportViewComponent } from './report-view.component';
import { ReportsApiService } from './reports-api.service';
import { ReviewNotice } from './review-inbox.page';

export const REVIEW_COMMENT_MAX = 2000;

/**
 * A report for review: `/cases/reports/:id`. The whole report read-only with its history, and the
 * decision: accept, or return to the mentor with a comment saying what to correct.
 */
@Component({
  selector: 'mm-review-detail-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, DatePipe, DateTimePipe, LoadStatusComponent, FieldErrorComponent, FieldStateDirective, DueMarkerComponent, ReportHistoryComponent, ReportViewComponent, ReportPeriodPipe, ReportStatusComponent],
  templateUrl: './review-detail.page.html',
  styleUrl: './review-detail.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewDetailPage {
  private readonly api = inject(ReportsApiService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);

  /** The report's id from `/cases/reports/:id`. */
  readonly id = input.required<string>();
  protected readonly loaded = loadable(() => this.api.report(this.id()));
  protected readonly report = computed<Report | undefined>(() => this.loaded.value());

  protected readonly form = inject(NonNullableFormBuilder).group({
    decision: ['' as 'accept' | 'return' | '', Validators.required],
    comment: ['', Validators.maxLength(REVIEW_COMMENT_MAX)],
  });
  protected readonly commentMax = REVIEW_COMMENT_MAX;
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly decision = signal<'accept' | 'return' | ''>('');

  protected readonly kindKeys = REPORT_KIND_KEYS;

  constructor() {
    this.form.controls.decision.valueChanges.subscribe((decision) => {
      this.decision.set(decision);
      const comment = this.form.controls.comment;
      comment.setValidators(decision === 'return' ? [Validators.required, Validators.minLength(3), Validators.maxLength(REVIEW_COMMENT_MAX)] : [Validators.maxLength(REVIEW_COMMENT_MAX)]);
      comment.updateValueAndValidity();
    });
  }

  protected decide(): void {
    const report = this.report();
    if (!report || this.busy()) return;
    this.problem.set(null);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      setTimeout(() => document.querySelector<HTMLElement>(this.form.controls.decision.invalid ? '#review-accept' : '#review-comment')?.focus());
      return;
    }
    const { decision, comment } = this.form.getRawValue();
    if (!decision) return;
    this.busy.set(true);
    const text = comment.trim();
    this.api.review(report.id, { decision, ...(text ? { comment: text } : {}) }).subscribe({
      next: () => {
        this.busy.set(false);
        const state: ReviewNotice = { reviewed: decision, reference: report.caseReference };
        void this.router.navigate(['/cases/reports'], { state: { ...state } });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (!(error instanceof HttpErrorResponse)) throw error;
        const body: unknown = error.error;
        const field = body && typeof body === 'object' && 'fields' in body ? (body as { fields?: { field: string; messages: string[] }[] }).fields?.find((f) => f.field === 'comment') : undefined;
        if (field) {
          this.form.controls.comment.setErrors({ server: field.messages });
          this.form.controls.comment.markAsTouched();
          return;
        }
        this.problem.set(error.status === 0 ? this.i18n.t('form.error.unavailable') : (apiErrorMessages(body)[0] ?? this.i18n.t('form.error.server')));
        // Reviewed meanwhile by a colleague, or taken back: show the report as it is now.
        if (error.status === 409) this.loaded.reload();
      },
    });
  }
}
