import { COMPETENCES, LANGUAGES, TARGET_GROUPS } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { apiErrorMessages, isApiError } from '../../core/api/api-error';
import { applyServerErrors, controlPaths, focusFirstInvalid, phoneValidator, postcodeValidator } from '../../core/forms/form-errors';
import { mapServerErrors } from '../../core/forms/server-errors';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { SEVERITY_KEYS } from '../../shared/courses/course-labels';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { isoToday } from '../../shared/mentors/mentor-rules';
import { postcodeLookup } from '../../shared/postcode/postcode-lookup';
import { PostcodeStatusComponent } from '../../shared/postcode/postcode-status.component';
import { CaseFormValue, cprHint, emptyNeeds, needAliases, toCaseInput } from './case-form';
import { CasesApiService } from './cases-api.service';
import { FormErrorsComponent } from '../../shared/forms/form-errors.component';

/** Opens a citizen case: `/cases/new`. The identity is stored encrypted; the profile is what matching uses. */
@Component({
  selector: 'mm-case-form-page',
  imports: [FormErrorsComponent, ReactiveFormsModule, RouterLink, TranslatePipe, DatePipe, FieldErrorComponent, FieldStateDirective, PostcodeStatusComponent],
  templateUrl: './case-form.page.html',
  styleUrl: './case-form.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseFormPage {
  private readonly api = inject(CasesApiService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');

  /**
   * A wrong format or a date that does not exist is said at once, in words (shown like a server
   * verdict); a number still being typed only counts as too short once the field is left.
   */
  private readonly cprValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
    const hint = cprHint(String(control.value ?? ''), isoToday());
    if (hint.status === 'format') return { server: [this.i18n.t('caseForm.cprFormat')] };
    if (hint.status === 'date') return { server: [this.i18n.t('caseForm.cprDate')] };
    if (hint.status === 'typing') return { minlength: { requiredLength: 10, actualLength: hint.digits } };
    return null;
  };

  protected readonly form = this.fb.group({
    citizen: this.fb.group({
      name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
      cpr: ['', [Validators.required, this.cprValidator]],
      phone: ['', [Validators.required, phoneValidator]],
      address: ['', Validators.maxLength(300)],
    }),
    targetGroup: ['', Validators.required],
    needs: this.fb.group(emptyNeeds()),
    languages: this.fb.control<string[]>(['da']),
    genderPreference: ['' as 'female' | 'male' | ''],
    postcode: ['', [Validators.required, postcodeValidator]],
    notes: ['', Validators.maxLength(5000)],
  });

  protected readonly competences = COMPETENCES;
  protected readonly languages = LANGUAGES;
  protected readonly targetGroups = TARGET_GROUPS;
  protected readonly severities = [1, 2, 3] as const;
  protected readonly severityKeys = SEVERITY_KEYS;

  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[] | null>(null);
  /** The open case this CPR already has (409 CASE_EXISTS), named on the CPR field and linked. */
  protected readonly existing = signal<{ id: string; reference: string } | null>(null);

  private readonly cprValue = toSignal(this.form.controls.citizen.controls.cpr.valueChanges, { initialValue: '' });
  protected readonly cpr = computed(() => cprHint(this.cprValue(), isoToday()));
  private readonly postcodeValue = toSignal(this.form.controls.postcode.valueChanges, { initialValue: '' });
  protected readonly postcode = postcodeLookup(this.postcodeValue);
  private readonly needValues = toSignal(this.form.controls.needs.valueChanges, { initialValue: emptyNeeds() });
  protected readonly needCount = computed(() => Object.values(this.needValues()).filter((v) => Number(v) > 0).length);

  constructor() {
    this.form.controls.citizen.controls.cpr.valueChanges.subscribe(() => this.existing.set(null));
  }

  protected label(item: { labelDa: string; labelEn: string }): string {
    return this.i18n.label(item);
  }

  protected description(item: { descriptionDa: string; descriptionEn: string }): string {
    return this.i18n.lang() === 'en' ? item.descriptionEn : item.descriptionDa;
  }

  protected hasLanguage(code: string): boolean {
    return this.form.controls.languages.value.includes(code);
  }

  protected toggleLanguage(code: string, on: boolean): void {
    const control = this.form.controls.languages;
    const current = control.value.filter((c) => c !== code);
    control.setValue(on ? this.languages.map((l) => l.code).filter((c) => c === code || current.includes(c)) : current);
    control.markAsTouched();
  }

  protected save(): void {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    if (this.postcode.lookup().status === 'unknown') this.form.controls.postcode.setErrors({ postcodeUnknown: true });
    if (this.form.invalid) {
      this.formErrors.set([]);
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    const input = toCaseInput(this.form.getRawValue() as CaseFormValue);
    this.formErrors.set(null);
    this.saving.set(true);
    this.api.createCase(input).subscribe({
      next: (created) => void this.router.navigate(['/cases', created.id], { state: { created: created.reference } }),
      error: (error: unknown) => this.failed(error, needAliases(input)),
    });
  }

  private failed(error: unknown, aliases: Record<string, string>): void {
    this.saving.set(false);
    if (!(error instanceof HttpErrorResponse)) throw error;
    const body: unknown = error.error;
    if (error.status === 409 && isApiError(body) && body.code === 'CASE_EXISTS') {
      const reference = String(body.details?.['caseReference'] ?? '');
      this.existing.set({ id: String(body.details?.['caseId'] ?? ''), reference });
      const cpr = this.form.controls.citizen.controls.cpr;
      cpr.setErrors({ server: [this.i18n.t('caseForm.cprExists', { reference })] });
      cpr.markAsTouched();
      this.formErrors.set([]);
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    if (error.status === 400) {
      const mapped = mapServerErrors(body, controlPaths(this.form), aliases);
      applyServerErrors(this.form, mapped);
      this.formErrors.set([...mapped.unplaced, ...(Object.keys(mapped.byPath).length || mapped.unplaced.length ? [] : apiErrorMessages(body))]);
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    this.formErrors.set([error.status === 0 ? this.i18n.t('form.error.unavailable') : (apiErrorMessages(body)[0] ?? this.i18n.t('form.error.server'))]);
  }
}
