import { ALLOCATION_MODELS, COMPETENCES, PRICE_MODELS, TARGET_GROUPS, Tender, TenderInput } from '@mentor/contracts';
import { Location, NgTemplateOutlet } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray, FormControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Observable, of, switchMap } from 'rxjs';
import { apiErrorMessages } from '../../core/api/api-error';
import { applyServerErrors, controlPaths, focusFirstInvalid } from '../../core/forms/form-errors';
import { mapServerErrors } from '../../core/forms/server-errors';
import { loadable } from '../../core/http/loadable';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { TranslationKey } from '../../core/i18n/translations';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { ProcurementApiService } from './procurement-api.service';
import { CriterionFormValue, LotFormValue, TenderFormValue, WIZARD_STEPS, emptyCriterion, emptyLot, stepOfPath, toFormValue, toTenderInput } from './tender-form';
import { LIGHT_REGIME_THRESHOLD_DKK, TimelineField, TimelineIssue, duplicateIndexes, needsEuNotice, timelineIssues, weightsProblem, zeroPointMultiple } from './tender-rules';
import { ALLOCATION_MODEL_KEYS, PRICE_MODEL_KEYS, nowSignal } from './tender-ui';
import { FormErrorsComponent } from '../../shared/forms/form-errors.component';

/** What the overview shows after the wizard published (router state). */
export interface TenderOverviewNotice {
  notice: 'published' | 'saved' | 'created';
  warnings?: string[];
}

const atLeastOne: ValidatorFn = (c: AbstractControl): ValidationErrors | null => (Array.isArray(c.value) && c.value.length > 0 ? null : { atLeastOne: true });
const integer: ValidatorFn = (c: AbstractControl): ValidationErrors | null =>
  c.value === null || c.value === '' || Number.isInteger(Number(c.value)) ? null : { integer: true };

const STEP_KEYS: Readonly<Record<(typeof WIZARD_STEPS)[number], TranslationKey>> = {
  basics: 'wizard.step.basics',
  lots: 'wizard.step.lots',
  criteria: 'wizard.step.criteria',
  models: 'wizard.step.models',
  timeline: 'wizard.step.timeline',
};

const ISSUE_KEYS: Readonly<Record<TimelineIssue['code'], TranslationKey>> = {
  questionAfterBid: 'wizard.timeline.questionAfterBid',
  questionPassed: 'wizard.timeline.questionPassed',
  bidPassed: 'wizard.timeline.bidPassed',
  shortBidPeriod: 'wizard.timeline.shortBidPeriod',
  startTooEarly: 'wizard.timeline.startTooEarly',
  endBeforeStart: 'wizard.timeline.endBeforeStart',
  standstillRange: 'wizard.timeline.standstillRange',
};

/** The controls each step shows, to check a step before moving on. */
const STEP_PATHS: readonly (readonly string[])[] = [
  ['title', 'description', 'estimatedValue'],
  ['lots'],
  ['priceWeight', 'criteria'],
  ['priceModel', 'linearSlope', 'allocationModel'],
  ['questionDeadline', 'bidDeadline', 'standstillDays', 'agreementStart', 'agreementEnd'],
];

