import { AllocationModel, AgreementStatus, PriceModel, TenderStatus } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, DestroyRef, Signal, computed, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { TranslationKey } from '../../core/i18n/translations';
import { STATUS_TONES, countdown, formatCountdown } from './tender-rules';

/** Labels of the tender vocabulary, shared by the officer's and the supplier's pages. */
export const TENDER_STATUS_KEYS: Readonly<Record<TenderStatus, TranslationKey>> = {
  draft: 'tender.status.draft',
  published: 'tender.status.published',
  closed: 'tender.status.closed',
  evaluated: 'tender.status.evaluated',
  awarded: 'tender.status.awarded',
  in_force: 'tender.status.in_force',
  cancelled: 'tender.status.cancelled',
};

export const AGREEMENT_STATUS_KEYS: Readonly<Record<AgreementStatus, TranslationKey>> = {
  standstill: 'agreement.status.standstill',
  in_force: 'agreement.status.in_force',
  expired: 'agreement.status.expired',
  cancelled: 'agreement.status.cancelled',
};

export const PRICE_MODEL_KEYS: Readonly<Record<PriceModel, TranslationKey>> = {
  proportional: 'tender.priceModel.proportional',
  linear: 'tender.priceModel.linear',
};

export const ALLOCATION_MODEL_KEYS: Readonly<Record<AllocationModel, TranslationKey>> = {
  cascade: 'tender.allocation.cascade',
  objective_criteria: 'tender.allocation.objective_criteria',
};

/** "Now", ticking every `everyMs` while the component lives (zoneless: the signal re-renders). */
export function nowSignal(everyMs = 1000): Signal<Date> {
  const now = signal(new Date());
  const timer = setInterval(() => now.set(new Date()), everyMs);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return now.asReadonly();
}

/** The tender's status as a badge with text (colour is never the only signal). */
@Component({
  selector: 'mm-tender-status',
  imports: [TranslatePipe],
  template: `<span [class]="'badge badge-' + tone()">{{ keys[status()] | t }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenderStatusComponent {
  readonly status = input.required<TenderStatus>();
  protected readonly keys = TENDER_STATUS_KEYS;
  protected readonly tone = computed(() => STATUS_TONES[this.status()]);
}

/**
 * Time left to a deadline, updated every second. A `role="timer"` is not announced on every tick;
 * the deadline itself is given as text for screen readers and in the tooltip.
 */
@Component({
  selector: 'mm-countdown',
  imports: [TranslatePipe],
  template: `
    <span role="timer" class="countdown" [class.is-passed]="state().passed" [class.is-soon]="!state().passed && state().seconds < 3600">
      @if (state().passed) {
        {{ passedKey() | t }}
      } @else {
        {{ 'tender.countdown.left' | t: { time: text() } }}
      }
    </span>
  `,
  styles: `
    .countdown { font-variant-numeric: tabular-nums; font-weight: 600; }
    .countdown.is-soon { color: var(--mm-warning-text); }
    .countdown.is-passed { color: var(--mm-ink-muted); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CountdownComponent {
  readonly deadline = input.required<string>();
  readonly passedKey = input<TranslationKey>('tender.countdown.passed');
  private readonly i18n = inject(TranslationService);
  private readonly now = nowSignal();
  protected readonly state = computed(() => countdown(this.deadline(), this.now()));
  protected readonly text = computed(() => formatCountdown(this.state().seconds, this.i18n.lang()));
}
