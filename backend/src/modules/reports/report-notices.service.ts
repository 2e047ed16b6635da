import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import { DEFAULT_REPORT_REMINDER_DAYS } from '@mentor/contracts';

import { AppConfig } from '../../core/config/app-config';
import { MailService } from '../../core/mail/mail.service';
import { ReportNoticeContext } from '../../core/mail/mail-templates';
import { JobName } from '../../core/queue/job-catalogue';
import { QueueService } from '../../core/queue/queue.service';
import { CitizenCaseEntity } from '../cases/entities/citizen-case.entity';
import { MentorEntity } from '../suppliers/entities/mentor.entity';
import { SupplierEntity } from '../suppliers/entities/supplier.entity';
import { UserEntity } from '../users/entities/user.entity';
import { ReportNoticeKind } from './entities/report-notice.entity';
import { ReportEntity } from './entities/report.entity';
import { daDate, periodLabel, reportLabel } from './reports.service';

/** Days after the due date for the overdue notice and for the escalation to the caseworker. */
export const OVERDUE_AFTER_DAYS = 1;
export const ESCALATE_AFTER_DAYS = 7;
/** Report ids per `reports.send-notices` job. */
export const NOTICE_BATCH = 250;

const TEMPLATE = { reminder: 'report-reminder', overdue: 'report-overdue', escalation: 'report-escalation' } as const;

/** Which reports are due for a notice of each kind on `today` (not yet submitted, no such notice yet). */
const CANDIDATES: Record<ReportNoticeKind, string> = {
  reminder: `r.due_on >= $1::date AND r.due_on - coalesce(s.report_reminder_days_before, ${DEFAULT_REPORT_REMINDER_DAYS}) <= $1::date`,
  overdue: `r.due_on + ${OVERDUE_AFTER_DAYS} <= $1::date`,
  escalation: `r.due_on + ${ESCALATE_AFTER_DAYS} <= $1::date`,
};

/**
 * Reminders before a report's due date and escalations after it. A sweep finds what is due and
 * enqueues batches; each batch records its notices and queues their mails in one transaction.
 * The notice's unique key (report, kind) makes a notice happen once however often a batch runs
 * (a retry, a worker killed mid-batch, two sweeps), and the mail outbox makes its mails go out.
 */
