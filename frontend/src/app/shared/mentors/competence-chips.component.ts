import { MentorCompetence } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { LEVEL_KEYS } from './mentor-labels';
import { competenceLabel, topCompetences } from './mentor-rules';

/** A mentor's strongest competences as "Angst og stress · 3 Specialist" chips. */
@Component({
  selector: 'mm-competence-chips',
  imports: [TranslatePipe],
  template: `
    <ul class="chips">
      @for (c of shown(); track c.code) {
        <li class="chip" [attr.data-competence]="c.code" [attr.data-level]="c.level">
          <span>{{ label(c.code) }}</span>
          <span class="chip-level" [class.is-specialist]="c.level === 3">{{ levelKeys[c.level] | t }}</span>
        </li>
      }
      @if (hidden() > 0) {
        <li class="chip chip-more">+{{ hidden() }}</li>
      }
    </ul>
  `,
  styles: `
    .chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
    .chip { white-space: nowrap; display: inline-flex; align-items: center; gap: 0.35rem; padding: 0.1rem 0.2rem 0.1rem 0.55rem; border: 1px solid var(--mm-border); border-radius: 999px; font-size: 0.82rem; background: var(--mm-surface); }
    .chip-level { padding: 0 0.45rem; border-radius: 999px; background: var(--mm-surface-sunken); color: var(--mm-ink-muted); font-weight: 600; font-size: 0.78rem; white-space: nowrap; }
    .chip-level.is-specialist { background: var(--mm-primary-soft); color: var(--mm-primary-strong); }
    .chip-more { padding-right: 0.55rem; color: var(--mm-ink-muted); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceChipsComponent {
  private readonly i18n = inject(TranslationService);
  readonly competences = input.required<readonly MentorCompetence[]>();
  readonly limit = input(3);
  protected readonly levelKeys = LEVEL_KEYS;
  protected readonly shown = computed(() => topCompetences(this.competences(), this.limit()));
  protected readonly hidden = computed(() => Math.max(0, this.competences().length - this.shown().length));

  protected label(code: string): string {
    return this.i18n.label(competenceLabel(code));
  }
}
