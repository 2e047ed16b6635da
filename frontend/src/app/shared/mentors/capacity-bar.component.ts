import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { capacityShare } from './mentor-rules';

/** Hours in use of a weekly capacity: the numbers as text, and a bar that only repeats them. */
@Component({
  selector: 'mm-capacity-bar',
  imports: [TranslatePipe],
  template: `
    <span class="capacity-text">{{ 'capacity.inUse' | t: { used: used(), total: total() } }}</span>
    <span class="capacity-track" aria-hidden="true">
      <span class="capacity-fill" [class.is-full]="percent() >= 100" [style.width.%]="percent()"></span>
    </span>
  `,
  styles: `
    :host { display: flex; flex-direction: column; gap: 0.25rem; min-width: 8rem; }
    .capacity-text { font-size: 0.88rem; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .capacity-track { display: block; height: 0.45rem; border-radius: 999px; background: var(--mm-surface-sunken); border: 1px solid var(--mm-border); overflow: hidden; }
    .capacity-fill { display: block; height: 100%; background: var(--mm-primary); }
    .capacity-fill.is-full { background: var(--mm-warning); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CapacityBarComponent {
  readonly used = input.required<number>();
  readonly total = input.required<number>();
  protected readonly percent = computed(() => Math.round(capacityShare(this.used(), this.total()) * 100));
}
