import { MILESTONE_STATUSES, MilestoneStatus, Report, ReportInput } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { EMPTY, Observable, Subject, Subscription, catchError, concatMap, debounceTime, defer, tap } from 'rxjs';
import { apiErrorMessages, isApiError } from '../../core/api/api-error';
import { applyServerErrors, controlPaths, focusFirstInvalid } from '../../core/forms/form-errors';
import { mapServerErrors } from '../../core/forms/server-errors';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { TranslationKey } from '../../core/i18n/translations';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { FormErrorsComponent } from '../../shared/forms/form-errors.component';
import { isoToday } from '../../shared/mentors/mentor-rules';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { DueMarkerComponent } from './due-marker.component';
import { ReportHistoryComponent } from './report-history.component';
import { MILESTONE_STATUS_KEYS, REPORT_KIND_KEYS, REPORT_STATUS_KEYS, reportTone } from './report-labels';
import { formatPeriod, hoursLeftAfter, hoursProblem, milestoneSlots, reportToFormValue, sameContent, toReportInput } from './report-rules';
import { ReportViewComponent } from './report-view.component';
import { ReportsApiService } from './reports-api.service';

/** Where the form's back link goes: the mentor's list or the supplier's. */
export interface ReportFormData {
  base: string;
  backKey: TranslationKey;
}

/** How long the form waits after the last keystroke before it saves a draft. */
export const AUTOSAVE_DEBOUNCE_MS = 1500;

type AutosaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; reason: TranslationKey; detail?: string };

const NOTE_MAX = 2000;
const TEXT_MAX = 10000;

/** On a milestone's group: a setback needs a note saying what happened (the API's rule on submit). */
const setbackNeedsNote: ValidatorFn = (group) => {
  const note = group.get('note');
  if (!note) return null;
  const missing = group.get('status')?.value === 'setback' && !String(note.value ?? '').trim();
  const others = { ...(note.errors ?? {}) };
  delete others['required'];
  note.setErrors(missing ? { ...others, required: true } : Object.keys(others).length ? others : null);
  return null;
};

function buildForm(fb: NonNullableFormBuilder, report: Report, hours: ValidatorFn) {
  const value = reportToFormValue(report);
  const monthly = report.kind === 'monthly';
  const progression = report.kind === 'progression';
  const count = monthly ? [Validators.required, Validators.min(0), Validators.max(500), Validators.pattern(/^\d+$/)] : [];
  const part = (text: string) => fb.control(text, progression ? [Validators.required, Validators.maxLength(TEXT_MAX)] : []);
  return fb.group({
    hoursUsed: new FormControl<number | null>(value.hoursUsed, monthly ? [Validators.required, hours] : []),
    meetingsHeld: new FormControl<number | null>(value.meetingsHeld, count),
    meetingsMissed: new FormControl<number | null>(value.meetingsMissed, count),
    milestones: fb.array(
      value.milestones.map((m) =>
        fb.group(
          {
            status: fb.control<MilestoneStatus | ''>(m.status, Validators.required),
            note: fb.control(m.note, Validators.maxLength(NOTE_MAX)),
          },
          { validators: setbackNeedsNote },
        ),
      ),
    ),
    narrative: fb.control(value.narrative, [Validators.required, Validators.maxLength(TEXT_MAX)]),
    progression: fb.group({
      competences: part(value.progression.competences),
      resources: part(value.progression.resources),
      nextSteps: part(value.progression.nextSteps),
    }),
  });
}

type ReportForm = ReturnType<typeof buildForm>;

/**
 * A report: `/mentor/reports/:id` (and `/supplier/courses/reports/:id`). The mentor assesses each
 * milestone of the agreement, gives the month's figures and a narrative; changes are saved as a
 * draft a moment after typing stops, and "Aflever" hands the report to the caseworker. A report
 * that cannot be edited (handed in, accepted) is shown read-only.
 */
