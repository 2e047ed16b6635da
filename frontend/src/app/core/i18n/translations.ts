import { da } from './da';
import { en } from './en';

export type Dictionary = typeof da;
export type TranslationKey = keyof Dictionary;
export type TranslationParams = Readonly<Record<string, string | number>>;

export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'da';

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { da, en };

/** Each language's name in that language, as language pickers show them (not translated). */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { da: 'Dansk', en: 'English' };

/** The BCP 47 locale used for dates and numbers in each language. */
export const LOCALES: Readonly<Record<Lang, string>> = { da: 'da-DK', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function isTranslationKey(value: unknown): value is TranslationKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(da, value);
}

/** Replaces `{name}` placeholders; an unknown placeholder is left as it is so the gap is visible. */
export function interpolate(template: string, params?: TranslationParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translate(lang: Lang, key: TranslationKey, params?: TranslationParams): string {
  return interpolate(DICTIONARIES[lang][key] ?? DICTIONARIES[DEFAULT_LANG][key] ?? key, params);
}

/** Picks the label of reference data (competences, target groups) that carries both languages. */
export function localizedLabel(item: { labelDa: string; labelEn: string }, lang: Lang): string {
  return lang === 'en' ? item.labelEn : item.labelDa;
}
