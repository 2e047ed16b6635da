import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { LANGUAGE_NAMES, Lang } from '../../core/i18n/translations';

/** Switches between Danish and English; the button names the language you switch to, in that language. */
@Component({
  selector: 'mm-lang-switch',
  imports: [TranslatePipe],
  template: `
    <button type="button" class="btn btn-quiet lang-switch" data-testid="lang-switch" (click)="i18n.toggle()">
      <span class="visually-hidden">{{ 'lang.switchPrefix' | t }}</span>
      <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8" />
        <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" fill="none" stroke="currentColor" stroke-width="1.8" />
      </svg>
      <span [attr.lang]="other()">{{ names[other()] }}</span>
    </button>
  `,
  styles: `
    .lang-switch svg { flex: none; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LangSwitchComponent {
  protected readonly i18n = inject(TranslationService);
  protected readonly other = computed<Lang>(() => (this.i18n.lang() === 'da' ? 'en' : 'da'));
  protected readonly names = LANGUAGE_NAMES;
}
