import { EntityManager } from 'typeorm';

import { FOLLOW_UPS, FollowUp, OUTCOME_STATUSES, OutcomeDistribution, OutcomeStatus, SURVEY_ANONYMITY_MINIMUM } from '@mentor/contracts';

import { CountRow, qualityCountsSql, toCounts } from '../reports/quality.service';
import { QualityCounts, qualityScore } from '../reports/utils/quality-score.util';

/** What the effect figures are computed over: a period and any of municipality, supplier, agreement, target group. */
export interface EffectFilter {
  from: string;
  to: string;
  municipalityCode?: string;
  supplierId?: string;
  agreementId?: string;
  targetGroup?: string;
}

/** Raw sums per supplier and target group, so totals add up before any rate is taken. */
export interface EffectCell {
  supplierId: string;
  targetGroup: string;
  courses: number;
  activeCourses: number;
  endedCourses: number;
  hoursGranted: number;
  hoursUsed: number;
  quality: QualityCounts;
  outcomes: Record<FollowUp, { counts: Record<OutcomeStatus, number>; benefitSum: number; benefitN: number }>;
  satisfaction: Record<'citizen' | 'caseworker', { responses: number; sum: number; answers: number }>;
}

const emptyOutcomes = () => Object.fromEntries(FOLLOW_UPS.map((f) => [f, { counts: Object.fromEntries(OUTCOME_STATUSES.map((s) => [s, 0])) as Record<OutcomeStatus, number>, benefitSum: 0, benefitN: 0 }])) as EffectCell['outcomes'];
export const emptyCell = (supplierId: string, targetGroup: string): EffectCell => ({
  supplierId,
  targetGroup,
  courses: 0,
  activeCourses: 0,
  endedCourses: 0,
  hoursGranted: 0,
  hoursUsed: 0,
  quality: { due: 0, onTime: 0, submitted: 0, completenessSum: 0, reviewed: 0, firstTimeAccepted: 0 },
  outcomes: emptyOutcomes(),
  satisfaction: { citizen: { responses: 0, sum: 0, answers: 0 }, caseworker: { responses: 0, sum: 0, answers: 0 } },
});

