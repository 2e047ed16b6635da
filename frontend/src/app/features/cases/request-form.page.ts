import { LEGAL_BASES, LegalBasis, MENTOR_TYPES, MentorType } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { apiErrorMessages } from '../../core/api/api-error';
import { applyServerErrors, controlPaths, focusFirstInvalid } from '../../core/forms/form-errors';
import { mapServerErrors } from '../../core/forms/server-errors';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { LEGAL_BASIS_KEYS, MENTOR_TYPE_KEYS, targetGroupLabel } from '../../shared/courses/course-labels';
import { NeedsChipsComponent } from '../../shared/courses/needs-chips.component';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { isoToday } from '../../shared/mentors/mentor-rules';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { CasesApiService } from './cases-api.service';
import {
  DEFAULT_WEEKS,
  GoalDraft,
  GoalProblem,
  MAX_GOALS,
  MAX_MILESTONES,
  MAX_WEEKS_PER_PERIOD,
  RequestFormValue,
  addGoal,
  addMilestone,
  defaultStartDate,
  emptyGoal,
  endDateOf,
  goalAliases,
  goalProblems,
  removeGoal,
  removeMilestone,
  setGoalText,
  setMilestone,
  toRequestInput,
} from './request-form';
import { FormErrorsComponent } from '../../shared/forms/form-errors.component';

