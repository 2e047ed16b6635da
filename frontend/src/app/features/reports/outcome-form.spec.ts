import { benefitProblem, parseBenefitChange, toOutcomeInput } from './outcome-form';

describe('the follow-up form', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['-1500', -1500],
    ['−1.500', -1500],
    ['-1.500 kr.', -1500],
    ['+250', 250],
    ['1250,60', 1251],
    ['12 000', 12000],
  ])('reads %p as %p DKK', (text, expected) => {
    expect(parseBenefitChange(text)).toBe(expected);
  });

  it('refuses text and implausible amounts', () => {
    expect(benefitProblem('mange')).toBe('format');
    expect(benefitProblem('1.50.0')).toBe('format');
    expect(benefitProblem('-250000')).toBe('range');
    expect(benefitProblem('-4.000')).toBeNull();
    expect(benefitProblem('')).toBeNull();
  });

  it('sends the status, and the amount and note only when given', () => {
    expect(toOutcomeInput('3m', { status: 'job', benefitChange: '-9.800', note: ' Fuldtid i Netto ' })).toEqual({
      followUp: '3m',
      status: 'job',
      benefitChangeDkk: -9800,
      note: 'Fuldtid i Netto',
    });
    expect(toOutcomeInput('end', { status: 'still_on_benefits', benefitChange: '', note: '' })).toEqual({ followUp: 'end', status: 'still_on_benefits' });
  });
});
