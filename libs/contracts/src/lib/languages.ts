/** Languages mentors speak and citizens prefer (ISO 639-1), the common ones in Denmark first. */
export const LANGUAGES = [
  { code: 'da', labelDa: 'Dansk', labelEn: 'Danish' },
  { code: 'en', labelDa: 'Engelsk', labelEn: 'English' },
  { code: 'ar', labelDa: 'Arabisk', labelEn: 'Arabic' },
  { code: 'tr', labelDa: 'Tyrkisk', labelEn: 'Turkish' },
  { code: 'so', labelDa: 'Somali', labelEn: 'Somali' },
  { code: 'ur', labelDa: 'Urdu', labelEn: 'Urdu' },
  { code: 'fa', labelDa: 'Persisk (farsi/dari)', labelEn: 'Persian (Farsi/Dari)' },
  { code: 'ps', labelDa: 'Pashto', labelEn: 'Pashto' },
  { code: 'ku', labelDa: 'Kurdisk', labelEn: 'Kurdish' },
  { code: 'ti', labelDa: 'Tigrinya', labelEn: 'Tigrinya' },
  { code: 'pl', labelDa: 'Polsk', labelEn: 'Polish' },
  { code: 'ro', labelDa: 'Rumænsk', labelEn: 'Romanian' },
  { code: 'uk', labelDa: 'Ukrainsk', labelEn: 'Ukrainian' },
  { code: 'ru', labelDa: 'Russisk', labelEn: 'Russian' },
  { code: 'de', labelDa: 'Tysk', labelEn: 'German' },
  { code: 'bs', labelDa: 'Bosnisk', labelEn: 'Bosnian' },
  { code: 'vi', labelDa: 'Vietnamesisk', labelEn: 'Vietnamese' },
  { code: 'th', labelDa: 'Thai', labelEn: 'Thai' },
  { code: 'es', labelDa: 'Spansk', labelEn: 'Spanish' },
  { code: 'fr', labelDa: 'Fransk', labelEn: 'French' },
  { code: 'sv', labelDa: 'Svensk', labelEn: 'Swedish' },
  { code: 'no', labelDa: 'Norsk', labelEn: 'Norwegian' },
  { code: 'kl', labelDa: 'Grønlandsk', labelEn: 'Greenlandic' },
  { code: 'fo', labelDa: 'Færøsk', labelEn: 'Faroese' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES: readonly string[] = LANGUAGES.map((l) => l.code);
