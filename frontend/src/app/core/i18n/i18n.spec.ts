import { da } from './da';
import { en } from './en';
import { formatDuration } from './format';
import { DICTIONARIES, LANGS, interpolate, isTranslationKey, translate } from './translations';

describe('dictionaries', () => {
  it('have exactly the same keys in Danish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it.each(LANGS)('has no empty or untrimmed strings in %s', (lang) => {
    for (const [key, value] of Object.entries(DICTIONARIES[lang])) {
      expect({ key, value: value.trim() }).not.toEqual({ key, value: '' });
      expect({ key, value }).toEqual({ key, value: value.trim() });
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect({ key, p: placeholders(en[key]) }).toEqual({ key, p: placeholders(da[key]) });
    }
  });
});

describe('translate', () => {
  it('looks up the key in the chosen language and fills placeholders', () => {
    expect(translate('da', 'nav.cases')).toBe('Sager');
    expect(translate('en', 'nav.cases')).toBe('Cases');
    expect(translate('en', 'common.pageOf', { page: 2, pages: 5 })).toBe('Page 2 of 5');
  });

  it('leaves unknown placeholders visible', () => {
    expect(interpolate('Hej {name} og {other}', { name: 'Ane' })).toBe('Hej Ane og {other}');
  });

  it('recognises keys', () => {
    expect(isTranslationKey('nav.cases')).toBe(true);
    expect(isTranslationKey('nav.nothing')).toBe(false);
    expect(isTranslationKey('toString')).toBe(false);
    expect(isTranslationKey(undefined)).toBe(false);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, 'en', '0 s'],
    [59, 'en', '59 s'],
    [60, 'en', '1 min'],
    [3 * 3600 + 5 * 60 + 9, 'en', '3 h 5 min'],
    [2 * 86400 + 7 * 60, 'en', '2 d'],
    [2 * 86400 + 3600, 'da', '2 d. 1 t.'],
  ] as const)('formats %p seconds in %s as %p', (seconds, lang, expected) => {
    expect(formatDuration(seconds, lang)).toBe(expected);
  });
});
