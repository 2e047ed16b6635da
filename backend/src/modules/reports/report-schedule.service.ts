import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import { DEFAULT_REPORT_DUE_DAY } from '@mentor/contracts';

import { CourseEvent, CourseEvents } from '../cases/course-events';
import { AssignmentEntity } from '../cases/entities/assignment.entity';
import { MunicipalitySettingsEntity } from '../cases/entities/municipality-settings.entity';
import { ReportEntity } from './entities/report.entity';
import { FollowUpsService } from './follow-ups.service';
import { SurveysService } from './surveys.service';
import { lastDayOf, nextMonth, reportSchedule } from './utils/report-schedule.util';

/** Reports nobody has submitted yet may move or go; anything submitted is kept as it is. */
const UNSUBMITTED = new Set(['due', 'draft']);

/**
 * Keeps each course period's reports in step with its dates: created when the course starts,
 * recomputed when it is extended or ended, never losing a submitted report. A course that ends
 * for real also gets its follow-ups and satisfaction surveys.
 */
@Injectable()
export class ReportScheduleService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly courseEvents: CourseEvents,
    private readonly followUps: FollowUpsService,
    private readonly surveys: SurveysService,
  ) {}

  onModuleInit(): void {
    this.courseEvents.subscribe((manager, event) => this.onCourseEvent(manager, event));
  }

  async onCourseEvent(manager: EntityManager, event: CourseEvent): Promise<void> {
    if (event.kind === 'extended') await this.sync(manager, event.previousAssignmentId);
    await this.sync(manager, event.assignmentId);
    if (event.kind === 'ended') {
      const a = await manager.findOneByOrFail(AssignmentEntity, { id: event.assignmentId });
      await this.followUps.open(manager, a);
      await this.surveys.open(manager, a);
    }
  }

  /** Brings one course period's reports in line with its schedule; returns the reports it now has. */
  async sync(manager: EntityManager, assignmentId: string): Promise<ReportEntity[]> {
    const a = await manager.findOneByOrFail(AssignmentEntity, { id: assignmentId });
    const final = !(await manager.existsBy(AssignmentEntity, { previousAssignmentId: a.id }));
    const earlier = await this.earlierPeriods(manager, a);
    const covered = earlier.length
      ? new Set((await manager.find(ReportEntity, { where: { assignmentId: In(earlier), kind: 'monthly' }, select: { period: true } })).map((r) => r.period))
      : undefined;
    const settings = await manager.findOneBy(MunicipalitySettingsEntity, { municipalityCode: a.municipalityCode });
    const expected = reportSchedule(a, { dueDay: settings?.reportDueDay ?? DEFAULT_REPORT_DUE_DAY, coveredMonths: covered, final });
    const existing = await manager.find(ReportEntity, { where: { assignmentId: a.id } });
    const key = (r: { kind: string; period: string }) => `${r.kind}:${r.period}`;
    const byKey = new Map(existing.map((r) => [key(r), r]));
    const wanted = new Set(expected.map(key));
    const gone = existing.filter((r) => !wanted.has(key(r)) && UNSUBMITTED.has(r.status));
    if (gone.length) await manager.delete(ReportEntity, { id: In(gone.map((r) => r.id)) });
    const fresh: Partial<ReportEntity>[] = [];
    for (const s of expected) {
      const current = byKey.get(key(s));
      if (!current) {
        fresh.push({ ...s, assignmentId: a.id, caseId: a.caseId, mentorId: a.mentorId, supplierId: a.supplierId, municipalityCode: a.municipalityCode, status: 'due' });
      } else if (UNSUBMITTED.has(current.status) && (current.periodStart !== s.periodStart || current.periodEnd !== s.periodEnd || current.dueOn !== s.dueOn)) {
        await manager.update(ReportEntity, { id: current.id }, { periodStart: s.periodStart, periodEnd: s.periodEnd, dueOn: s.dueOn });
      }
    }
    if (fresh.length) await manager.insert(ReportEntity, fresh);
    return manager.find(ReportEntity, { where: { assignmentId: a.id }, order: { dueOn: 'ASC', kind: 'ASC' } });
  }

  /**
   * The safety net and the bulk path: every running course touching `month` gets that month's
   * report, in one statement (courses started by import or before a schedule existed included).
   * Idempotent; returns how many reports it created.
   */
  async openMonth(month: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const first = `${month}-01`;
    const last = lastDayOf(month);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO report (assignment_id, case_id, mentor_id, supplier_id, municipality_code, kind, period, period_start, period_end, due_on, status)
       SELECT a.id, a.case_id, a.mentor_id, a.supplier_id, a.municipality_code, 'monthly', $1::varchar, greatest(a.start_date, $2::date), least(a.end_date, $3::date),
         $4::date + (coalesce(s.report_due_day, $5) - 1), 'due'
       FROM assignment a LEFT JOIN municipality_settings s ON s.municipality_code = a.municipality_code
       WHERE a.status = 'active' AND a.start_date <= $3::date AND a.end_date >= $2::date
         AND NOT EXISTS (SELECT 1 FROM report p WHERE p.assignment_id = a.previous_assignment_id AND p.kind = 'monthly' AND p.period = $1::varchar)
       ON CONFLICT (assignment_id, kind, period) DO NOTHING
       RETURNING id`,
      [month, first, last, `${nextMonth(month)}-01`, DEFAULT_REPORT_DUE_DAY],
    );
    return rows.length;
  }

  /** The periods before this one in the same course, newest first. */
  private async earlierPeriods(manager: EntityManager, a: AssignmentEntity): Promise<string[]> {
    const ids: string[] = [];
    let previous = a.previousAssignmentId;
    while (previous && !ids.includes(previous)) {
      ids.push(previous);
      previous = (await manager.findOne(AssignmentEntity, { where: { id: previous }, select: { id: true, previousAssignmentId: true } }))?.previousAssignmentId ?? null;
    }
    return ids;
  }
}
