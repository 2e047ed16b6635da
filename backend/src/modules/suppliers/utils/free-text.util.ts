/** At most this many words of a free-text search count (a longer query is noise, and costs). */
const MAX_SEARCH_WORDS = 8;

/**
 * The words of a free-text search as tsquery prefix terms (`'politi':*`), each to be AND-ed.
 * Only letters and digits reach a term, quoted, so no tsquery operator can be injected; an empty
 * list when no word is left.
 */
export function prefixTerms(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_SEARCH_WORDS) ?? [];
  return words.map((w) => `'${w.toLowerCase()}':*`);
}

/**
 * A tsquery (SQL) in which every term must match the beginning of a word, either as written
 * (`simple`: "tidl" finds "tidligere", whose Danish stem is only "tid") or as a Danish stem
 * ("politibetjente" finds "politibetjent"). `param(i)` names the bound parameter of term i.
 */
export function prefixTsQuerySql(termCount: number, param: (i: number) => string): string {
  return Array.from({ length: termCount }, (_, i) => `(to_tsquery('danish'::regconfig, :${param(i)}) || to_tsquery('simple'::regconfig, :${param(i)}))`).join(' && ');
}
