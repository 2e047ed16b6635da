import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { copenhagenDate } from '../tenders/utils/danish-holidays.util';
import { outcomeScore, QualityCounts, qualityScore } from './utils/quality-score.util';

/** Which reports a count covers; every field narrows it. */
export interface ReportFilter {
  /** Reports due in (asOf − 12 months, asOf]; submissions after asOf do not count yet. */
  asOf: string;
  /** Instead of the 12 months before asOf: reports due on or after this date. */
  from?: string;
  supplierId?: string;
  mentorId?: string;
  municipalityCode?: string;
  agreementId?: string;
  targetGroup?: string;
}

export interface CountRow {
  mentor_id: string | null;
  supplier_id: string;
  target_group?: string;
  hours_used: string;
  due: string;
  on_time: string;
  submitted: string;
  completeness_sum: string | null;
  reviewed: string;
  first_time: string;
}

/** The quality counts of the reports a filter selects, grouped as asked. One statement. */
export function qualityCountsSql(filter: ReportFilter, groupBy: 'subjects' | 'supplier-target-group' | 'none'): { sql: string; params: unknown[] } {
  const params: unknown[] = [filter.asOf];
  // Submitted as of the end of asOf (Copenhagen). A report counts once its due date has passed, or
  // as soon as it is submitted (an early report is on time and its completeness is known).
  const submittedOn = `(r.first_submitted_at AT TIME ZONE 'Europe/Copenhagen')::date`;
  const where = [filter.from ? `r.due_on >= $${params.push(filter.from)}::date` : `r.due_on > ($1::date - interval '12 months')`, `(r.due_on <= $1::date OR ${submittedOn} <= $1::date)`];
  if (filter.supplierId) where.push(`r.supplier_id = $${params.push(filter.supplierId)}`);
  if (filter.mentorId) where.push(`r.mentor_id = $${params.push(filter.mentorId)}`);
  if (filter.municipalityCode) where.push(`r.municipality_code = $${params.push(filter.municipalityCode)}`);
  if (filter.agreementId) where.push(`a.agreement_id = $${params.push(filter.agreementId)}`);
  if (filter.targetGroup) where.push(`c.target_group = $${params.push(filter.targetGroup)}`);
  const joins = filter.agreementId || filter.targetGroup || groupBy === 'supplier-target-group' ? 'JOIN assignment a ON a.id = r.assignment_id JOIN citizen_case c ON c.id = r.case_id' : '';
  const select = { subjects: 'r.mentor_id, r.supplier_id, GROUPING(r.mentor_id) AS g', 'supplier-target-group': 'r.supplier_id, c.target_group', none: 'NULL::uuid AS supplier_id' }[groupBy];
  const group = { subjects: 'GROUP BY GROUPING SETS ((r.supplier_id, r.mentor_id), (r.supplier_id))', 'supplier-target-group': 'GROUP BY r.supplier_id, c.target_group', none: '' }[groupBy];
  const sql = `
    SELECT ${select},
      count(*) FILTER (WHERE ${submittedOn} <= $1::date OR r.due_on < $1::date) AS due,
      count(*) FILTER (WHERE ${submittedOn} <= r.due_on) AS on_time,
      count(*) FILTER (WHERE ${submittedOn} <= $1::date) AS submitted,
      sum(r.completeness) FILTER (WHERE ${submittedOn} <= $1::date) AS completeness_sum,
      count(*) FILTER (WHERE ${submittedOn} <= $1::date AND (r.status = 'accepted' OR r.returns > 0)) AS reviewed,
      count(*) FILTER (WHERE ${submittedOn} <= $1::date AND r.status = 'accepted' AND r.returns = 0) AS first_time,
      coalesce(sum(r.hours_used) FILTER (WHERE r.status IN ('submitted', 'accepted', 'returned')), 0) AS hours_used
    FROM report r ${joins}
    WHERE ${where.join(' AND ')}
    ${group}`;
  return { sql, params };
}

export function toCounts(row: Partial<CountRow> | undefined): QualityCounts {
  return {
    due: Number(row?.due ?? 0),
    onTime: Number(row?.on_time ?? 0),
    submitted: Number(row?.submitted ?? 0),
    completenessSum: Number(row?.completeness_sum ?? 0),
    reviewed: Number(row?.reviewed ?? 0),
    firstTimeAccepted: Number(row?.first_time ?? 0),
  };
}

/**
 * Computes reporting quality (per mentor and per supplier, platform-wide, rolling 12 months) and
 * outcome scores (per supplier and target group), stores them, and copies each mentor's score
 * onto the mentor row for the matching query. Set-based: a handful of statements for everyone.
 */
