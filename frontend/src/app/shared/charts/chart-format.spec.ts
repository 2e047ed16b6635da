import { formatDkkChange, formatMonth, formatNumber, formatPercent, formatScore, formatValue } from './chart-format';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('chart formatting', () => {
  it('writes shares as percentages in each language, and a missing one as a dash', () => {
    expect(nbsp(formatPercent(0.725, 'da'))).toBe('73 %');
    expect(formatPercent(0.725, 'en')).toBe('73%');
    expect(nbsp(formatPercent(0.7251, 'da', 1))).toBe('72,5 %');
    expect(formatPercent(null, 'da')).toBe('–');
    expect(formatPercent(Number.NaN, 'en')).toBe('–');
  });

  it('writes numbers with the language separators', () => {
    expect(formatNumber(12345.67, 'da', 1)).toBe('12.345,7');
    expect(formatNumber(12345.67, 'en')).toBe('12,346');
    expect(formatNumber(undefined, 'da')).toBe('–');
  });

  it('formats by scale', () => {
    expect(formatValue(0.5, 'percent', 'en')).toBe('50%');
    expect(formatValue(12.25, 'number', 'da')).toBe('12,3');
  });

  it('writes scores with two decimals like the thresholds', () => {
    expect(formatScore(0.3, 'da')).toBe('0,30');
    expect(formatScore(0.456, 'en')).toBe('0.46');
    expect(formatScore(null, 'en')).toBe('–');
  });

  it('writes months short', () => {
    expect(formatMonth('2026-03', 'da')).toBe('mar. 26');
    expect(formatMonth('2026-03', 'en')).toBe('Mar 26');
    expect(formatMonth('March', 'en')).toBe('March');
  });

  it('writes benefit changes with a sign', () => {
    expect(nbsp(formatDkkChange(-1250, 'da'))).toBe('-1.250 kr.');
    expect(formatDkkChange(300, 'en')).toBe('DKK +300');
    expect(formatDkkChange(0, 'da')).toBe('0 kr.');
    expect(formatDkkChange(null, 'da')).toBe('–');
  });
});