/** Adds `b` into `a` (for totals and for collapsing target groups). */
export function addCell(a: EffectCell, b: EffectCell): EffectCell {
  a.courses += b.courses;
  a.activeCourses += b.activeCourses;
  a.endedCourses += b.endedCourses;
  a.hoursGranted += b.hoursGranted;
  a.hoursUsed += b.hoursUsed;
  for (const k of Object.keys(a.quality) as (keyof QualityCounts)[]) a.quality[k] += b.quality[k];
  for (const f of FOLLOW_UPS) {
    for (const s of OUTCOME_STATUSES) a.outcomes[f].counts[s] += b.outcomes[f].counts[s];
    a.outcomes[f].benefitSum += b.outcomes[f].benefitSum;
    a.outcomes[f].benefitN += b.outcomes[f].benefitN;
  }
  for (const r of ['citizen', 'caseworker'] as const) {
    a.satisfaction[r].responses += b.satisfaction[r].responses;
    a.satisfaction[r].sum += b.satisfaction[r].sum;
    a.satisfaction[r].answers += b.satisfaction[r].answers;
  }
  return a;
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export function outcomeDistributions(cell: EffectCell): OutcomeDistribution[] {
  return FOLLOW_UPS.map((followUp) => {
    const o = cell.outcomes[followUp];
    const recorded = OUTCOME_STATUSES.reduce((n, s) => n + o.counts[s], 0);
    return {
      followUp,
      recorded,
      counts: { ...o.counts },
      jobOrEducationShare: recorded ? round((o.counts.job + o.counts.education) / recorded) : null,
      averageBenefitChangeDkk: o.benefitN ? Math.round(o.benefitSum / o.benefitN) : null,
    };
  });
}

/** Average on the 1–5 scale; null below `minimum` answers (the supplier's view keeps answers anonymous). */
export function satisfactionAverage(s: EffectCell['satisfaction']['citizen'], minimum = SURVEY_ANONYMITY_MINIMUM): number | null {
  return s.responses >= minimum && s.answers ? round(s.sum / s.answers, 2) : null;
}

export function rates(cell: EffectCell) {
  return qualityScore(cell.quality);
}

/** The cells of a filter: four grouped statements, merged by supplier and target group. */
export async function effectCells(manager: EntityManager, f: EffectFilter): Promise<Map<string, EffectCell>> {
  const cells = new Map<string, EffectCell>();
  const cell = (supplierId: string, targetGroup: string) => {
    const key = `${supplierId}|${targetGroup}`;
    if (!cells.has(key)) cells.set(key, emptyCell(supplierId, targetGroup));
    return cells.get(key)!;
  };
  const params: unknown[] = [f.from, f.to];
  const where: string[] = [];
  if (f.municipalityCode) where.push(`a.municipality_code = $${params.push(f.municipalityCode)}`);
  if (f.supplierId) where.push(`a.supplier_id = $${params.push(f.supplierId)}`);
  if (f.agreementId) where.push(`a.agreement_id = $${params.push(f.agreementId)}`);
  const tg = f.targetGroup ? `$${params.push(f.targetGroup)}` : null;
  const and = (extra: string[]) => [...where, ...extra].map((w) => ` AND ${w}`).join('');

  const courses = await manager.query<{ supplier_id: string; target_group: string; courses: string; active: string; ended: string; granted: string }[]>(
    `SELECT a.supplier_id, c.target_group,
       count(*) FILTER (WHERE a.previous_assignment_id IS NULL) AS courses,
       count(*) FILTER (WHERE a.status = 'active') AS active,
       count(*) FILTER (WHERE a.status = 'ended' AND NOT EXISTS (SELECT 1 FROM assignment n WHERE n.previous_assignment_id = a.id)) AS ended,
       coalesce(sum(a.hours_per_week * q.weeks), 0) AS granted
     FROM assignment a JOIN citizen_case c ON c.id = a.case_id JOIN mentor_request q ON q.id = a.request_id
     WHERE a.start_date <= $2::date AND a.end_date >= $1::date${and(tg ? [`c.target_group = ${tg}`] : [])}
     GROUP BY a.supplier_id, c.target_group`,
    params,
  );
  for (const r of courses) Object.assign(cell(r.supplier_id, r.target_group), { courses: Number(r.courses), activeCourses: Number(r.active), endedCourses: Number(r.ended), hoursGranted: Number(r.granted) });

  const q = qualityCountsSql({ asOf: f.to, from: f.from, supplierId: f.supplierId, municipalityCode: f.municipalityCode, agreementId: f.agreementId, targetGroup: f.targetGroup }, 'supplier-target-group');
  for (const r of await manager.query<CountRow[]>(q.sql, q.params)) {
    const c = cell(r.supplier_id, r.target_group!);
    c.quality = toCounts(r);
    c.hoursUsed = Number(r.hours_used);
  }

  const outcomes = await manager.query<{ supplier_id: string; target_group: string; follow_up: FollowUp; status: OutcomeStatus; n: string; benefit_sum: string | null; benefit_n: string }[]>(
    `SELECT o.supplier_id, o.target_group, o.follow_up, o.status, count(*) AS n, sum(o.benefit_change_dkk) AS benefit_sum, count(o.benefit_change_dkk) AS benefit_n
     FROM course_outcome o JOIN assignment a ON a.id = o.assignment_id
     WHERE o.recorded_at IS NOT NULL AND (o.recorded_at AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN $1::date AND $2::date${and(tg ? [`o.target_group = ${tg}`] : [])}
     GROUP BY 1, 2, 3, 4`,
    params,
  );
  for (const r of outcomes) {
    const o = cell(r.supplier_id, r.target_group).outcomes[r.follow_up];
    o.counts[r.status] += Number(r.n);
    o.benefitSum += Number(r.benefit_sum ?? 0);
    o.benefitN += Number(r.benefit_n);
  }

  const surveys = await manager.query<{ supplier_id: string; target_group: string; respondent: 'citizen' | 'caseworker'; responses: string; sum: string; answers: string }[]>(
    `SELECT s.supplier_id, s.target_group, s.respondent, count(DISTINCT s.id) AS responses, sum(e.value::numeric) AS sum, count(*) AS answers
     FROM survey s JOIN assignment a ON a.id = s.assignment_id CROSS JOIN LATERAL jsonb_each_text(s.answers) e
     WHERE s.answered_at IS NOT NULL AND (s.answered_at AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN $1::date AND $2::date${and(tg ? [`s.target_group = ${tg}`] : [])}
     GROUP BY 1, 2, 3`,
    params,
  );
  for (const r of surveys) cell(r.supplier_id, r.target_group).satisfaction[r.respondent] = { responses: Number(r.responses), sum: Number(r.sum), answers: Number(r.answers) };
  return cells;
}

/** Hours granted and used against each agreement's ceiling. */
export async function agreementUsage(manager: EntityManager, f: { municipalityCode?: string; supplierId?: string; agreementId?: string }) {
  const params: unknown[] = [];
  const where = ['1 = 1'];
  if (f.municipalityCode) where.push(`fa.municipality_code = $${params.push(f.municipalityCode)}`);
  if (f.supplierId) where.push(`fa.supplier_id = $${params.push(f.supplierId)}`);
  if (f.agreementId) where.push(`fa.id = $${params.push(f.agreementId)}`);
  const rows = await manager.query<{ id: string; tender_title: string; lot_title: string; municipality_code: string; municipality_name: string; supplier_id: string; supplier_name: string; hour_ceiling: string | null; hours_used: string; granted: string }[]>(
    `SELECT fa.id, t.title AS tender_title, l.title AS lot_title, fa.municipality_code, mu.name AS municipality_name, s.id AS supplier_id, s.name AS supplier_name, fa.hour_ceiling, fa.hours_used,
       coalesce((SELECT sum(a.hours_per_week * q.weeks) FROM assignment a JOIN mentor_request q ON q.id = a.request_id WHERE a.agreement_id = fa.id), 0) AS granted
     FROM framework_agreement fa JOIN tender t ON t.id = fa.tender_id JOIN tender_lot l ON l.id = fa.lot_id
       JOIN municipality mu ON mu.code = fa.municipality_code JOIN supplier s ON s.id = fa.supplier_id
     WHERE fa.status IN ('in_force', 'expired') AND ${where.join(' AND ')}
     ORDER BY mu.name, t.title, l.number, fa.rank`,
    params,
  );
  return rows.map((r) => ({
    agreementId: r.id,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    tenderTitle: r.tender_title,
    lotTitle: r.lot_title,
    municipalityCode: r.municipality_code,
    municipalityName: r.municipality_name,
    hourCeiling: r.hour_ceiling === null ? null : Number(r.hour_ceiling),
    hoursGranted: Number(r.granted),
    hoursUsed: Number(r.hours_used),
  }));
}
