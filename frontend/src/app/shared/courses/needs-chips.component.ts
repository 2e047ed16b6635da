import { CaseNeed } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { competenceLabel } from '../mentors/mentor-rules';
import { SEVERITY_KEYS } from './course-labels';

/** A citizen's needs as "Ungdomskriminalitet · 3 Svær" chips, the most severe first. */
@Component({
  selector: 'mm-needs-chips',
  imports: [TranslatePipe],
  template: `
    <ul class="chips">
      @for (need of sorted(); track need.code) {
        <li class="chip" [attr.data-need]="need.code" [attr.data-severity]="need.severity">
          <span>{{ label(need.code) }}</span>
          <span class="chip-level" [class.is-severe]="need.severity === 3">{{ severityKeys[need.severity] | t }}</span>
        </li>
      } @empty {
        <li class="none">{{ 'needs.none' | t }}</li>
      }
    </ul>
  `,
  styles: `
    .chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
    .chip { display: inline-flex; align-items: center; gap: 0.35rem; padding: 0.1rem 0.2rem 0.1rem 0.55rem; border: 1px solid var(--mm-border); border-radius: 999px; font-size: 0.82rem; background: var(--mm-surface); }
    .chip-level { padding: 0 0.45rem; border-radius: 999px; background: var(--mm-surface-sunken); color: var(--mm-ink-muted); font-weight: 600; font-size: 0.78rem; white-space: nowrap; }
    .chip-level.is-severe { background: var(--mm-warning-bg); color: var(--mm-warning-text); }
    .none { color: var(--mm-ink-muted); font-size: 0.9rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NeedsChipsComponent {
  private readonly i18n = inject(TranslationService);
  readonly needs = input.required<readonly CaseNeed[]>();
  protected readonly severityKeys = SEVERITY_KEYS;
  protected readonly sorted = computed(() => [...this.needs()].sort((a, b) => b.severity - a.severity));

  protected label(code: string): string {
    return this.i18n.label(competenceLabel(code));
  }
}
