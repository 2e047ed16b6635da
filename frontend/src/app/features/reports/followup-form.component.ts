import { OUTCOME_STATUSES, Outcome, OutcomeStatus } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { apiErrorMessages } from '../../core/api/api-error';
import { applyServerErrors, controlPaths, focusFirstInvalid } from '../../core/forms/form-errors';
import { mapServerErrors } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { FormErrorsComponent } from '../../shared/forms/form-errors.component';
import { MAX_BENEFIT_CHANGE_DKK, benefitProblem, toOutcomeInput } from './outcome-form';
import { OUTCOME_STATUS_KEYS } from './report-labels';
import { ReportsApiService } from './reports-api.service';

/** Records one follow-up of a finished course inline: the citizen's status, the change in benefits and a note. */
@Component({
  selector: 'mm-followup-form',
  imports: [ReactiveFormsModule, TranslatePipe, FieldErrorComponent, FieldStateDirective, FormErrorsComponent],
  template: `
    @let o = outcome();
    <form class="followup-form" [formGroup]="form" (ngSubmit)="save()" novalidate [attr.aria-label]="'followups.formLabel' | t">
      <div class="row">
        <div class="field">
          <label [for]="'followup-status-' + o.id">{{ 'followups.status' | t }}<span class="required-mark" aria-hidden="true">*</span></label>
          <select [id]="'followup-status-' + o.id" formControlName="status" required data-testid="followup-status" mmFieldState>
            <option value="">{{ 'followups.chooseStatus' | t }}</option>
            @for (s of statuses; track s) {
              <option [value]="s">{{ statusKeys[s] | t }}</option>
            }
          </select>
          <mm-field-error [control]="form.controls.status" [for]="'followup-status-' + o.id" />
        </div>
        <div class="field">
          <label [for]="'followup-benefit-' + o.id">{{ 'followups.benefit' | t }}</label>
          <input [id]="'followup-benefit-' + o.id" type="text" inputmode="decimal" autocomplete="off" formControlName="benefitChange" data-testid="followup-benefit" [mmFieldState]="'followup-benefit-hint-' + o.id" />
          <p class="field-hint" [id]="'followup-benefit-hint-' + o.id">{{ 'followups.benefitHint' | t }}</p>
          <mm-field-error [control]="form.controls.benefitChange" [for]="'followup-benefit-' + o.id" />
        </div>
        <div class="field note">
          <label [for]="'followup-note-' + o.id">{{ 'followups.note' | t }}</label>
          <textarea [id]="'followup-note-' + o.id" rows="2" maxlength="1000" formControlName="note" data-testid="followup-note" mmFieldState></textarea>
          <mm-field-error [control]="form.controls.note" [for]="'followup-note-' + o.id" />
        </div>
      </div>
      <mm-form-errors [messages]="errors()" [invalid]="form.invalid" testId="followup-error" />
      <button type="submit" class="btn btn-primary btn-small" [disabled]="saving()" [attr.aria-busy]="saving()" data-testid="followup-save">{{ 'followups.save' | t }}</button>
    </form>
  `,
  styles: `
    .row { display: grid; gap: 0 1rem; grid-template-columns: minmax(10rem, 14rem) minmax(10rem, 14rem) minmax(0, 1fr); }
    @media (max-width: 48rem) { .row { grid-template-columns: minmax(0, 1fr); } }
    .field { margin-bottom: 0.6rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowupFormComponent {
  private readonly api = inject(ReportsApiService);
  private readonly i18n = inject(TranslationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly outcome = input.required<Outcome>();
  readonly recorded = output<Outcome>();

  private readonly benefitValidator: ValidatorFn = (control) => {
    const problem = benefitProblem(String(control.value ?? ''));
    if (problem === 'format') return { invalid: true };
    return problem === 'range' ? { max: { max: MAX_BENEFIT_CHANGE_DKK } } : null;
  };

  protected readonly form = inject(NonNullableFormBuilder).group({
    status: ['' as OutcomeStatus | '', Validators.required],
    benefitChange: ['', this.benefitValidator],
    note: ['', Validators.maxLength(1000)],
  });
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[] | null>(null);
  protected readonly statuses = OUTCOME_STATUSES;
  protected readonly statusKeys = OUTCOME_STATUS_KEYS;

  protected save(): void {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    this.errors.set([]);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const outcome = this.outcome();
    this.saving.set(true);
    this.api.recordOutcome(outcome.assignmentId, toOutcomeInput(outcome.followUp, this.form.getRawValue())).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.recorded.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (!(error instanceof HttpErrorResponse)) throw error;
        const mapped = mapServerErrors(error.error, controlPaths(this.form), { benefitChangeDkk: 'benefitChange' });
        applyServerErrors(this.form, mapped);
        const placed = Object.keys(mapped.byPath).length > 0;
        const messages = [...mapped.unplaced, ...(placed || mapped.unplaced.length ? [] : apiErrorMessages(error.error))];
        this.errors.set(messages.length || placed ? messages : [this.i18n.t(error.status === 0 ? 'form.error.unavailable' : 'form.error.server')]);
      },
    });
  }
}
