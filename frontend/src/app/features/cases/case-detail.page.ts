import { Assignment, CitizenIdentityView, DEFAULT_WEEKS, MAX_WEEKS_PER_PERIOD } from '@mentor/contracts';
import { Location } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { apiErrorMessages } from '../../core/api/api-error';
import { applyServerErrors, controlPaths, focusFirstInvalid } from '../../core/forms/form-errors';
import { mapServerErrors } from '../../core/forms/server-errors';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { formatDate } from '../../core/i18n/format';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { TranslationKey } from '../../core/i18n/translations';
import {
  CASE_STATUS_KEYS,
  COURSE_STATUS_KEYS,
  MENTOR_TYPE_KEYS,
  REQUEST_STATUS_KEYS,
  agreementUrl,
  statusTone,
  targetGroupLabel,
} from '../../shared/courses/course-labels';
import { GoalsListComponent } from '../../shared/courses/goals-list.component';
import { NeedsChipsComponent } from '../../shared/courses/needs-chips.component';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { LanguageNamesPipe } from '../../shared/mentors/language-names.pipe';
import { isoToday } from '../../shared/mentors/mentor-rules';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { CourseReportsComponent } from '../reports/course-reports.component';
import { CasesApiService } from './cases-api.service';
import { endDateOf } from './request-form';

/** Common reasons to read a citizen's identity; the caseworker may also write their own. */
const PURPOSE_KEYS: readonly TranslationKey[] = ['identity.purpose.call', 'identity.purpose.followUp', 'identity.purpose.mentor', 'identity.purpose.update'];

type Notice = { tone: 'success' | 'error'; text: string };

