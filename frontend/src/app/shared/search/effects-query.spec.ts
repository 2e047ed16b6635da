import { effectsQueryFromQuery, effectsQueryToQuery, isIsoDate, scorecardQueryFromQuery, scorecardQueryToQuery } from './search-query';

describe('effect dashboard and scorecard filters in the URL', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('28-02-2026')).toBe(false);
  });

  it('reads every filter and drops values that are not allowed', () => {
    expect(
      effectsQueryFromQuery({ from: '2026-01-01', to: '2026-06-30', targetGroup: 'flex_job', supplierId: ' s-1 ', agreementId: 'a-9', page: '2' }),
    ).toEqual({ from: '2026-01-01', to: '2026-06-30', targetGroup: 'flex_job', supplierId: 's-1', agreementId: 'a-9' });
    expect(effectsQueryFromQuery({ from: 'yesterday', to: '2026-13-01', targetGroup: 'pirates', supplierId: '' })).toEqual({});
    expect(effectsQueryFromQuery({ targetGroup: ['job_ready', 'flex_job'] })).toEqual({ targetGroup: 'job_ready' });
  });

  it('turns a backwards period round', () => {
    expect(effectsQueryFromQuery({ from: '2026-06-30', to: '2026-01-01' })).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });

  it('writes only filters with a value, round-tripping', () => {
    const query = { from: '2026-01-01', targetGroup: 'integration' as const, supplierId: '', agreementId: undefined };
    expect(effectsQueryToQuery(query)).toEqual({ from: '2026-01-01', targetGroup: 'integration' });
    expect(effectsQueryFromQuery(effectsQueryToQuery(query))).toEqual({ from: '2026-01-01', targetGroup: 'integration' });
    expect(effectsQueryToQuery({})).toEqual({});
  });

  it('gives the scorecard the same filters without a supplier', () => {
    expect(scorecardQueryFromQuery({ from: '2026-01-01', supplierId: 's-1', agreementId: 'a-1' })).toEqual({ from: '2026-01-01', agreementId: 'a-1' });
    expect(scorecardQueryToQuery({ to: '2026-03-31', targetGroup: 'job_ready' })).toEqual({ to: '2026-03-31', targetGroup: 'job_ready' });
  });
});
