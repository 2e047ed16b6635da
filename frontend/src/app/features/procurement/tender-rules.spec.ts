import {
  addCalendarDays,
  allowedActions,
  copenhagenDate,
  countdown,
  duplicateIndexes,
  earliestAgreementStart,
  formatCountdown,
  fromLocalInput,
  needsEuNotice,
  pricePoints,
  timelineIssues,
  toLocalInput,
  weightSum,
  weightsProblem,
  zeroPointMultiple,
} from './tender-rules';
import { stepOfPath, toTenderInput, emptyLot, emptyCriterion, TenderFormValue } from './tender-form';

describe('weights', () => {
  it('sums the price weight and the criteria, counting empty entries as 0', () => {
    expect(weightSum(40, [{ weight: 35 }, { weight: 25 }])).toBe(100);
    expect(weightSum(null, [{ weight: 35 }, { weight: null }])).toBe(35);
  });

  it('names how far the sum is from 100', () => {
    expect(weightsProblem(40, [{ weight: 35 }, { weight: 25 }])).toBeNull();
    expect(weightsProblem(40, [{ weight: 35 }])).toEqual({ sum: 75, missing: 25 });
    expect(weightsProblem(60, [{ weight: 50 }])).toEqual({ sum: 110, missing: -10 });
  });

  it('finds names used twice, ignoring case and spaces', () => {
    expect(duplicateIndexes(['Kvalitet', 'Samarbejde', ' kvalitet '])).toEqual([2]);
    expect(duplicateIndexes(['', ''])).toEqual([]);
  });

  it('flags an EU notice above the light-regime threshold only', () => {
    expect(needsEuNotice(5_581_350)).toBe(false);
    expect(needsEuNotice(5_581_351)).toBe(true);
    expect(needsEuNotice(null)).toBe(false);
  });
});

describe('price points', () => {
  it('proportional: 10 × lowest / price', () => {
    expect(pricePoints('proportional', null, 500, 500)).toBe(10);
    expect(pricePoints('proportional', null, 1000, 500)).toBe(5);
  });

  it('linear: a bid twice the lowest scores 0 with slope 1, three times with slope 0.5', () => {
    expect(pricePoints('linear', 1, 750, 500)).toBe(5);
    expect(pricePoints('linear', 1, 1000, 500)).toBe(0);
    expect(pricePoints('linear', 1, 1200, 500)).toBe(0);
    expect(pricePoints('linear', 0.5, 1500, 500)).toBe(0);
    expect(zeroPointMultiple(1)).toBe(2);
    expect(zeroPointMultiple(0.5)).toBe(3);
  });
});

