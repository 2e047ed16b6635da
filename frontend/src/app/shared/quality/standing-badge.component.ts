import { Standing } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { STANDING_EXPLAINED_KEYS, STANDING_KEYS, standingTone } from './quality-view';

/**
 * A supplier's (or mentor's) reporting standing as a badge: "Ny", "God", "Advarsel", "Blokeret",
 * or with `explained` what it means for offers. The host carries `data-standing` for tests.
 */
@Component({
  selector: 'mm-standing-badge',
  imports: [TranslatePipe],
  host: { '[attr.data-standing]': 'standing()' },
  template: `<span class="badge" [class]="tone()">{{ (explained() ? explainedKeys[standing()] : keys[standing()]) | t }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StandingBadgeComponent {
  readonly standing = input.required<Standing>();
  readonly explained = input(false);
  protected readonly keys = STANDING_KEYS;
  protected readonly explainedKeys = STANDING_EXPLAINED_KEYS;
  protected readonly tone = computed(() => `badge ${standingTone(this.standing())}`);
}
