import { DEFAULT_WEEKS, Goal, LegalBasis, MAX_WEEKS_PER_PERIOD, MentorRequestInput, MentorType } from '@mentor/contracts';

/**
 * The mentor request form's rules, framework-free: the goal and milestone (pejlemærke) editor as
 * immutable operations on a list of drafts, their validation, the period's end date, and the body
 * sent to the API.
 */
export interface GoalDraft {
  text: string;
  milestones: string[];
}

export const MAX_GOALS = 10;
export const MAX_MILESTONES = 10;
export const GOAL_LENGTH = { min: 3, max: 500 } as const;
export const MILESTONE_LENGTH = { min: 3, max: 300 } as const;

export const emptyGoal = (): GoalDraft => ({ text: '', milestones: [''] });

export function addGoal(goals: readonly GoalDraft[]): GoalDraft[] {
  return goals.length >= MAX_GOALS ? [...goals] : [...goals, emptyGoal()];
}

/** The last goal stays: a request needs at least one. */
export function removeGoal(goals: readonly GoalDraft[], index: number): GoalDraft[] {
  return goals.length <= 1 ? [...goals] : goals.filter((_, i) => i !== index);
}

export function setGoalText(goals: readonly GoalDraft[], index: number, text: string): GoalDraft[] {
  return goals.map((g, i) => (i === index ? { ...g, text } : g));
}

export function addMilestone(goals: readonly GoalDraft[], index: number): GoalDraft[] {
  return goals.map((g, i) => (i === index && g.milestones.length < MAX_MILESTONES ? { ...g, milestones: [...g.milestones, ''] } : g));
}

/** The last milestone of a goal stays: every goal needs at least one. */
export function removeMilestone(goals: readonly GoalDraft[], index: number, milestone: number): GoalDraft[] {
  return goals.map((g, i) => (i === index && g.milestones.length > 1 ? { ...g, milestones: g.milestones.filter((_, j) => j !== milestone) } : g));
}

export function setMilestone(goals: readonly GoalDraft[], index: number, milestone: number, text: string): GoalDraft[] {
  return goals.map((g, i) => (i === index ? { ...g, milestones: g.milestones.map((m, j) => (j === milestone ? text : m)) } : g));
}

export type GoalProblem = { kind: 'required' } | { kind: 'minlength'; length: number } | { kind: 'maxlength'; length: number };

function lengthProblem(value: string, limits: { min: number; max: number }): GoalProblem | null {
  const text = value.trim();
  if (!text) return { kind: 'required' };
  if (text.length < limits.min) return { kind: 'minlength', length: limits.min };
  if (text.length > limits.max) return { kind: 'maxlength', length: limits.max };
  return null;
}

/**
 * What is wrong, by the API's path: `goals.0.text`, `goals.0.milestones.1`. A blank milestone is
 * left out when another one of the goal is filled in; a goal with none filled in needs its first.
 */
export function goalProblems(goals: readonly GoalDraft[]): Record<string, GoalProblem> {
  const problems: Record<string, GoalProblem> = {};
  goals.forEach((goal, i) => {
    const text = lengthProblem(goal.text, GOAL_LENGTH);
    if (text) problems[`goals.${i}.text`] = text;
    const filled = goal.milestones.some((m) => m.trim());
    goal.milestones.forEach((m, j) => {
      if (!m.trim() && (filled || j > 0)) return;
      const problem = lengthProblem(m, MILESTONE_LENGTH);
      if (problem) problems[`goals.${i}.milestones.${j}`] = problem;
    });
  });
  return problems;
}

export function toGoals(goals: readonly GoalDraft[]): Goal[] {
  return goals.map((g) => ({ text: g.text.trim(), milestones: g.milestones.map((m) => m.trim()).filter(Boolean) }));
}

/**
 * The paths the API names for goals refer to the goals sent, where blank milestones were left
 * out: `goals.0.milestones.1` sent is the draft's `goals.0.milestones.2` when the draft's second was blank.
 */
export function goalAliases(goals: readonly GoalDraft[]): Record<string, string> {
  const aliases: Record<string, string> = {};
  goals.forEach((g, i) => {
    let sent = 0;
    g.milestones.forEach((m, j) => {
      if (m.trim()) aliases[`goals.${i}.milestones.${sent++}`] = `goals.${i}.milestones.${j}`;
    });
  });
  return aliases;
}

/** The last day of a period of `weeks` starting on `startDate` (the API's rule: start + 7·weeks − 1 days). */
export function endDateOf(startDate: string, weeks: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || !Number.isInteger(weeks) || weeks < 1) return null;
  const start = Date.parse(`${startDate}T00:00:00Z`);
  if (Number.isNaN(start)) return null;
  return new Date(start + (weeks * 7 - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday at least a week after `today`: a realistic start that leaves the supplier time to answer. */
export function defaultStartDate(today: string): string {
  const date = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000);
  const toMonday = (8 - date.getUTCDay()) % 7;
  return new Date(date.getTime() + toMonday * 86_400_000).toISOString().slice(0, 10);
}

export interface RequestFormValue {
  mentorType: MentorType;
  hoursPerWeek: number | null;
  weeks: number | null;
  startDate: string;
  legalBasis: LegalBasis;
  allocation: 'auto' | 'manual';
}

export function toRequestInput(value: RequestFormValue, goals: readonly GoalDraft[]): MentorRequestInput {
  return {
    mentorType: value.mentorType,
    hoursPerWeek: Number(value.hoursPerWeek),
    weeks: Number(value.weeks ?? DEFAULT_WEEKS),
    startDate: value.startDate,
    legalBasis: value.legalBasis,
    allocation: value.allocation,
    goals: toGoals(goals),
  };
}

export { DEFAULT_WEEKS, MAX_WEEKS_PER_PERIOD };
