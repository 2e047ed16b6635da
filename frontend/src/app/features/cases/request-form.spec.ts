import {
  addGoal,
  addMilestone,
  defaultStartDate,
  emptyGoal,
  endDateOf,
  goalAliases,
  goalProblems,
  removeGoal,
  removeMilestone,
  setGoalText,
  setMilestone,
  toRequestInput,
} from './request-form';

describe('goal and milestone editor', () => {
  it('adds and removes goals and milestones without changing the input, keeping at least one of each', () => {
    const start = [emptyGoal()];
    const two = addGoal(start);
    expect(start).toHaveLength(1);
    expect(two).toHaveLength(2);
    expect(removeGoal(start, 0)).toEqual(start);
    expect(removeGoal(setGoalText(two, 1, 'B'), 0)).toEqual([{ text: 'B', milestones: [''] }]);

    const withMilestones = setMilestone(addMilestone(setMilestone(start, 0, 0, 'første'), 0), 0, 1, 'anden');
    expect(withMilestones[0].milestones).toEqual(['første', 'anden']);
    expect(removeMilestone(withMilestones, 0, 0)[0].milestones).toEqual(['anden']);
    expect(removeMilestone(removeMilestone(withMilestones, 0, 0), 0, 0)[0].milestones).toEqual(['anden']);
  });

  it('stops at ten goals and ten milestones', () => {
    let goals = [emptyGoal()];
    for (let i = 0; i < 12; i++) goals = addMilestone(addGoal(goals), 0);
    expect(goals).toHaveLength(10);
    expect(goals[0].milestones).toHaveLength(10);
  });

  it('names each problem by the path the API uses', () => {
    expect(goalProblems([emptyGoal()])).toEqual({
      'goals.0.text': { kind: 'required' },
      'goals.0.milestones.0': { kind: 'required' },
    });
    expect(
      goalProblems([
        { text: 'Kommer i praktik', milestones: ['', 'Møder kl. 9 fire dage om ugen'] },
        { text: 'Ok', milestones: ['ab', ''] },
      ]),
    ).toEqual({
      'goals.1.text': { kind: 'minlength', length: 3 },
      'goals.1.milestones.0': { kind: 'minlength', length: 3 },
    });
    expect(goalProblems([{ text: 'x'.repeat(501), milestones: ['Møder kl. 9'] }])).toEqual({ 'goals.0.text': { kind: 'maxlength', length: 500 } });
  });

  it('sends trimmed goals without blank milestones, and maps the API paths back to the drafts', () => {
    const drafts = [{ text: ' Kommer i praktik ', milestones: [' ', 'Møder kl. 9 ', 'Ringer ved fravær'] }];
    const input = toRequestInput(
      { mentorType: 'development', hoursPerWeek: 4, weeks: 13, startDate: '2026-12-07', legalBasis: 'ordinary', allocation: 'auto' },
      drafts,
    );
    expect(input.goals).toEqual([{ text: 'Kommer i praktik', milestones: ['Møder kl. 9', 'Ringer ved fravær'] }]);
    expect(input).toMatchObject({ hoursPerWeek: 4, weeks: 13, allocation: 'auto' });
    expect(goalAliases(drafts)).toEqual({ 'goals.0.milestones.0': 'goals.0.milestones.1', 'goals.0.milestones.1': 'goals.0.milestones.2' });
  });
});

describe('period dates', () => {
  it('ends 7·weeks − 1 days after the start, as the API computes it', () => {
    expect(endDateOf('2026-12-07', 13)).toBe('2027-03-07');
    expect(endDateOf('2026-01-05', 1)).toBe('2026-01-11');
    expect(endDateOf('', 13)).toBeNull();
    expect(endDateOf('2026-12-07', 0)).toBeNull();
  });

  it('suggests the Monday at least a week ahead', () => {
    expect(defaultStartDate('2026-11-24')).toBe('2026-12-07'); // a Tuesday → Monday after next
    expect(defaultStartDate('2026-11-30')).toBe('2026-12-07'); // a Monday → a week later
  });
});
