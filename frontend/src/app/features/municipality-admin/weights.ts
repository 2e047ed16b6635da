import { MatchComponents } from '@mentor/contracts';
import { DEFAULT_WEIGHTS } from '@mentor/matching';

/**
 * The matching weights as the settings form edits them: whole percentages that must sum to 100,
 * converted to and from the API's fractions that sum to 1. Framework-free and unit-tested.
 */
export type WeightName = keyof MatchComponents;
export type Percents = Record<WeightName, number>;

export const WEIGHT_NAMES: readonly WeightName[] = ['competence', 'quality', 'outcome', 'distance', 'price', 'capacity', 'preference'];

export function percentSum(percents: Readonly<Record<string, number | null | undefined>>): number {
  const sum = WEIGHT_NAMES.reduce((total, name) => total + (Number(percents[name]) || 0), 0);
  return Math.round(sum * 100) / 100;
}

/**
 * Scales values to whole percentages summing to exactly 100 by the largest-remainder method, so
 * 1/3 each of three comes out 34, 33, 33 rather than 33, 33, 33. All zeros give all zeros.
 */
export function normalise(values: Readonly<Record<string, number | null | undefined>>): Percents {
  const raw = WEIGHT_NAMES.map((name) => Math.max(0, Number(values[name]) || 0));
  const total = raw.reduce((a, b) => a + b, 0);
  if (total <= 0) return Object.fromEntries(WEIGHT_NAMES.map((n) => [n, 0])) as Percents;
  const exact = raw.map((v) => (v / total) * 100);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((v, i) => ({ i, rest: v - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  return Object.fromEntries(WEIGHT_NAMES.map((name, i) => [name, floors[i]])) as Percents;
}

/** The API's fractions as whole percentages summing to 100. */
export function toPercents(weights: MatchComponents): Percents {
  return normalise({ ...weights });
}

/** Whole percentages as the API's fractions; they sum to 1 when the percentages sum to 100. */
export function fromPercents(percents: Readonly<Record<string, number | null | undefined>>): MatchComponents {
  return Object.fromEntries(WEIGHT_NAMES.map((name) => [name, Math.round((Number(percents[name]) || 0) * 100) / 10_000])) as unknown as MatchComponents;
}

export function defaultPercents(): Percents {
  return toPercents({ ...DEFAULT_WEIGHTS });
}
