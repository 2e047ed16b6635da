import { DEFAULT_REPORT_DUE_DAY, DEFAULT_REPORT_REMINDER_DAYS, MunicipalitySettings } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { apiErrorMessages } from '../../core/api/api-error';
import { loadable } from '../../core/http/loadable';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { COMPONENT_KEYS } from '../cases/match-view';
import { MunicipalityAdminApiService } from './municipality-admin-api.service';
import { Percents, WEIGHT_NAMES, WeightName, defaultPercents, fromPercents, normalise, percentSum, toPercents } from './weights';

const weightControl = () => new FormControl<number | null>(0, [Validators.required, Validators.min(0), Validators.max(100)]);

/** The municipality's settings: `/admin/municipality`. The matching weights (summing to 100 %), the offers' answer time and the reports' due day and reminder. */
@Component({
  selector: 'mm-municipality-settings-page',
  imports: [ReactiveFormsModule, TranslatePipe, LoadStatusComponent, FieldErrorComponent, FieldStateDirective],
  templateUrl: './municipality-settings.page.html',
  styleUrl: './municipality-settings.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MunicipalitySettingsPage {
  private readonly api = inject(MunicipalityAdminApiService);
  private readonly i18n = inject(TranslationService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly loaded = loadable(() => this.api.settings());
  protected readonly settings = signal<MunicipalitySettings | null>(null);

  protected readonly form = this.fb.group({
    weights: this.fb.group(Object.fromEntries(WEIGHT_NAMES.map((n) => [n, weightControl()])) as Record<WeightName, FormControl<number | null>>),
    offerAnswerWorkingDays: new FormControl<number | null>(3, [Validators.required, Validators.min(1), Validators.max(15)]),
    reportDueDay: new FormControl<number | null>(DEFAULT_REPORT_DUE_DAY, [Validators.required, Validators.min(1), Validators.max(28), Validators.pattern(/^\d+$/)]),
    reportReminderDaysBefore: new FormControl<number | null>(DEFAULT_REPORT_REMINDER_DAYS, [Validators.required, Validators.min(0), Validators.max(14), Validators.pattern(/^\d+$/)]),
  });

  private readonly weightValues = toSignal(this.form.controls.weights.valueChanges, { initialValue: this.form.controls.weights.getRawValue() });
  protected readonly sum = computed(() => percentSum(this.weightValues()));
  protected readonly sumOk = computed(() => this.sum() === 100);
  protected readonly isDefault = computed(() => {
    const defaults = defaultPercents();
    const values = this.weightValues();
    return WEIGHT_NAMES.every((n) => Number(values[n]) === defaults[n]);
  });

  protected readonly names = WEIGHT_NAMES;
  protected readonly componentKeys = COMPONENT_KEYS;
  protected readonly saving = signal(false);
  protected readonly attempted = signal(false);
  protected readonly notice = signal<{ tone: 'success' | 'error'; text: string } | null>(null);

  constructor() {
    effect(() => {
      const settings = this.loaded.value();
      if (settings) untracked(() => this.fill(settings));
    });
  }

  protected hintKey(name: WeightName) {
    return `settings.weightHint.${name}` as const;
  }

  protected reset(): void {
    this.setWeights(defaultPercents());
    this.notice.set(null);
  }

  protected spread(): void {
    this.setWeights(normalise(this.form.controls.weights.getRawValue()));
  }

  protected save(): void {
    if (this.saving()) return;
    this.attempted.set(true);
    this.notice.set(null);
    this.form.markAllAsTouched();
    if (this.form.invalid || !this.sumOk()) {
      setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"], #settings-sum')?.focus());
      return;
    }
    this.saving.set(true);
    const { weights, offerAnswerWorkingDays, reportDueDay, reportReminderDaysBefore } = this.form.getRawValue();
    this.api
      .updateSettings({
        matchingWeights: fromPercents(weights),
        offerAnswerWorkingDays: Number(offerAnswerWorkingDays),
        reportDueDay: Number(reportDueDay),
        reportReminderDaysBefore: Number(reportReminderDaysBefore),
      })
      .subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.fill(saved);
        this.notice.set({ tone: 'success', text: this.i18n.t('settings.saved') });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (!(error instanceof HttpErrorResponse)) throw error;
        this.notice.set({ tone: 'error', text: apiErrorMessages(error.error).join(' ') || this.i18n.t('form.error.server') });
      },
    });
  }

  private fill(settings: MunicipalitySettings): void {
    this.settings.set(settings);
    this.setWeights(toPercents(settings.matchingWeights));
    this.form.controls.offerAnswerWorkingDays.setValue(settings.offerAnswerWorkingDays);
    this.form.controls.reportDueDay.setValue(settings.reportDueDay ?? DEFAULT_REPORT_DUE_DAY);
    this.form.controls.reportReminderDaysBefore.setValue(settings.reportReminderDaysBefore ?? DEFAULT_REPORT_REMINDER_DAYS);
    this.form.markAsPristine();
  }

  private setWeights(percents: Percents): void {
    this.form.controls.weights.setValue(percents);
    this.form.controls.weights.markAsDirty();
  }
}