/** Requests a mentor for a case: `/cases/:id/requests/new`; on success the ranked matches open. */
@Component({
  selector: 'mm-request-form-page',
  imports: [FormErrorsComponent, ReactiveFormsModule, RouterLink, TranslatePipe, DatePipe, FieldErrorComponent, FieldStateDirective, LoadStatusComponent, NeedsChipsComponent],
  templateUrl: './request-form.page.html',
  styleUrl: './request-form.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestFormPage {
  private readonly api = inject(CasesApiService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');

  /** The case's id from `/cases/:id/requests/new`. */
  readonly id = input.required<string>();
  protected readonly citizenCase = loadable(() => this.api.case(this.id()));

  protected readonly today = isoToday();
  protected readonly form = this.fb.group({
    mentorType: ['development' as MentorType, Validators.required],
    hoursPerWeek: new FormControl<number | null>(4, [Validators.required, Validators.min(0.5), Validators.max(37)]),
    weeks: new FormControl<number | null>(DEFAULT_WEEKS, [Validators.required, Validators.min(1), Validators.max(MAX_WEEKS_PER_PERIOD)]),
    startDate: [defaultStartDate(this.today), Validators.required],
    legalBasis: ['ordinary' as LegalBasis, Validators.required],
    allocation: ['auto' as 'auto' | 'manual', Validators.required],
  });

  protected readonly goals = signal<GoalDraft[]>([emptyGoal()]);
  /** The server's words per goal path, until that text is edited. */
  private readonly goalServerErrors = signal<Record<string, string[]>>({});
  protected readonly attempted = signal(false);
  protected readonly problems = computed(() => goalProblems(this.goals()));
  protected readonly hasGoalProblems = computed(() => Object.keys(this.problems()).length > 0);

  protected readonly mentorTypes = MENTOR_TYPES;
  protected readonly legalBases = LEGAL_BASES;
  protected readonly mentorTypeKeys = MENTOR_TYPE_KEYS;
  protected readonly legalBasisKeys = LEGAL_BASIS_KEYS;
  protected readonly maxWeeks = MAX_WEEKS_PER_PERIOD;
  protected readonly maxGoals = MAX_GOALS;
  protected readonly maxMilestones = MAX_MILESTONES;

  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[] | null>(null);

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly endDate = computed(() => endDateOf(this.value().startDate ?? '', Number(this.value().weeks)));
  protected readonly weeksOverMax = computed(() => Number(this.value().weeks) > MAX_WEEKS_PER_PERIOD);

  protected targetGroup(code: string): string {
    return this.i18n.label(targetGroupLabel(code));
  }

  /** The message for a goal path: the server's, else the editor's own once the user tried to send. */
  protected problem(path: string): string | null {
    const server = this.goalServerErrors()[path];
    if (server?.length) return server.join(' ');
    if (!this.attempted()) return null;
    const p: GoalProblem | undefined = this.problems()[path];
    if (!p) return null;
    if (p.kind === 'required') return this.i18n.t('form.error.required');
    return this.i18n.t(p.kind === 'minlength' ? 'form.error.minlength' : 'form.error.maxlength', { length: p.length });
  }

  protected describedBy(id: string, path: string, hint?: string): string | null {
    const ids = [hint, this.problem(path) ? `${id}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected setGoal(index: number, text: string): void {
    this.clearServer(`goals.${index}.text`);
    this.goals.update((g) => setGoalText(g, index, text));
  }

  protected setMilestone(index: number, milestone: number, text: string): void {
    this.clearServer(`goals.${index}.milestones.${milestone}`);
    this.goals.update((g) => setMilestone(g, index, milestone, text));
  }

  protected addGoal(): void {
    this.goals.update(addGoal);
    this.goalServerErrors.set({});
    const index = this.goals().length - 1;
    setTimeout(() => document.getElementById(`request-goal-${index}`)?.focus());
  }

  protected removeGoal(index: number): void {
    this.goals.update((g) => removeGoal(g, index));
    this.goalServerErrors.set({});
    setTimeout(() => document.getElementById(`request-goal-${Math.max(0, index - 1)}`)?.focus());
  }

  protected addMilestone(index: number): void {
    this.goals.update((g) => addMilestone(g, index));
    this.goalServerErrors.set({});
    const milestone = this.goals()[index].milestones.length - 1;
    setTimeout(() => document.getElementById(`request-milestone-${index}-${milestone}`)?.focus());
  }

  protected removeMilestone(index: number, milestone: number): void {
    this.goals.update((g) => removeMilestone(g, index, milestone));
    this.goalServerErrors.set({});
    setTimeout(() => document.getElementById(`request-milestone-${index}-${Math.max(0, milestone - 1)}`)?.focus());
  }

  protected save(): void {
    if (this.saving()) return;
    this.attempted.set(true);
    this.form.markAllAsTouched();
    if (this.form.invalid || Object.keys(this.problems()).length) {
      this.formErrors.set([]);
      this.focusFirstProblem();
      return;
    }
    const goals = this.goals();
    const input = toRequestInput(this.form.getRawValue() as RequestFormValue, goals);
    this.formErrors.set(null);
    this.saving.set(true);
    this.api.createRequest(this.id(), input).subscribe({
      next: (request) => void this.router.navigate(['/cases', this.id(), 'requests', request.id]),
      error: (error: unknown) => this.failed(error, goals),
    });
  }

  private failed(error: unknown, goals: readonly GoalDraft[]): void {
    this.saving.set(false);
    if (!(error instanceof HttpErrorResponse)) throw error;
    const body: unknown = error.error;
    if (error.status === 400) {
      const goalPaths = goals.flatMap((g, i) => [`goals.${i}`, `goals.${i}.text`, ...g.milestones.map((_, j) => `goals.${i}.milestones.${j}`)]);
      const mapped = mapServerErrors(body, [...controlPaths(this.form), ...goalPaths], goalAliases(goals));
      applyServerErrors(this.form, mapped);
      const onGoals: Record<string, string[]> = {};
      for (const [path, messages] of Object.entries(mapped.byPath)) {
        if (!path.startsWith('goals.')) continue;
        // A message about a whole goal (e.g. "milestones must have at least one") goes on its first milestone.
        const target = /^goals\.\d+$/.test(path) ? `${path}.milestones.0` : path;
        onGoals[target] = [...(onGoals[target] ?? []), ...messages];
      }
      this.goalServerErrors.set(onGoals);
      const placed = Object.keys(mapped.byPath).length > 0;
      this.formErrors.set([...mapped.unplaced, ...(placed || mapped.unplaced.length ? [] : apiErrorMessages(body))]);
      this.focusFirstProblem();
      return;
    }
    this.formErrors.set([error.status === 0 ? this.i18n.t('form.error.unavailable') : (apiErrorMessages(body)[0] ?? this.i18n.t('form.error.server'))]);
  }

  private focusFirstProblem(): void {
    focusFirstInvalid(this.formElement()?.nativeElement);
  }

  private clearServer(path: string): void {
    if (!this.goalServerErrors()[path]) return;
    this.goalServerErrors.update((errors) => {
      const { [path]: _removed, ...rest } = errors;
      return rest;
    });
  }
}
