import { Report, ReportSummary } from '@mentor/contracts';
import {
  absoluteLink,
  dueMarker,
  dueMarkerText,
  dueMarkerTone,
  formatPeriod,
  groupReports,
  hoursLeftAfter,
  hoursProblem,
  inboxTab,
  milestoneSlots,
  reportGroup,
  reportToFormValue,
  sameContent,
  savedMilestones,
  toReportInput,
} from './report-rules';

const summary = (id: string, status: ReportSummary['status'], dueOn: string, extra: Partial<ReportSummary> = {}) =>
  ({ id, status, dueOn, periodEnd: '2026-04-30', overdue: false, daysOverdue: 0, ...extra }) as ReportSummary;

const goals = [
  { text: 'Kommer i praktik', milestones: ['Møder kl. 9', 'Ringer ved sygdom'] },
  { text: 'Styr på økonomien', milestones: ['Har et budget'] },
];

const report = (extra: Partial<Report> = {}) =>
  ({ id: 'r1', kind: 'monthly', goals, milestones: [], narrative: '', hoursRemaining: 10, hoursGranted: 52, ...extra }) as Report;

describe('the mentor’s report list', () => {
  it('groups into to write, returned and handed in', () => {
    expect(['due', 'draft', 'returned', 'submitted', 'accepted'].map((s) => reportGroup(s as ReportSummary['status']))).toEqual([
      'todo',
      'todo',
      'returned',
      'submitted',
      'submitted',
    ]);
  });

  it('orders the open groups by due date and the handed-in ones newest first', () => {
    const groups = groupReports([
      summary('may', 'draft', '2026-06-05'),
      summary('april', 'due', '2026-05-05'),
      summary('old', 'accepted', '2026-03-05'),
      summary('newer', 'submitted', '2026-04-05'),
      summary('back', 'returned', '2026-02-05'),
    ]);
    expect(groups.todo.map((r) => r.id)).toEqual(['april', 'may']);
    expect(groups.returned.map((r) => r.id)).toEqual(['back']);
    expect(groups.submitted.map((r) => r.id)).toEqual(['newer', 'old']);
  });
});

describe('due markers', () => {
  const today = '2026-05-10';

  it('counts the days overdue of an open report', () => {
    const marker = dueMarker(summary('a', 'draft', '2026-05-05', { overdue: true, daysOverdue: 5 }), today);
    expect(marker).toEqual({ kind: 'overdue', days: 5 });
    expect(dueMarkerText(marker!)).toEqual({ key: 'reports.due.overdue', params: { days: 5 } });
    expect(dueMarkerTone(marker!)).toBe('late');
    expect(dueMarkerText({ kind: 'overdue', days: 1 })).toEqual({ key: 'reports.due.overdueOne' });
  });

  it('trusts the date when the flag lags behind', () => {
    expect(dueMarker(summary('a', 'returned', '2026-05-08'), today)).toEqual({ kind: 'overdue', days: 2 });
  });

  it('tells a running period, a due date today and one coming up', () => {
    expect(dueMarker(summary('a', 'due', '2026-06-05', { periodEnd: '2026-05-31' }), today)).toEqual({ kind: 'running' });
    expect(dueMarker(summary('a', 'due', '2026-05-10'), today)).toEqual({ kind: 'today' });
    expect(dueMarker(summary('a', 'draft', '2026-05-12'), today)).toEqual({ kind: 'soon', days: 2 });
    expect(dueMarker(summary('a', 'draft', '2026-05-20'), today)).toEqual({ kind: 'upcoming', days: 10 });
    expect(dueMarkerTone({ kind: 'soon', days: 2 })).toBe('soon');
    expect(dueMarkerText({ kind: 'upcoming', days: 1 })).toEqual({ key: 'reports.due.inOneDay' });
  });

  it('says only whether a handed-in report came late', () => {
    expect(dueMarker(summary('a', 'submitted', '2026-05-05'), today)).toBeNull();
    expect(dueMarker(summary('a', 'accepted', '2026-05-05', { overdue: true, daysOverdue: 3 }), today)).toEqual({ kind: 'late', days: 3 });
  });

  it('writes the period as a month', () => {
    expect(formatPeriod('2026-05', 'da')).toBe('maj 2026');
    expect(formatPeriod('2026-05', 'en')).toBe('May 2026');
    expect(formatPeriod('odd', 'da')).toBe('odd');
  });
});

