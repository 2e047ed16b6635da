import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual } from 'typeorm';

import { FOLLOW_UP_MONTHS, FOLLOW_UPS, Outcome, OutcomeInput, Page, TargetGroup } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { PageQuery } from '../../core/http/page-query';
import { AssignmentEntity } from '../cases/entities/assignment.entity';
import { CitizenCaseEntity } from '../cases/entities/citizen-case.entity';
import { SupplierEntity } from '../suppliers/entities/supplier.entity';
import { addCalendarDays, copenhagenDate } from '../tenders/utils/danish-holidays.util';
import { CourseOutcomeEntity } from './entities/course-outcome.entity';
import { QualityService } from './quality.service';
import { ReportException, ReportExceptionCode } from './reports.exception';
import { nextMonth } from './utils/report-schedule.util';

/** A follow-up can be recorded from this many days before it falls due. */
const RECORD_EARLY_DAYS = 14;

/** `months` calendar months after an ISO date (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const month = nextMonth(date.slice(0, 7), months);
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(date.slice(8, 10)), last)).padStart(2, '0')}`;
}

/**
 * Outcomes of finished courses: at the end and 3, 6, 12 and 24 months later the caseworker records
 * where the citizen stands (a task until done). The municipality's data only: suppliers see the
 * aggregate on their scorecard.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly quality: QualityService,
  ) {}

  /** Opens the five follow-ups of a course that has ended (idempotent). */
  async open(manager: EntityManager, a: AssignmentEntity): Promise<void> {
    const citizenCase = await manager.findOneOrFail(CitizenCaseEntity, { where: { id: a.caseId }, select: { id: true, targetGroup: true } });
    await manager
      .createQueryBuilder()
      .insert()
      .into(CourseOutcomeEntity)
      .values(FOLLOW_UPS.map((followUp) => ({ assignmentId: a.id, caseId: a.caseId, supplierId: a.supplierId, municipalityCode: a.municipalityCode, targetGroup: citizenCase.targetGroup, followUp, dueOn: addMonths(a.endDate, FOLLOW_UP_MONTHS[followUp]) })))
      .orIgnore()
      .execute();
  }

  async forAssignment(assignmentId: string): Promise<Outcome[]> {
    await this.tenant.repository(AssignmentEntity).get(assignmentId, {}, 'Assignment');
    const rows = await this.tenant.repository(CourseOutcomeEntity).find({ where: { assignmentId } });
    return this.toOutcomes(rows.sort((x, y) => FOLLOW_UPS.indexOf(x.followUp) - FOLLOW_UPS.indexOf(y.followUp)));
  }

  /** The caseworker's open follow-ups (not recorded, due within two weeks or overdue), or with `open: false` all of them. */
  async list(query: PageQuery & { open?: boolean }): Promise<Page<Outcome>> {
    const horizon = addCalendarDays(copenhagenDate(new Date()), RECORD_EARLY_DAYS);
    const [rows, total] = await this.tenant.repository(CourseOutcomeEntity).findAndCount({
      where: query.open === false ? {} : { recordedAt: IsNull(), dueOn: LessThanOrEqual(horizon) },
      order: query.open === false ? { dueOn: 'DESC', id: 'ASC' } : { dueOn: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return { items: await this.toOutcomes(rows), total, page: query.page, pageSize: query.pageSize };
  }

  async record(assignmentId: string, input: OutcomeInput): Promise<Outcome> {
    const row = await this.dataSource.transaction(async (manager) => {
      const a = await this.tenant.repository(AssignmentEntity, manager).get(assignmentId, {}, 'Assignment');
      const task = await manager.findOne(CourseOutcomeEntity, { where: { assignmentId: a.id, followUp: input.followUp }, lock: { mode: 'pessimistic_write' } });
      if (!task) {
        throw new ReportException(
          ReportExceptionCode.COURSE_RUNNING,
          a.status === 'active' ? 'The course is still running: outcomes are recorded from its end on.' : 'This course period was extended: record the outcome on its last period.',
        );
      }
      const today = copenhagenDate(new Date());
      if (addCalendarDays(task.dueOn, -RECORD_EARLY_DAYS) > today) {
        throw new ReportException(ReportExceptionCode.INVALID, `followUp: the ${input.followUp} follow-up falls due on ${task.dueOn}; it can be recorded from ${addCalendarDays(task.dueOn, -RECORD_EARLY_DAYS)}.`);
      }
      await manager.update(CourseOutcomeEntity, { id: task.id }, { status: input.status, benefitChangeDkk: input.benefitChangeDkk ?? null, note: input.note ?? null, recordedAt: new Date(), recordedBy: RequestContext.actor()!.userId });
      await this.audit.record(manager, { action: 'outcome.recorded', entityType: 'assignment', entityId: a.id, details: { followUp: input.followUp, status: input.status } });
      await this.quality.recomputeOutcomes(manager, { supplierId: a.supplierId });
      return manager.findOneByOrFail(CourseOutcomeEntity, { id: task.id });
    });
    return (await this.toOutcomes([row]))[0];
  }

  private async toOutcomes(rows: CourseOutcomeEntity[]): Promise<Outcome[]> {
    if (!rows.length) return [];
    const manager = this.dataSource.manager;
    const cases = await manager.find(CitizenCaseEntity, { where: { id: In([...new Set(rows.map((r) => r.caseId))]) }, select: { id: true, reference: true } });
    const suppliers = await manager.find(SupplierEntity, { where: { id: In([...new Set(rows.map((r) => r.supplierId))]) }, select: { id: true, name: true } });
    const today = copenhagenDate(new Date());
    return rows.map((r) => ({
      id: r.id,
      assignmentId: r.assignmentId,
      caseId: r.caseId,
      caseReference: cases.find((c) => c.id === r.caseId)?.reference ?? '',
      supplierName: suppliers.find((s) => s.id === r.supplierId)?.name ?? '',
      targetGroup: r.targetGroup as TargetGroup,
      followUp: r.followUp,
      dueOn: r.dueOn,
      ...(r.status ? { status: r.status } : {}),
      ...(r.benefitChangeDkk !== null ? { benefitChangeDkk: r.benefitChangeDkk } : {}),
      ...(r.note ? { note: r.note } : {}),
      ...(r.recordedAt ? { recordedAt: r.recordedAt.toISOString() } : {}),
      overdue: !r.recordedAt && r.dueOn < today,
    }));
  }
}
