import { PriceModel } from '@mentor/contracts';

import { pricePoints, round6, weightedPoints } from './price-score.util';

export interface RankInputBid {
  bidId: string;
  hourlyRate: number;
  submittedAt: Date;
  /** Score 0–10 per criterion id; missing criteria count as 0 until scored. */
  scores: ReadonlyMap<string, number>;
}

export interface RankCriterion {
  id: string;
  weight: number;
}

export interface RankedBid {
  bidId: string;
  pricePoints: number;
  priceScore: number;
  qualityScore: number;
  total: number;
  rank: number;
  complete: boolean;
}

export interface RankOptions {
  priceModel: PriceModel;
  linearSlope: number | null;
  priceWeight: number;
  criteria: readonly RankCriterion[];
}

/**
 * Scores and ranks the bids of one lot: total = priceWeight × pricePoints / 10 + Σ weight × score / 10
 * (0–100). Higher total first; ties go to the lower price, then to the earlier submission, then by
 * bid id so the order is always the same. Runs in O(n log n) for a lot.
 */
export function rankLot(bids: readonly RankInputBid[], options: RankOptions): RankedBid[] {
  if (bids.length === 0) return [];
  const lowest = Math.min(...bids.map((b) => b.hourlyRate));
  const rows = bids.map((bid) => {
    const pp = pricePoints(options.priceModel, bid.hourlyRate, lowest, options.linearSlope);
    const priceScore = weightedPoints(options.priceWeight, pp);
    let qualityScore = 0;
    let complete = true;
    for (const c of options.criteria) {
      const score = bid.scores.get(c.id);
      if (score === undefined) complete = false;
      else qualityScore += weightedPoints(c.weight, score);
    }
    qualityScore = round6(qualityScore);
    return { bid, result: { bidId: bid.bidId, pricePoints: pp, priceScore, qualityScore, total: round6(priceScore + qualityScore), rank: 0, complete } };
  });
  rows.sort(
    (a, b) =>
      b.result.total - a.result.total ||
      a.bid.hourlyRate - b.bid.hourlyRate ||
      a.bid.submittedAt.getTime() - b.bid.submittedAt.getTime() ||
      (a.bid.bidId < b.bid.bidId ? -1 : a.bid.bidId > b.bid.bidId ? 1 : 0),
  );
  return rows.map((r, i) => ({ ...r.result, rank: i + 1 }));
}
