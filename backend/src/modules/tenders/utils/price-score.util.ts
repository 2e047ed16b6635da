import { MAX_CRITERION_SCORE, PriceModel } from '@mentor/contracts';

/**
 * Price points (0–10) of one hourly rate against the lowest rate of its lot.
 * - proportional: 10 × lowest / price;
 * - linear: 10 × (1 − slope × (price − lowest) / lowest), floored at 0. Slope 1: a price twice the
 *   lowest scores 0; slope 0.5: three times the lowest scores 0.
 * The lowest bid always scores the full 10 points.
 */
export function pricePoints(model: PriceModel, price: number, lowest: number, slope: number | null = null): number {
  if (!(price > 0) || !(lowest > 0)) throw new Error(`Prices must be positive (price ${price}, lowest ${lowest}).`);
  if (price < lowest) throw new Error(`The lowest price ${lowest} is above the price ${price}.`);
  if (model === 'proportional') return round6((MAX_CRITERION_SCORE * lowest) / price);
  const s = slope ?? 1;
  return round6(Math.max(0, MAX_CRITERION_SCORE * (1 - (s * (price - lowest)) / lowest)));
}

/** Weighted points of a score 0–10 under a weight out of 100: weight × score / 10. */
export function weightedPoints(weight: number, score: number): number {
  return round6((weight * score) / MAX_CRITERION_SCORE);
}

export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