describe('the report form model', () => {
  it('lists the milestones of all goals in order', () => {
    expect(milestoneSlots(goals).map((s) => [s.index, s.goalIndex, s.milestone])).toEqual([
      [0, 0, 'Møder kl. 9'],
      [1, 0, 'Ringer ved sygdom'],
      [2, 1, 'Har et budget'],
    ]);
  });

  it('finds each saved answer by position or by text, and leaves the rest blank', () => {
    const saved = savedMilestones({
      goals,
      milestones: [
        { milestone: 'Møder kl. 9', status: 'reached', note: 'Hver dag' },
        { milestone: 'Har et budget', status: 'setback', note: 'Ny gæld' },
      ],
    });
    expect(saved).toEqual([
      { status: 'reached', note: 'Hver dag' },
      { status: '', note: '' },
      { status: 'setback', note: 'Ny gæld' },
    ]);
  });

  it('reads a saved monthly report into the form', () => {
    const value = reportToFormValue(report({ hoursUsed: 6, meetingsHeld: 4, meetingsMissed: 1, narrative: 'Godt', status: 'draft' }));
    expect(value).toMatchObject({ hoursUsed: 6, meetingsHeld: 4, meetingsMissed: 1, narrative: 'Godt' });
    expect(value.milestones).toHaveLength(3);
    expect(value.progression).toEqual({ competences: '', resources: '', nextSteps: '' });
    expect(reportToFormValue(report()).hoursUsed).toBeNull();
  });

  it('writes a monthly report with one milestone per goal milestone, unassessed ones without a status', () => {
    const value = reportToFormValue(report());
    value.hoursUsed = 7.5;
    value.meetingsHeld = 5;
    value.meetingsMissed = 0;
    value.milestones[0] = { status: 'progressing', note: '  Tre af fire dage  ' };
    value.narrative = ' En god måned ';
    const input = toReportInput(report(), value, true);
    expect(input).toEqual({
      hoursUsed: 7.5,
      meetingsHeld: 5,
      meetingsMissed: 0,
      milestones: [
        { milestone: 'Møder kl. 9', status: 'progressing', note: 'Tre af fire dage' },
        { milestone: 'Ringer ved sygdom', note: '' },
        { milestone: 'Har et budget', note: '' },
      ],
      narrative: 'En god måned',
      submit: true,
    });
  });

  it('leaves empty figures out of a draft', () => {
    const input = toReportInput(report(), reportToFormValue(report()), false);
    expect(input).not.toHaveProperty('hoursUsed');
    expect(input).not.toHaveProperty('meetingsHeld');
    expect(input.submit).toBe(false);
  });

  it('writes a progression report with its three fields and no hours', () => {
    const progression = report({ kind: 'progression', hoursUsed: 3 });
    const value = reportToFormValue(progression);
    value.progression = { competences: ' Mødestabil ', resources: 'Netværk', nextSteps: 'Job' };
    const input = toReportInput(progression, value, false);
    expect(input.progression).toEqual({ competences: 'Mødestabil', resources: 'Netværk', nextSteps: 'Job' });
    expect(input).not.toHaveProperty('hoursUsed');
  });

  it('compares content without the submit flag', () => {
    const a = toReportInput(report(), reportToFormValue(report()), false);
    expect(sameContent(a, { ...a, submit: true })).toBe(true);
    expect(sameContent(a, { ...a, narrative: 'x' })).toBe(false);
    expect(sameContent(null, a)).toBe(false);
  });
});

describe('hours', () => {
  it('counts what is left of the grant after this report', () => {
    expect(hoursLeftAfter(10, 7.5)).toBe(2.5);
    expect(hoursLeftAfter(10, null)).toBe(10);
    expect(hoursLeftAfter(10, 12)).toBe(-2);
  });

  it('refuses more than remains, negative hours and odd decimals', () => {
    expect(hoursProblem(10, 10)).toBeNull();
    expect(hoursProblem(null, 10)).toBeNull();
    expect(hoursProblem(10.5, 10)).toBe('over');
    expect(hoursProblem(-1, 10)).toBe('negative');
    expect(hoursProblem(1.125, 10)).toBe('decimals');
  });
});

describe('the review inbox', () => {
  it('reads the tab from the URL', () => {
    expect(inboxTab('overdue')).toBe('overdue');
    expect(inboxTab('followups')).toBe('followups');
    expect(inboxTab(undefined)).toBe('submitted');
    expect(inboxTab('nonsense')).toBe('submitted');
  });
});

describe('survey links', () => {
  it('makes a path absolute and leaves a whole address alone', () => {
    expect(absoluteLink('/survey/abc', 'https://mm.dk')).toBe('https://mm.dk/survey/abc');
    expect(absoluteLink('survey/abc', 'https://mm.dk')).toBe('https://mm.dk/survey/abc');
    expect(absoluteLink('https://x.dk/survey/abc', 'https://mm.dk')).toBe('https://x.dk/survey/abc');
  });
});
