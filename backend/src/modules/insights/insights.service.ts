import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { EffectRow, EffectsQuery, EffectsReport, FOLLOW_UPS, Scorecard, TargetGroup } from '@mentor/contracts';

import { RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { QualityScoreEntity } from '../reports/entities/quality-score.entity';
import { SupplierEntity } from '../suppliers/entities/supplier.entity';
import { addMonths } from '../reports/follow-ups.service';
import { copenhagenDate } from '../tenders/utils/danish-holidays.util';
import { addCell, agreementUsage, EffectCell, effectCells, emptyCell, outcomeDistributions, rates, satisfactionAverage } from './effects.queries';

type Totals = Omit<EffectRow, 'supplierId' | 'supplierName' | 'targetGroup'>;

/**
 * What mentor support achieved: the municipality's effect figures per supplier and target group
 * (with CSV), and a supplier's scorecard. Computed from reports, outcomes and surveys on request,
 * a few grouped statements each.
 */
@Injectable()
export class InsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
  ) {}

  async effects(query: EffectsQuery): Promise<EffectsReport> {
    const municipalityCode = RequestContext.actor()!.municipalityCode!;
    const filters = { ...query, ...this.period(query) };
    const cells = await effectCells(this.dataSource.manager, { ...filters, municipalityCode });
    const suppliers = await this.supplierNames([...cells.values()].map((c) => c.supplierId));
    const rows = [...cells.values()]
      .map((c) => ({ supplierId: c.supplierId, supplierName: suppliers.get(c.supplierId) ?? '', targetGroup: c.targetGroup as TargetGroup, ...this.totals(c) }))
      .sort((a, b) => a.supplierName.localeCompare(b.supplierName, 'da') || a.targetGroup.localeCompare(b.targetGroup));
    const byGroup = new Map<string, EffectCell>();
    for (const c of cells.values()) addCell(byGroup.get(c.targetGroup) ?? byGroup.set(c.targetGroup, emptyCell('', c.targetGroup)).get(c.targetGroup)!, c);
    const total = [...cells.values()].reduce((acc, c) => addCell(acc, c), emptyCell('', ''));
    return {
      municipalityCode,
      filters,
      rows,
      totals: this.totals(total),
      byTargetGroup: [...byGroup.values()].map((c) => ({ targetGroup: c.targetGroup as TargetGroup, ...this.totals(c) })).sort((a, b) => a.targetGroup.localeCompare(b.targetGroup)),
      ceilings: await agreementUsage(this.dataSource.manager, { municipalityCode, supplierId: query.supplierId, agreementId: query.agreementId }),
    };
  }

  /** The effect rows as CSV (semicolon-separated, decimal comma: what Danish spreadsheets open). */
  async effectsCsv(query: EffectsQuery): Promise<string> {
    const report = await this.effects(query);
    const header = ['leverandør', 'målgruppe', 'forløb', 'igangværende', 'timer bevilget', 'timer brugt', 'rettidighed', 'godkendt første gang', ...FOLLOW_UPS.flatMap((f) => [`${f} registreret`, `${f} job/uddannelse`]), 'borgertilfredshed', 'sagsbehandlertilfredshed'];
    const num = (x: number | null) => (x === null ? '' : String(x).replace('.', ','));
    const text = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const lines = report.rows.map((r) =>
      [
        text(r.supplierName),
        r.targetGroup,
        r.courses,
        r.activeCourses,
        num(r.hoursGranted),
        num(r.hoursUsed),
        num(r.onTimeRate),
        num(r.acceptanceRate),
        ...r.outcomes.flatMap((o) => [o.recorded, num(o.jobOrEducationShare)]),
        num(r.citizenSatisfaction),
        num(r.caseworkerSatisfaction),
      ].join(';'),
    );
    return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
  }

  async scorecard(supplierId: string, query: EffectsQuery): Promise<Scorecard> {
    const actor = RequestContext.actor()!;
    // Supplier users see their own scorecard; municipal users any supplier's.
    if (actor.supplierId && actor.supplierId !== supplierId) throw this.tenant.notFound('Supplier', supplierId);
    const supplier = await this.dataSource.manager.findOne(SupplierEntity, { where: { id: supplierId }, select: { id: true, name: true } });
    if (!supplier) throw this.tenant.notFound('Supplier', supplierId);
    const period = this.period(query);
    const cells = await effectCells(this.dataSource.manager, { ...period, supplierId, agreementId: query.agreementId, targetGroup: query.targetGroup });
    const all = [...cells.values()].reduce((acc, c) => addCell(acc, c), emptyCell(supplierId, ''));
    const q = rates(all);
    const stored = await this.dataSource.manager.find(QualityScoreEntity, { where: { subjectKind: 'supplier', subjectId: supplierId }, order: { month: 'ASC' } });
    const mentorScores = await this.dataSource.manager.query<(QualityScoreEntity & { name: string })[]>(
      `SELECT m.id, m.name, qs.reports_due, qs.on_time_rate, qs.completeness, qs.acceptance_rate, qs.quality_score, qs.standing
       FROM mentor m LEFT JOIN quality_score qs ON qs.subject_kind = 'mentor' AND qs.subject_id = m.id AND qs.month = 'current'
       WHERE m.supplier_id = $1 AND (m.active OR qs.subject_id IS NOT NULL) ORDER BY m.name`,
      [supplierId],
    );
    const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    const firstMonth = addMonths(period.to, -11).slice(0, 7);
    return {
      supplierId,
      supplierName: supplier.name,
      window: period,
      reportsDue: all.quality.due,
      ...q,
      courses: { active: all.activeCourses, ended: all.endedCourses },
      hours: { granted: all.hoursGranted, used: all.hoursUsed },
      agreements: await agreementUsage(this.dataSource.manager, { supplierId, agreementId: query.agreementId }),
      outcomes: outcomeDistributions(all),
      satisfaction: (['citizen', 'caseworker'] as const).map((respondent) => ({ respondent, responses: all.satisfaction[respondent].responses, average: satisfactionAverage(all.satisfaction[respondent]) })),
      history: stored
        .filter((s) => s.month !== 'current' && s.month >= firstMonth && s.month <= period.to.slice(0, 7))
        .map((s) => ({ month: s.month, onTimeRate: s.onTimeRate, completeness: s.completeness, acceptanceRate: s.acceptanceRate, qualityScore: s.qualityScore })),
      mentors: mentorScores.map((m) => {
        const r = m as unknown as Record<string, unknown>;
        return { mentorId: String(r['id']), mentorName: String(r['name']), reportsDue: Number(r['reports_due'] ?? 0), onTimeRate: n(r['on_time_rate']), completeness: n(r['completeness']), acceptanceRate: n(r['acceptance_rate']), qualityScore: n(r['quality_score']), standing: (r['standing'] as Scorecard['standing']) ?? 'new' };
      }),
      computedAt: stored.find((s) => s.month === 'current')?.computedAt.toISOString() ?? null,
    };
  }

  /** The period asked for, by default the 12 months up to today. */
  private period(query: EffectsQuery): { from: string; to: string } {
    const to = query.to ?? copenhagenDate(new Date());
    return { from: query.from ?? addMonths(to, -12), to };
  }

  private totals(c: EffectCell): Totals {
    const q = rates(c);
    return {
      courses: c.courses,
      activeCourses: c.activeCourses,
      hoursGranted: Math.round(c.hoursGranted * 100) / 100,
      hoursUsed: Math.round(c.hoursUsed * 100) / 100,
      onTimeRate: q.onTimeRate,
      acceptanceRate: q.acceptanceRate,
      outcomes: outcomeDistributions(c),
      // The municipality's own figures: shown from the first answer (anonymity applies to suppliers).
      citizenSatisfaction: satisfactionAverage(c.satisfaction.citizen, 1),
      caseworkerSatisfaction: satisfactionAverage(c.satisfaction.caseworker, 1),
    };
  }

  private async supplierNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.manager.query<{ id: string; name: string }[]>('SELECT id, name FROM supplier WHERE id = ANY($1::uuid[])', [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
