import { DOCUMENT, Injectable, computed, effect, inject, signal } from '@angular/core';
import {
  DEFAULT_LANG,
  LOCALES,
  Lang,
  TranslationKey,
  TranslationParams,
  isLang,
  localizedLabel,
  translate,
} from './translations';

const STORAGE_KEY = 'mm.lang';

/** The current language as a signal; everything that reads it re-renders when it changes. */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Lang>(this.storedLang());

  readonly lang = this.current.asReadonly();
  readonly locale = computed(() => LOCALES[this.current()]);

  constructor() {
    effect(() => {
      const lang = this.current();
      this.document.documentElement.lang = lang;
      try {
        this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // Storage can be unavailable (private mode, blocked cookies); the choice then lasts the session.
      }
    });
  }

  use(lang: Lang): void {
    this.current.set(lang);
  }

  toggle(): void {
    this.current.update((lang) => (lang === 'da' ? 'en' : 'da'));
  }

  t(key: TranslationKey, params?: TranslationParams): string {
    return translate(this.current(), key, params);
  }

  label(item: { labelDa: string; labelEn: string }): string {
    return localizedLabel(item, this.current());
  }

  private storedLang(): Lang {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLang(stored) ? stored : DEFAULT_LANG;
    } catch {
      return DEFAULT_LANG;
    }
  }
}