@Injectable()
export class ReportNoticesService {
  private readonly logger = new Logger(ReportNoticesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {}

  /** Enqueues every notice due on `today` in batches; returns how many reports were enqueued. */
  async sweep(today: string): Promise<number> {
    const run = `${today}-${Date.now().toString(36)}`;
    let enqueued = 0;
    for (const kind of ['reminder', 'overdue', 'escalation'] as const) {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT r.id FROM report r LEFT JOIN municipality_settings s ON s.municipality_code = r.municipality_code
         WHERE r.status IN ('due', 'draft') AND ${CANDIDATES[kind]}
           AND NOT EXISTS (SELECT 1 FROM report_notice n WHERE n.report_id = r.id AND n.kind = $2)
         ORDER BY r.due_on, r.id`,
        [today, kind],
      );
      for (let i = 0; i < rows.length; i += NOTICE_BATCH) {
        const reportIds = rows.slice(i, i + NOTICE_BATCH).map((r) => r.id);
        await this.queue.enqueue(JobName.SendReportNotices, { kind, reportIds }, { jobId: `report-notices.${kind}.${run}.${i / NOTICE_BATCH}` });
      }
      enqueued += rows.length;
    }
    if (enqueued) this.logger.log(`Report notices for ${today}: ${enqueued} enqueued in batches of ${NOTICE_BATCH}.`);
    return enqueued;
  }

  /** Records the notices of one batch and queues their mails, in one transaction. Returns how many were new. */
  async send(kind: ReportNoticeKind, reportIds: string[]): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: { report_id: string }[] = await manager.query(
        `INSERT INTO report_notice (report_id, kind, recipients)
         SELECT r.id, $2, 0 FROM report r WHERE r.id = ANY($1::uuid[]) AND r.status IN ('due', 'draft')
         ON CONFLICT (report_id, kind) DO NOTHING
         RETURNING report_id`,
        [reportIds, kind],
      );
      if (!inserted.length) return 0;
      const reports = await manager.find(ReportEntity, { where: { id: In(inserted.map((r) => r.report_id)) } });
      const recipients = await this.recipients(manager, reports, kind);
      const today = new Date().toISOString().slice(0, 10);
      const counts = new Map<string, number>();
      const mails: { to: string; template: (typeof TEMPLATE)[ReportNoticeKind]; context: ReportNoticeContext }[] = [];
      for (const r of reports) {
        const ctx = recipients.context(r, today);
        const to = recipients.of(r);
        for (const user of to) {
          mails.push({ to: user.email, template: TEMPLATE[kind], context: { ...ctx, name: user.name, link: user.role === 'caseworker' ? `${this.config.publicUrl}/cases/reports/${r.id}` : `${this.config.publicUrl}/mentor/reports/${r.id}` } });
        }
        counts.set(r.id, to.length);
      }
      await this.mail.queueMails(manager, mails);
      await manager.query(
        `UPDATE report_notice n SET recipients = u.n FROM unnest($1::uuid[], $2::int[]) AS u(id, n) WHERE n.report_id = u.id AND n.kind = $3`,
        [[...counts.keys()], [...counts.values()], kind],
      );
      return inserted.length;
    });
  }

  /** Who hears of a report: the mentor; after the due date also the supplier's admins; after a week the caseworker. */
  private async recipients(manager: EntityManager, reports: ReportEntity[], kind: ReportNoticeKind) {
    const ids = (f: (r: ReportEntity) => string) => [...new Set(reports.map(f))];
    const mentors = await manager.find(MentorEntity, { where: { id: In(ids((r) => r.mentorId)) }, select: { id: true, name: true } });
    const suppliers = await manager.find(SupplierEntity, { where: { id: In(ids((r) => r.supplierId)) }, select: { id: true, name: true } });
    const cases = await manager.find(CitizenCaseEntity, { where: { id: In(ids((r) => r.caseId)) }, select: { id: true, reference: true, caseworkerId: true } });
    const users = await manager.find(UserEntity, {
      where: [
        { mentorId: In(ids((r) => r.mentorId)), active: true },
        { supplierId: In(ids((r) => r.supplierId)), role: 'supplier_admin', active: true },
        ...(kind === 'escalation' ? [{ id: In(cases.map((c) => c.caseworkerId)), active: true }] : []),
      ],
      select: { id: true, name: true, email: true, role: true, mentorId: true, supplierId: true },
    });
    const admins = (supplierId: string) => users.filter((u) => u.role === 'supplier_admin' && u.supplierId === supplierId);
    return {
      of: (r: ReportEntity): UserEntity[] => {
        const mentor = users.filter((u) => u.mentorId === r.mentorId);
        // A mentor without a login of their own is reached through the supplier's admins.
        const base = kind === 'reminder' ? (mentor.length ? mentor : admins(r.supplierId)) : [...mentor, ...admins(r.supplierId)];
        const caseworker = kind === 'escalation' ? users.filter((u) => u.id === cases.find((c) => c.id === r.caseId)?.caseworkerId) : [];
        return [...new Map([...base, ...caseworker].map((u) => [u.id, u])).values()];
      },
      context: (r: ReportEntity, today: string): Omit<ReportNoticeContext, 'name' | 'link'> => ({
        mentorName: mentors.find((m) => m.id === r.mentorId)?.name ?? '',
        supplierName: suppliers.find((s) => s.id === r.supplierId)?.name ?? '',
        caseReference: cases.find((c) => c.id === r.caseId)?.reference ?? '',
        reportLabel: reportLabel(r.kind),
        periodLabel: periodLabel(r.period),
        dueOn: daDate(r.dueOn),
        daysOverdue: Math.max(0, Math.round((Date.parse(today) - Date.parse(r.dueOn)) / 86_400_000)),
      }),
    };
  }
}