@Component({
  selector: 'mm-report-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    DatePipe,
    LoadStatusComponent,
    FieldErrorComponent,
    FieldStateDirective,
    FormErrorsComponent,
    DueMarkerComponent,
    ReportHistoryComponent,
    ReportViewComponent,
  ],
  templateUrl: './report-form.page.html',
  styleUrl: './report-form.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFormPage {
  private readonly api = inject(ReportsApiService);
  private readonly i18n = inject(TranslationService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');
  protected readonly view = inject(ActivatedRoute).snapshot.data as ReportFormData;

  /** The report's id from the route. */
  readonly id = input.required<string>();
  protected readonly loaded = loadable(() => this.api.report(this.id()));

  /** The report as last answered by the API (load, autosave or submit). */
  protected readonly report = signal<Report | null>(null);
  protected readonly form = signal<ReportForm | null>(null);
  protected readonly autosave = signal<AutosaveState>({ state: 'idle' });
  protected readonly submitting = signal(false);
  protected readonly formErrors = signal<string[] | null>(null);
  protected readonly notice = signal<TranslationKey | null>(null);
  protected readonly hoursUsed = signal<number | null>(null);

  protected readonly today = isoToday();
  protected readonly statuses = MILESTONE_STATUSES;
  protected readonly milestoneKeys = MILESTONE_STATUS_KEYS;
  protected readonly statusKeys = REPORT_STATUS_KEYS;
  protected readonly kindKeys = REPORT_KIND_KEYS;
  protected readonly tone = reportTone;
  protected readonly noteMax = NOTE_MAX;

  protected readonly goals = computed(() => {
    const report = this.report();
    if (!report) return [];
    const slots = milestoneSlots(report.goals);
    return report.goals.map((goal, goalIndex) => ({ text: goal.text, slots: slots.filter((s) => s.goalIndex === goalIndex) }));
  });
  protected readonly hoursLeft = computed(() => {
    const report = this.report();
    return report ? hoursLeftAfter(report.hoursRemaining, this.hoursUsed()) : 0;
  });
  protected readonly period = computed(() => {
    const report = this.report();
    return report ? formatPeriod(report.period, this.i18n.lang()) : '';
  });
  protected readonly savedAt = computed(() => {
    const state = this.autosave();
    if (state.state !== 'saved') return '';
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(state.at.getHours())}:${pad(state.at.getMinutes())}`;
  });

  /** Saves one at a time, in order: `false` a draft, `true` the submission. */
  private readonly saves = new Subject<boolean>();
  /** What the server has now, so the autosave skips unchanged content. */
  private lastSaved: ReportInput | null = null;
  private formSubscription?: Subscription;

  constructor() {
    effect(() => {
      const report = this.loaded.value();
      if (report) untracked(() => this.setup(report));
    });
    this.saves
      .pipe(
        concatMap((submit) => this.run(submit)),
        takeUntilDestroyed(),
      )
      .subscribe();
    inject(DestroyRef).onDestroy(() => {
      this.formSubscription?.unsubscribe();
      // Leaving within the debounce: send what is unsaved; the request outlives the page.
      const pending = this.pendingInput();
      const report = this.report();
      if (pending && report) this.api.save(report.id, pending).subscribe({ error: () => undefined });
    });
  }

  protected goalLegendId(goalIndex: number): string {
    return `goal-${goalIndex}`;
  }

  protected milestoneStatusControl(form: ReportForm, index: number) {
    return form.controls.milestones.at(index).controls.status;
  }

  protected milestoneNoteControl(form: ReportForm, index: number) {
    return form.controls.milestones.at(index).controls.note;
  }

  protected isSetback(form: ReportForm, index: number): boolean {
    return this.milestoneStatusControl(form, index).value === 'setback';
  }

  protected saveNow(): void {
    this.saves.next(false);
  }

  protected submit(): void {
    const form = this.form();
    if (!form || this.submitting()) return;
    this.notice.set(null);
    form.markAllAsTouched();
    this.formErrors.set([]);
    if (form.invalid) {
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.saves.next(true);
  }

  private setup(report: Report): void {
    // Another report opened in the same page: first send what is unsaved of the previous one.
    const previous = this.report();
    const pending = this.pendingInput();
    if (previous && pending && previous.id !== report.id) this.api.save(previous.id, pending).subscribe({ error: () => undefined });
    this.formSubscription?.unsubscribe();
    this.report.set(report);
    this.autosave.set({ state: 'idle' });
    this.formErrors.set(null);
    this.submitting.set(false);
    const form = buildForm(this.fb, report, this.hoursValidator(report.hoursRemaining));
    this.lastSaved = toReportInput(report, form.getRawValue(), false);
    this.hoursUsed.set(form.controls.hoursUsed.value);
    this.formSubscription = new Subscription();
    this.formSubscription.add(form.controls.hoursUsed.valueChanges.subscribe((hours) => this.hoursUsed.set(hours)));
    this.formSubscription.add(form.valueChanges.pipe(debounceTime(AUTOSAVE_DEBOUNCE_MS)).subscribe(() => this.saves.next(false)));
    this.form.set(form);
  }

  /** Hours used may not exceed what remains of the grant; said at once, while typing. */
  private hoursValidator(remaining: number): ValidatorFn {
    return (control) => {
      const problem = hoursProblem(control.value as number | null, remaining);
      if (problem === 'over') return { server: [this.i18n.t('reports.form.hoursOver', { remaining })] };
      if (problem === 'negative') return { min: { min: 0, actual: control.value } };
      return problem === 'decimals' ? { invalid: true } : null;
    };
  }

  /** The draft that differs from what the server has, or null. */
  private pendingInput(): ReportInput | null {
    const report = this.report();
    const form = this.form();
    if (!report?.canEdit || !form || this.submitting()) return null;
    const input = toReportInput(report, form.getRawValue(), false);
    return sameContent(input, this.lastSaved) ? null : input;
  }

  private run(submit: boolean): Observable<unknown> {
    return defer(() => {
      const report = this.report();
      const form = this.form();
      if (!report || !form || !report.canEdit) {
        this.submitting.set(false);
        return EMPTY;
      }
      const input = toReportInput(report, form.getRawValue(), submit);
      if (!submit) {
        if (this.submitting() || sameContent(input, this.lastSaved)) return EMPTY;
        if (form.controls.hoursUsed.invalid && form.controls.hoursUsed.value !== null) {
          this.autosave.set({ state: 'error', reason: 'reports.autosave.hoursProblem' });
          return EMPTY;
        }
      }
      this.autosave.set({ state: 'saving' });
      return this.api.save(report.id, input).pipe(
        tap((saved) => this.saved(saved, input, submit)),
        catchError((error: unknown) => {
          this.failed(error, submit);
          return EMPTY;
        }),
      );
    });
  }

  private saved(saved: Report, input: ReportInput, submit: boolean): void {
    this.lastSaved = input;
    this.autosave.set({ state: 'saved', at: new Date() });
    this.report.set(saved);
    if (submit) {
      this.submitting.set(false);
      this.formSubscription?.unsubscribe();
      this.notice.set(saved.status === 'submitted' ? 'reports.form.submitted' : 'reports.form.saved');
      setTimeout(() => document.getElementById('report-notice')?.focus());
    }
  }

  private failed(error: unknown, submit: boolean): void {
    this.submitting.set(false);
    if (!(error instanceof HttpErrorResponse)) throw error;
    const form = this.form();
    if (error.status === 409 && isApiError(error.error) && error.error.code === 'NOT_STARTED') {
      // The period has not begun: it can only be saved as a draft for now.
      this.autosave.set({ state: 'idle' });
      this.formErrors.set([this.i18n.t('reports.form.notStarted')]);
      return;
    }
    if (error.status === 409) {
      // Handed in or reviewed meanwhile (another tab, the supplier admin): show it as it is now.
      this.autosave.set({ state: 'error', reason: 'reports.autosave.conflict' });
      this.notice.set('reports.form.conflict');
      this.loaded.reload();
      return;
    }
    if (error.status === 0) {
      this.autosave.set({ state: 'error', reason: 'reports.autosave.offline' });
      if (submit) this.formErrors.set([this.i18n.t('form.error.unavailable')]);
      return;
    }
    const mapped = form ? mapServerErrors(error.error, controlPaths(form)) : { byPath: {}, unplaced: [] };
    if (form) applyServerErrors(form, mapped);
    const placed = Object.keys(mapped.byPath).length > 0;
    const messages = [...mapped.unplaced, ...(placed || mapped.unplaced.length ? [] : apiErrorMessages(error.error))];
    this.autosave.set({ state: 'error', reason: placed ? 'reports.autosave.fieldProblem' : 'reports.autosave.failed', detail: messages[0] });
    if (submit) {
      this.formErrors.set(messages.length || placed ? messages : [this.i18n.t('form.error.server')]);
      focusFirstInvalid(this.formElement()?.nativeElement);
    }
  }
}