@Injectable()
export class QualityService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Recomputes quality as of `asOf` (default today) and stores it under 'current' and, with
   * `snapshotMonth`, under that month too (the scorecard's history). `supplierId` limits the work
   * to one supplier and its mentors (after a submission or a review).
   */
  async recomputeQuality(manager: EntityManager = this.dataSource.manager, options: { supplierId?: string; asOf?: string; snapshotMonth?: string; current?: boolean } = {}): Promise<{ subjects: number }> {
    const asOf = options.asOf ?? copenhagenDate(new Date());
    const { sql, params } = qualityCountsSql({ asOf, supplierId: options.supplierId }, 'subjects');
    const rows = await manager.query<(CountRow & { g: number })[]>(sql, params);
    const months = [...(options.current === false ? [] : ['current']), ...(options.snapshotMonth ? [options.snapshotMonth] : [])];
    const kinds: string[] = [];
    const ids: string[] = [];
    const figures: (number | null)[][] = [[], [], [], []];
    const counts: number[][] = [[], [], []];
    const standings: string[] = [];
    for (const row of rows) {
      const c = toCounts(row);
      const q = qualityScore(c);
      kinds.push(Number(row.g) === 1 ? 'supplier' : 'mentor');
      ids.push(Number(row.g) === 1 ? row.supplier_id : row.mentor_id!);
      [q.onTimeRate, q.completeness, q.acceptanceRate, q.qualityScore].forEach((v, i) => figures[i].push(v));
      [c.due, c.submitted, c.reviewed].forEach((v, i) => counts[i].push(v));
      standings.push(q.standing);
    }
    const scope = options.supplierId ? `AND (subject_id = $2 OR subject_id IN (SELECT id FROM mentor WHERE supplier_id = $2))` : '';
    for (const month of months) {
      await manager.query(`DELETE FROM quality_score WHERE month = $1 ${scope}`, options.supplierId ? [month, options.supplierId] : [month]);
      if (!rows.length) continue;
      await manager.query(
        `INSERT INTO quality_score (subject_kind, subject_id, month, reports_due, reports_submitted, reports_reviewed, on_time_rate, completeness, acceptance_rate, quality_score, standing, computed_at)
         SELECT k, id, $1, due, submitted, reviewed, on_time, completeness, acceptance, score, standing, now()
         FROM unnest($2::varchar[], $3::uuid[], $4::int[], $5::int[], $6::int[], $7::numeric[], $8::numeric[], $9::numeric[], $10::numeric[], $11::varchar[])
           AS u(k, id, due, submitted, reviewed, on_time, completeness, acceptance, score, standing)`,
        [month, kinds, ids, counts[0], counts[1], counts[2], figures[0], figures[1], figures[2], figures[3], standings],
      );
    }
    if (months.includes('current')) {
      await manager.query(
        `UPDATE mentor m SET reporting_quality = q.score
         FROM (SELECT m2.id, qs.quality_score AS score FROM mentor m2
               LEFT JOIN quality_score qs ON qs.subject_kind = 'mentor' AND qs.subject_id = m2.id AND qs.month = 'current'
               ${options.supplierId ? 'WHERE m2.supplier_id = $1' : ''}) q
         WHERE q.id = m.id AND m.reporting_quality IS DISTINCT FROM q.score`,
        options.supplierId ? [options.supplierId] : [],
      );
    }
    return { subjects: rows.length };
  }

  /** Recomputes the matching's outcome input from the latest recorded outcome of each finished course. */
  async recomputeOutcomes(manager: EntityManager = this.dataSource.manager, options: { supplierId?: string } = {}): Promise<{ rows: number }> {
    const params = options.supplierId ? [options.supplierId] : [];
    const rows = await manager.query<{ supplier_id: string; target_group: string; courses: string; job_or_education: string }[]>(
      `WITH latest AS (
         SELECT DISTINCT ON (assignment_id) supplier_id, target_group, status FROM course_outcome
         WHERE recorded_at IS NOT NULL ${options.supplierId ? 'AND supplier_id = $1' : ''}
         ORDER BY assignment_id, array_position(ARRAY['end', '3m', '6m', '12m', '24m']::varchar[], follow_up) DESC
       )
       SELECT supplier_id, target_group, count(*) AS courses, count(*) FILTER (WHERE status IN ('job', 'education')) AS job_or_education
       FROM latest GROUP BY supplier_id, target_group`,
      params,
    );
    await manager.query(`DELETE FROM outcome_score ${options.supplierId ? 'WHERE supplier_id = $1' : ''}`, params);
    if (rows.length) {
      await manager.query(
        `INSERT INTO outcome_score (supplier_id, target_group, courses, job_or_education, score, computed_at)
         SELECT * , now() FROM unnest($1::uuid[], $2::varchar[], $3::int[], $4::int[], $5::numeric[])`,
        [rows.map((r) => r.supplier_id), rows.map((r) => r.target_group), rows.map((r) => Number(r.courses)), rows.map((r) => Number(r.job_or_education)), rows.map((r) => outcomeScore(Number(r.job_or_education), Number(r.courses)))],
      );
    }
    return { rows: rows.length };
  }

  /** The nightly run: everyone's quality (current and this month's history point) and outcomes. */
  async recomputeAll(asOf = copenhagenDate(new Date())): Promise<{ subjects: number; outcomeRows: number }> {
    return this.dataSource.transaction(async (manager) => {
      const { subjects } = await this.recomputeQuality(manager, { asOf, snapshotMonth: asOf.slice(0, 7) });
      const { rows } = await this.recomputeOutcomes(manager);
      return { subjects, outcomeRows: rows };
    });
  }
}
