import { CompletenessInput, reportCompleteness } from '../report-completeness.util';

const narrative = 'Borgeren mødte stabilt op og arbejdede med sin døgnrytme hele måneden.';
const monthly = (over: Partial<CompletenessInput>): CompletenessInput => ({
  kind: 'monthly',
  milestones: ['Møder op', 'Søger job'],
  statuses: ['progressing', 'reached'],
  notes: ['', ''],
  hoursUsed: 10,
  meetingsHeld: 4,
  meetingsMissed: 0,
  narrative,
  ...over,
});

describe('report completeness', () => {
  it.each<[string, Partial<CompletenessInput>, number]>([
    ['everything filled', {}, 1],
    ['one milestone without status (4 of 5 checks)', { statuses: ['progressing', null] }, 0.8],
    ['a setback without a note', { statuses: ['setback', 'reached'] }, 0.8],
    ['a setback with a note', { statuses: ['setback', 'reached'], notes: ['Sygdom i familien', ''] }, 1],
    ['no hours', { hoursUsed: null }, 0.8],
    ['attendance half filled', { meetingsMissed: null }, 0.8],
    ['a one-line narrative', { narrative: 'Fint.' }, 0.8],
    ['nothing at all', { statuses: [null, null], hoursUsed: null, meetingsHeld: null, narrative: '' }, 0],
  ])('monthly: %s', (_name, over, expected) => expect(reportCompleteness(monthly(over))).toBe(expected));

  it('asks the progression report for its assessment instead of figures', () => {
    const base: CompletenessInput = { ...monthly({}), kind: 'progression', hoursUsed: null, meetingsHeld: null, meetingsMissed: null, progression: { competences: 'Struktur', resources: 'Netværk', nextSteps: 'Praktik' } };
    expect(reportCompleteness(base)).toBe(1);
    expect(reportCompleteness({ ...base, progression: { competences: 'Struktur', resources: '', nextSteps: '' } })).toBe(0.667);
  });
});