/** A case: `/cases/:id`. The pseudonymous profile, the identity on purpose, the requests and the courses. */
@Component({
  selector: 'mm-case-detail-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    DatePipe,
    DateTimePipe,
    LoadStatusComponent,
    FieldErrorComponent,
    FieldStateDirective,
    NeedsChipsComponent,
    GoalsListComponent,
    LanguageNamesPipe,
    CourseReportsComponent,
  ],
  templateUrl: './case-detail.page.html',
  styleUrl: './case-detail.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseDetailPage {
  private readonly api = inject(CasesApiService);
  private readonly i18n = inject(TranslationService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly identityDialog = viewChild<ElementRef<HTMLDialogElement>>('identityDialog');
  private readonly extendDialog = viewChild<ElementRef<HTMLDialogElement>>('extendDialog');
  private readonly endDialog = viewChild<ElementRef<HTMLDialogElement>>('endDialog');

  /** The case's id from `/cases/:id`. */
  readonly id = input.required<string>();

  private readonly version = signal(0);
  protected readonly citizenCase = loadable(() => this.api.case(this.id()));
  protected readonly requests = loadable(() => {
    this.version();
    return this.api.requests(this.id());
  });
  protected readonly courses = loadable(() => {
    this.version();
    return this.api.assignments(this.id());
  });

  protected readonly created: string | null;

  // Identity, read on purpose
  protected readonly purposeKeys = PURPOSE_KEYS;
  protected readonly purpose = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(5), Validators.maxLength(300)] });
  protected readonly identity = signal<(CitizenIdentityView & { purpose: string; readAt: string }) | null>(null);
  protected readonly identityLoading = signal(false);
  protected readonly identityError = signal<string | null>(null);

  // Extend and end a course
  protected readonly course = signal<Assignment | null>(null);
  protected readonly maxWeeks = MAX_WEEKS_PER_PERIOD;
  protected readonly extendForm = this.fb.group({
    weeks: new FormControl<number | null>(DEFAULT_WEEKS, [Validators.required, Validators.min(1), Validators.max(MAX_WEEKS_PER_PERIOD)]),
  });
  protected readonly endForm = this.fb.group({
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
    endDate: ['', Validators.required],
  });
  protected readonly acting = signal(false);
  protected readonly dialogErrors = signal<string[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly extendEnd = signal<string | null>(null);

  protected readonly activeCourses = computed(() => (this.courses.value()?.items ?? []).filter((c) => c.status === 'active'));
  protected readonly endedCourses = computed(() => (this.courses.value()?.items ?? []).filter((c) => c.status === 'ended'));

  protected readonly caseStatusKeys = CASE_STATUS_KEYS;
  protected readonly requestStatusKeys = REQUEST_STATUS_KEYS;
  protected readonly courseStatusKeys = COURSE_STATUS_KEYS;
  protected readonly mentorTypeKeys = MENTOR_TYPE_KEYS;
  protected readonly tone = statusTone;
  protected readonly agreementUrl = agreementUrl;

  constructor() {
    const state = inject(Location).getState() as { created?: string } | null;
    this.created = state?.created ? this.i18n.t('case.created', { reference: state.created }) : null;
    this.extendForm.controls.weeks.valueChanges.subscribe((weeks) => this.updateExtendEnd(weeks));
  }

  protected targetGroup(code: string): string {
    return this.i18n.label(targetGroupLabel(code));
  }

  // Identity

  protected askIdentity(): void {
    this.identityError.set(null);
    this.purpose.reset('');
    this.identityDialog()?.nativeElement.showModal();
  }

  protected choosePurpose(key: string): void {
    if (!key) return;
    this.purpose.setValue(this.i18n.t(key as TranslationKey));
    this.purpose.markAsTouched();
  }

  protected closeIdentity(): void {
    this.identityDialog()?.nativeElement.close();
  }

  protected readIdentity(): void {
    if (this.identityLoading()) return;
    this.purpose.markAsTouched();
    if (this.purpose.invalid) {
      document.getElementById('identity-purpose')?.focus();
      return;
    }
    const purpose = this.purpose.value.trim();
    this.identityLoading.set(true);
    this.identityError.set(null);
    this.api.identity(this.id(), purpose).subscribe({
      next: (identity) => {
        this.identityLoading.set(false);
        this.identity.set({ ...identity, purpose, readAt: new Date().toISOString() });
        this.closeIdentity();
        setTimeout(() => document.getElementById('identity-heading')?.focus());
      },
      error: (error: unknown) => {
        this.identityLoading.set(false);
        if (!(error instanceof HttpErrorResponse)) throw error;
        const mapped = mapServerErrors(error.error, ['purpose']);
        if (mapped.byPath['purpose']) {
          this.purpose.setErrors({ server: mapped.byPath['purpose'] });
          this.purpose.markAsTouched();
        } else {
          this.identityError.set(apiErrorMessages(error.error)[0] ?? this.i18n.t('form.error.server'));
        }
      },
    });
  }

  protected hideIdentity(): void {
    this.identity.set(null);
  }

  // Courses

  protected askExtend(course: Assignment): void {
    this.course.set(course);
    this.dialogErrors.set([]);
    this.extendForm.reset({ weeks: DEFAULT_WEEKS });
    this.updateExtendEnd(DEFAULT_WEEKS);
    this.extendDialog()?.nativeElement.showModal();
  }

  protected askEnd(course: Assignment): void {
    this.course.set(course);
    this.dialogErrors.set([]);
    const today = isoToday();
    const endDate = today < course.startDate ? course.startDate : today > course.endDate ? course.endDate : today;
    this.endForm.reset({ reason: '', endDate });
    this.endDialog()?.nativeElement.showModal();
  }

  protected closeDialogs(): void {
    this.extendDialog()?.nativeElement.close();
    this.endDialog()?.nativeElement.close();
  }

  protected extend(): void {
    const course = this.course();
    if (!course || this.acting()) return;
    this.extendForm.markAllAsTouched();
    if (this.extendForm.invalid) {
      focusFirstInvalid(this.extendDialog()?.nativeElement);
      return;
    }
    this.acting.set(true);
    this.api.extend(course.id, Number(this.extendForm.controls.weeks.value)).subscribe({
      next: (next) => this.done('course.extended', { date: next.endDate }),
      error: (error: unknown) => this.dialogFailed(error, this.extendForm, this.extendDialog()?.nativeElement),
    });
  }

  protected end(): void {
    const course = this.course();
    if (!course || this.acting()) return;
    this.endForm.markAllAsTouched();
    const { endDate } = this.endForm.getRawValue();
    if (endDate && (endDate < course.startDate || endDate > course.endDate)) this.endForm.controls.endDate.setErrors({ server: [this.i18n.t('course.endDateRange', { start: this.date(course.startDate), end: this.date(course.endDate) })] });
    if (this.endForm.invalid) {
      focusFirstInvalid(this.endDialog()?.nativeElement);
      return;
    }
    this.acting.set(true);
    const { reason } = this.endForm.getRawValue();
    this.api.end(course.id, reason.trim(), endDate).subscribe({
      next: (ended) => this.done('course.ended', { date: ended.endDate }),
      error: (error: unknown) => this.dialogFailed(error, this.endForm, this.endDialog()?.nativeElement),
    });
  }

  private done(key: TranslationKey, params: { date: string }): void {
    this.acting.set(false);
    this.closeDialogs();
    this.notice.set({ tone: 'success', text: this.i18n.t(key, { date: this.date(params.date) }) });
    this.version.update((n) => n + 1);
  }

  private dialogFailed(error: unknown, form: typeof this.extendForm | typeof this.endForm, dialog: HTMLElement | undefined): void {
    this.acting.set(false);
    if (!(error instanceof HttpErrorResponse)) throw error;
    const mapped = mapServerErrors(error.error, controlPaths(form));
    applyServerErrors(form, mapped);
    const placed = Object.keys(mapped.byPath).length > 0;
    this.dialogErrors.set([...mapped.unplaced, ...(placed || mapped.unplaced.length ? [] : apiErrorMessages(error.error))]);
    if (!placed && !this.dialogErrors().length) this.dialogErrors.set([this.i18n.t('form.error.server')]);
    focusFirstInvalid(dialog);
  }

  private date(iso: string): string {
    return formatDate(iso, this.i18n.lang());
  }

  private updateExtendEnd(weeks: number | null): void {
    const course = this.course();
    if (!course) return this.extendEnd.set(null);
    const next = new Date(Date.parse(`${course.endDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    this.extendEnd.set(endDateOf(next, Number(weeks)));
  }
}