describe('dates', () => {
  it('takes the Danish calendar date of an instant', () => {
    expect(copenhagenDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(copenhagenDate(new Date('2026-01-31T22:30:00Z'))).toBe('2026-01-31');
  });

  it('adds calendar days across months and years', () => {
    expect(addCalendarDays('2026-12-25', 10)).toBe('2027-01-04');
  });

  it('finds the earliest agreement start: deadline date + standstill + 1', () => {
    expect(earliestAgreementStart(new Date('2026-05-01T10:00:00Z'), 10)).toBe('2026-05-12');
    expect(earliestAgreementStart(new Date('2026-05-01T10:00:00Z'), 0)).toBe('2026-05-02');
  });

  it('round-trips datetime-local values', () => {
    const iso = fromLocalInput('2026-05-01T12:30');
    expect(toLocalInput(iso)).toBe('2026-05-01T12:30');
    expect(fromLocalInput('')).toBe('');
    expect(toLocalInput('nonsense')).toBe('');
  });
});

describe('timelineIssues', () => {
  const now = new Date('2026-03-01T09:00:00Z');
  const ok = {
    questionDeadline: '2026-03-20T11:00:00Z',
    bidDeadline: '2026-04-01T10:00:00Z',
    standstillDays: 10,
    agreementStart: '2026-05-01',
    agreementEnd: '2027-04-30',
  };
  const codes = (v: Partial<typeof ok> & { standstillDays?: number | null }) => timelineIssues({ ...ok, ...v }, now).map((i) => `${i.severity}:${i.code}`);

  it('accepts a sound timeline', () => {
    expect(codes({})).toEqual([]);
  });

  it('wants the question deadline before the bid deadline', () => {
    expect(codes({ questionDeadline: '2026-04-01T10:00:00Z' })).toContain('error:questionAfterBid');
  });

  it('warns about a short bid period but allows it', () => {
    const issues = timelineIssues({ ...ok, questionDeadline: '2026-03-01T09:01:00Z', bidDeadline: '2026-03-01T09:02:00Z', agreementStart: '2026-04-01' }, now);
    const short = issues.find((i) => i.code === 'shortBidPeriod');
    expect(short).toMatchObject({ severity: 'warning', blocksPublish: false, params: { days: '0.0', min: 10 } });
  });

  it('blocks publishing with deadlines in the past, not saving', () => {
    const issues = timelineIssues({ ...ok, questionDeadline: '2026-02-01T10:00:00Z', bidDeadline: '2026-02-02T10:00:00Z' }, now);
    expect(issues.filter((i) => i.blocksPublish).map((i) => i.code).sort()).toEqual(['bidPassed', 'questionPassed']);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('wants the agreements to start after the standstill, and end after they start', () => {
    expect(codes({ agreementStart: '2026-04-11' })).toEqual(['error:startTooEarly']);
    expect(codes({ agreementStart: '2026-04-12' })).toEqual([]);
    expect(codes({ standstillDays: 0, agreementStart: '2026-04-02' })).toEqual([]);
    expect(codes({ agreementEnd: '2026-05-01' })).toEqual(['error:endBeforeStart']);
  });

  it('keeps the standstill within 0–60 whole days', () => {
    expect(codes({ standstillDays: 61 })).toContain('error:standstillRange');
    expect(codes({ standstillDays: 1.5 })).toContain('error:standstillRange');
  });

  it('checks nothing that is not filled in', () => {
    expect(timelineIssues({ questionDeadline: '', bidDeadline: '', standstillDays: null, agreementStart: '', agreementEnd: '' }, now)).toEqual([]);
  });
});

describe('countdown', () => {
  const now = new Date('2026-03-01T09:00:00Z');

  it('counts whole seconds to the deadline and stops at 0', () => {
    expect(countdown('2026-03-01T09:01:30.200Z', now)).toEqual({ passed: false, seconds: 91 });
    expect(countdown('2026-03-01T08:59:00Z', now)).toEqual({ passed: true, seconds: 0 });
  });

  it.each([
    [3 * 86400 + 4 * 3600 + 59, 'da', '3 d. 4 t.'],
    [4 * 3600 + 12 * 60 + 5, 'da', '4 t. 12 min.'],
    [12 * 60 + 5, 'da', '12 min. 05 sek.'],
    [42, 'en', '42 s'],
    [0, 'en', '0 s'],
    [86400, 'en', '1 d 0 h'],
  ] as const)('formats %p seconds in %s as %p', (seconds, lang, text) => {
    expect(formatCountdown(seconds, lang)).toBe(text);
  });
});

describe('lifecycle', () => {
  it('offers the actions the API allows in each status', () => {
    expect(allowedActions('draft')).toMatchObject({ edit: true, publish: true, cancel: true, close: false });
    expect(allowedActions('published')).toMatchObject({ edit: false, close: true, cancel: true });
    expect(allowedActions('closed')).toMatchObject({ evaluate: true, award: false });
    expect(allowedActions('evaluated')).toMatchObject({ award: true, cancel: true });
    expect(allowedActions('awarded')).toMatchObject({ cancel: true, award: false });
    expect(allowedActions('in_force')).toMatchObject({ cancel: false, award: false });
  });
});

describe('the wizard form', () => {
  const value: TenderFormValue = {
    title: '  Mentorstøtte 2027  ',
    description: 'Tekst',
    estimatedValue: null,
    lots: [{ ...emptyLot(), title: 'Unge', targetGroups: ['flex_job'], estimatedHoursPerYear: 1000, hourCeiling: 1500 }],
    priceWeight: 40,
    criteria: [{ ...emptyCriterion(60), name: 'Kvalitet' }],
    priceModel: 'proportional',
    linearSlope: 1,
    allocationModel: 'cascade',
    questionDeadline: '2026-05-01T12:00',
    bidDeadline: '2026-05-10T12:00',
    standstillDays: 10,
    agreementStart: '2026-06-01',
    agreementEnd: '2027-05-31',
  };

  it('becomes the API body: trimmed, ISO deadlines, no slope unless linear, no empty value', () => {
    const input = toTenderInput(value);
    expect(input.title).toBe('Mentorstøtte 2027');
    expect(input.linearSlope).toBeUndefined();
    expect(input.estimatedValue).toBeUndefined();
    expect(input.bidDeadline).toBe(new Date('2026-05-10T12:00').toISOString());
    expect(input.lots[0]).toEqual({ title: 'Unge', targetGroups: ['flex_job'], requiredCompetences: [], estimatedHoursPerYear: 1000, maxSuppliers: 3, hourCeiling: 1500 });
    expect(toTenderInput({ ...value, priceModel: 'linear', linearSlope: 0.5, estimatedValue: 100 })).toMatchObject({ linearSlope: 0.5, estimatedValue: 100 });
  });

  it('sends a server error to the step that shows the field', () => {
    expect(stepOfPath('lots.0.title')).toBe(1);
    expect(stepOfPath('criteria[].weight')).toBe(2);
    expect(stepOfPath('linearSlope')).toBe(3);
    expect(stepOfPath('agreementStart')).toBe(4);
    expect(stepOfPath('title')).toBe(0);
  });
});
