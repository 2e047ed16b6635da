import { prefixTerms, prefixTsQuerySql } from '../free-text.util';

describe('prefixTerms', () => {
  it.each([
    ['politi', ["'politi':*"]],
    ['  Politi   SSP ', ["'politi':*", "'ssp':*"]],
    ['tidligere politibetjent', ["'tidligere':*", "'politibetjent':*"]],
    ['Søren Østergård', ["'søren':*", "'østergård':*"]],
    ['cand.psych', ["'cand':*", "'psych':*"]],
    ['år 12', ["'år':*", "'12':*"]],
  ])('%p → %p', (text, terms) => {
    expect(prefixTerms(text)).toEqual(terms);
  });

  it.each([
    ["politi' | !x", ["'politi':*", "'x':*"]],
    ["a':* | b", ["'a':*", "'b':*"]],
    ['(psyk & !angst) <-> x', ["'psyk':*", "'angst':*", "'x':*"]],
    ["\\'; DROP TABLE mentor; --", ["'drop':*", "'table':*", "'mentor':*"]],
  ])('lets no tsquery operator or quote through: %p', (text, terms) => {
    expect(prefixTerms(text)).toEqual(terms);
  });

  it('is empty when no word is left, and keeps at most eight words', () => {
    expect(prefixTerms(' !& | ')).toEqual([]);
    expect(prefixTerms('')).toEqual([]);
    expect(prefixTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('prefixTsQuerySql', () => {
  it('ANDs the terms, each matching as written or as a Danish stem, through bound parameters only', () => {
    expect(prefixTsQuerySql(2, (i) => `ft${i}`)).toBe(
      "(to_tsquery('danish'::regconfig, :ft0) || to_tsquery('simple'::regconfig, :ft0)) && (to_tsquery('danish'::regconfig, :ft1) || to_tsquery('simple'::regconfig, :ft1))",
    );
  });
});