/** Creates a tender or edits a draft in five steps: `/procurement/tenders/new` and `/procurement/tenders/:id/edit`. */
@Component({
  selector: 'mm-tender-wizard-page',
  imports: [FormErrorsComponent, ReactiveFormsModule, RouterLink, NgTemplateOutlet, TranslatePipe, LoadStatusComponent, FieldErrorComponent, FieldStateDirective],
  templateUrl: './tender-wizard.page.html',
  styleUrl: './tender-wizard.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenderWizardPage {
  private readonly api = inject(ProcurementApiService);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly i18n = inject(TranslationService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly stepHeading = viewChild<ElementRef<HTMLElement>>('stepHeading');
  private readonly publishDialog = viewChild<ElementRef<HTMLDialogElement>>('publishDialog');

  /** The draft's id from `/procurement/tenders/:id/edit`; absent for a new tender. */
  readonly id = input<string>();

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    description: ['', [Validators.required, Validators.maxLength(20000)]],
    estimatedValue: new FormControl<number | null>(null, [Validators.min(0), Validators.max(1e11)]),
    lots: this.fb.array([this.lotGroup()]),
    priceWeight: new FormControl<number | null>(40, [Validators.required, Validators.min(0), Validators.max(100), integer]),
    criteria: this.fb.array([this.criterionGroup(emptyCriterion(60))]),
    priceModel: this.fb.control<TenderFormValue['priceModel']>('proportional'),
    linearSlope: new FormControl<number | null>(1, [Validators.min(0.1), Validators.max(10)]),
    allocationModel: this.fb.control<TenderFormValue['allocationModel']>('cascade'),
    questionDeadline: ['', Validators.required],
    bidDeadline: ['', Validators.required],
    standstillDays: new FormControl<number | null>(10, [Validators.required, Validators.min(0), Validators.max(60), integer]),
    agreementStart: ['', Validators.required],
    agreementEnd: ['', Validators.required],
  });

  protected readonly loaded = loadable((): Observable<Tender | null> => {
    const id = this.id();
    return id ? this.api.tender(id) : of(null);
  });
  protected readonly tender = signal<Tender | null>(null);
  protected readonly isNew = computed(() => !this.id() && !this.tender());

  protected readonly steps = WIZARD_STEPS;
  protected readonly stepKeys = STEP_KEYS;
  protected readonly step = signal(0);
  protected readonly visited = signal<ReadonlySet<number>>(new Set([0]));
  protected readonly targetGroups = TARGET_GROUPS;
  protected readonly competences = COMPETENCES;
  protected readonly priceModels = PRICE_MODELS;
  protected readonly allocationModels = ALLOCATION_MODELS;
  protected readonly priceModelKeys = PRICE_MODEL_KEYS;
  protected readonly allocationKeys = ALLOCATION_MODEL_KEYS;
  protected readonly issueKeys = ISSUE_KEYS;
  protected readonly threshold = LIGHT_REGIME_THRESHOLD_DKK;

  protected readonly saving = signal(false);
  protected readonly attempted = signal(false);
  protected readonly formErrors = signal<string[] | null>(null);
  protected readonly saved = signal(false);

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  private readonly now = nowSignal(30_000);

  protected readonly weights = computed(() => {
    const v = this.value();
    const criteria = v.criteria ?? [];
    const problem = weightsProblem(v.priceWeight ?? null, criteria.map((c) => ({ weight: c.weight ?? null })));
    const sum = 100 - (problem?.missing ?? 0);
    return { sum, ok: problem === null };
  });
  protected readonly duplicateCriteria = computed(() => duplicateIndexes((this.value().criteria ?? []).map((c) => c.name ?? '')));
  protected readonly duplicateLots = computed(() => duplicateIndexes((this.value().lots ?? []).map((l) => l.title ?? '')));
  protected readonly euNotice = computed(() => needsEuNotice(this.value().estimatedValue ?? null));
  protected readonly isLinear = computed(() => this.value().priceModel === 'linear');
  protected readonly zeroAt = computed(() => {
    const slope = Number(this.value().linearSlope);
    return slope > 0 ? Math.round(zeroPointMultiple(slope) * 100) : null;
  });
  protected readonly issues = computed(() => {
    const v = this.value();
    const input = toTenderInput({ ...this.form.getRawValue(), ...(v as Partial<TenderFormValue>) } as TenderFormValue);
    return timelineIssues(
      { questionDeadline: input.questionDeadline, bidDeadline: input.bidDeadline, standstillDays: v.standstillDays ?? null, agreementStart: input.agreementStart, agreementEnd: input.agreementEnd },
      this.now(),
    );
  });
  protected readonly blockingIssues = computed(() => this.issues().filter((i) => i.severity === 'error'));

  constructor() {
    effect(() => {
      const tender = this.loaded.value();
      if (tender) untracked(() => this.fill(tender));
    });
  }

  // ---- building the form --------------------------------------------------------------

  protected lotGroup(value: LotFormValue = emptyLot()) {
    return this.fb.group({
      title: [value.title, [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
      description: [value.description, Validators.maxLength(5000)],
      targetGroups: this.fb.control<LotFormValue['targetGroups']>(value.targetGroups, atLeastOne),
      requiredCompetences: this.fb.control<string[]>(value.requiredCompetences),
      estimatedHoursPerYear: new FormControl<number | null>(value.estimatedHoursPerYear, [Validators.required, Validators.min(1), Validators.max(1_000_000), integer]),
      maxSuppliers: new FormControl<number | null>(value.maxSuppliers, [Validators.required, Validators.min(1), Validators.max(50), integer]),
      hourCeiling: new FormControl<number | null>(value.hourCeiling, [Validators.required, Validators.min(1), Validators.max(10_000_000), integer]),
    });
  }

  protected criterionGroup(value: CriterionFormValue = emptyCriterion()) {
    return this.fb.group({
      name: [value.name, [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
      weight: new FormControl<number | null>(value.weight, [Validators.required, Validators.min(1), Validators.max(100), integer]),
      description: [value.description, Validators.maxLength(5000)],
    });
  }

  protected get lots(): FormArray<ReturnType<TenderWizardPage['lotGroup']>> {
    return this.form.controls.lots;
  }

  protected get criteria(): FormArray<ReturnType<TenderWizardPage['criterionGroup']>> {
    return this.form.controls.criteria;
  }

  protected addLot(): void {
    this.lots.push(this.lotGroup());
    const index = this.lots.length - 1;
    setTimeout(() => document.getElementById(`lot-title-${index}`)?.focus());
  }

  protected removeLot(index: number): void {
    if (this.lots.length <= 1) return;
    this.lots.removeAt(index);
    this.form.markAsDirty();
  }

  protected addCriterion(): void {
    this.criteria.push(this.criterionGroup());
    const index = this.criteria.length - 1;
    setTimeout(() => document.getElementById(`criterion-name-${index}`)?.focus());
  }

  protected removeCriterion(index: number): void {
    this.criteria.removeAt(index);
    this.form.markAsDirty();
  }

  protected has(control: AbstractControl<string[]>, code: string): boolean {
    return control.value.includes(code);
  }

  protected toggle(control: AbstractControl, code: string, on: boolean, order: readonly { code: string }[]): void {
    const current = (control.value as string[]).filter((c) => c !== code);
    control.setValue(on ? order.map((o) => o.code).filter((c) => c === code || current.includes(c)) : current);
    control.markAsTouched();
    control.markAsDirty();
  }

  protected label(item: { labelDa: string; labelEn: string }): string {
    return this.i18n.label(item);
  }

  protected issuesOf(field: TimelineField): TimelineIssue[] {
    return this.issues().filter((i) => i.field === field);
  }

  protected issueParams(issue: TimelineIssue): Record<string, string | number> {
    return issue.code === 'startTooEarly' ? { ...issue.params, date: new Date(`${issue.params['date']}T12:00:00Z`).toLocaleDateString(this.i18n.locale()) } : issue.params;
  }

  // ---- steps --------------------------------------------------------------------------

  protected stepInvalid(index: number): boolean {
    this.value();
    if (index === 2 && !this.weights().ok) return true;
    if (index === 4 && this.blockingIssues().length > 0) return true;
    return STEP_PATHS[index].some((path) => this.form.get(path)?.invalid);
  }

  protected goTo(index: number): void {
    if (index < 0 || index >= this.steps.length) return;
    this.step.set(index);
    this.visited.update((v) => new Set([...v, index]));
    setTimeout(() => this.stepHeading()?.nativeElement.focus());
  }

  protected next(): void {
    const current = this.step();
    for (const path of STEP_PATHS[current]) this.form.get(path)?.markAllAsTouched();
    this.attempted.set(true);
    if (this.stepInvalid(current)) {
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    this.attempted.set(false);
    this.goTo(current + 1);
  }

  // ---- saving and publishing ----------------------------------------------------------

  /** Validates every step; on a problem opens the first step that has one. */
  private validateAll(): TenderInput | null {
    this.attempted.set(true);
    this.form.markAllAsTouched();
    const firstBad = this.steps.findIndex((_s, i) => this.stepInvalid(i));
    if (firstBad >= 0) {
      this.formErrors.set([]);
      if (firstBad !== this.step()) this.goTo(firstBad);
      focusFirstInvalid(this.formElement()?.nativeElement);
      return null;
    }
    this.formErrors.set(null);
    return toTenderInput(this.form.getRawValue() as TenderFormValue);
  }

  private persist(input: TenderInput): Observable<Tender> {
    const current = this.tender();
    return current ? this.api.update(current.id, input) : this.api.create(input);
  }

  protected save(): void {
    if (this.saving()) return;
    this.saved.set(false);
    const input = this.validateAll();
    if (!input) return;
    this.saving.set(true);
    this.persist(input).subscribe({
      next: (tender) => {
        this.saving.set(false);
        const created = !this.tender();
        this.fill(tender);
        this.saved.set(true);
        // The address becomes the draft's own, without reloading the page (the step and the notice stay).
        if (created) this.location.replaceState(`/procurement/tenders/${tender.id}/edit`);
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected askPublish(): void {
    if (this.saving()) return;
    this.saved.set(false);
    const input = this.validateAll();
    if (!input) return;
    // No estimated value does not stop publishing: the API publishes with a warning that the
    // EU-notice threshold could not be checked, and the overview shows it.
    const publishBlocked = this.issues().some((i) => i.blocksPublish);
    if (publishBlocked) {
      this.goTo(4);
      this.formErrors.set([this.i18n.t('wizard.publishBlocked')]);
      return;
    }
    this.publishDialog()?.nativeElement.showModal();
  }

  protected closePublish(): void {
    this.publishDialog()?.nativeElement.close();
  }

  protected publish(): void {
    const input = this.validateAll();
    if (!input || this.saving()) return;
    this.saving.set(true);
    this.persist(input)
      .pipe(
        switchMap((tender) => {
          this.tender.set(tender);
          return this.api.transition(tender.id, 'publish');
        }),
      )
      .subscribe({
        next: (result) => {
          this.saving.set(false);
          this.closePublish();
          const state: TenderOverviewNotice = { notice: 'published', warnings: result.warnings };
          void this.router.navigate(['/procurement/tenders', result.tender.id], { state: { ...state } });
        },
        error: (error: unknown) => {
          this.closePublish();
          this.failed(error);
        },
      });
  }

  private fill(tender: Tender): void {
    this.tender.set(tender);
    const value = toFormValue(tender);
    this.lots.clear();
    for (const lot of value.lots) this.lots.push(this.lotGroup(lot));
    this.criteria.clear();
    for (const c of value.criteria) this.criteria.push(this.criterionGroup(c));
    this.form.reset(value);
  }

  private failed(error: unknown): void {
    this.saving.set(false);
    const body = error instanceof HttpErrorResponse ? error.error : undefined;
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (status === 400 || status === 409) {
      const mapped = mapServerErrors(body, controlPaths(this.form));
      applyServerErrors(this.form, mapped);
      const paths = Object.keys(mapped.byPath);
      this.formErrors.set(paths.length || mapped.unplaced.length ? [...mapped.unplaced] : apiErrorMessages(body));
      if (paths.length) {
        const step = Math.min(...paths.map(stepOfPath));
        if (step !== this.step()) this.goTo(step);
        focusFirstInvalid(this.formElement()?.nativeElement);
      }
      return;
    }
    const messages = apiErrorMessages(body);
    this.formErrors.set(messages.length ? messages : [this.i18n.t(status === 0 || status >= 500 ? 'form.error.unavailable' : 'form.error.server')]);
  }
}
