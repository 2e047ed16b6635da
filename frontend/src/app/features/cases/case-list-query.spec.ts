import { caseSearchFromQuery, caseSearchToQuery } from './case-list-query';

describe('case list query', () => {
  it('defaults to my cases and drops values that are not allowed', () => {
    expect(caseSearchFromQuery({})).toEqual({ mine: true });
    expect(caseSearchFromQuery({ status: 'gone', targetGroup: 'pirates', page: '0' })).toEqual({ mine: true });
  });

  it('reads every filter, upper-casing the reference', () => {
    expect(caseSearchFromQuery({ mine: 'false', status: 'open', targetGroup: 'education_aid', reference: ' hvi-2026-0007 ', page: '3' })).toEqual({
      mine: false,
      status: 'open',
      targetGroup: 'education_aid',
      reference: 'HVI-2026-0007',
      page: 3,
    });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const search = { mine: false, status: 'closed' as const, reference: 'HVI', page: 2 };
    expect(caseSearchToQuery(search)).toEqual({ mine: 'false', status: 'closed', targetGroup: null, reference: 'HVI', page: '2' });
    expect(caseSearchToQuery({ mine: true })).toEqual({ mine: null, status: null, targetGroup: null, reference: null, page: null });
  });
});
