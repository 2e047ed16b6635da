import { Injectable, OnApplicationBootstrap } from '@nestjs/common';

import { JobName, JobPayloads } from '../../../core/queue/job-catalogue';
import { JobHandler } from '../../../core/queue/job-handler.decorator';
import { JobContext } from '../../../core/queue/queue-driver';
import { QueueService } from '../../../core/queue/queue.service';
import { copenhagenDate } from '../../tenders/utils/danish-holidays.util';
import { QualityService } from '../quality.service';
import { ReportNoticesService } from '../report-notices.service';
import { ReportScheduleService } from '../report-schedule.service';

/** Daily (and at start): every running course has this month's report, whatever created the course. */
@Injectable()
@JobHandler(JobName.OpenReportMonth)
export class OpenReportMonthJob implements OnApplicationBootstrap {
  constructor(
    private readonly schedule: ReportScheduleService,
    private readonly queue: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(JobName.OpenReportMonth, {}, { key: 'reports-open-month', every: 24 * 3_600_000 });
  }

  async handle({ month }: JobPayloads[JobName.OpenReportMonth], ctx: JobContext): Promise<void> {
    await this.schedule.openMonth(month ?? copenhagenDate(new Date()).slice(0, 7));
    await ctx.reportProgress(100);
  }
}

/** Hourly (and at start): finds the reminders and escalations due and enqueues them in batches. */
@Injectable()
@JobHandler(JobName.ReportNoticeSweep)
export class ReportNoticeSweepJob implements OnApplicationBootstrap {
  constructor(
    private readonly notices: ReportNoticesService,
    private readonly queue: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(JobName.ReportNoticeSweep, {}, { key: 'reports-notice-sweep', every: 3_600_000 });
  }

  async handle({ today }: JobPayloads[JobName.ReportNoticeSweep]): Promise<void> {
    await this.notices.sweep(today ?? copenhagenDate(new Date()));
  }
}

@Injectable()
@JobHandler(JobName.SendReportNotices)
export class SendReportNoticesJob {
  constructor(private readonly notices: ReportNoticesService) {}

  async handle({ kind, reportIds }: JobPayloads[JobName.SendReportNotices]): Promise<void> {
    await this.notices.send(kind, reportIds);
  }
}

/** Nightly at 01:15 UTC: reporting quality, outcome scores and the month's history point. */
@Injectable()
@JobHandler(JobName.RecomputeScores)
export class RecomputeScoresJob implements OnApplicationBootstrap {
  constructor(
    private readonly quality: QualityService,
    private readonly queue: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(JobName.RecomputeScores, {}, { key: 'reports-recompute-scores', pattern: '15 1 * * *' });
  }

  async handle(_payload: JobPayloads[JobName.RecomputeScores], ctx: JobContext): Promise<void> {
    await this.quality.recomputeAll();
    await ctx.reportProgress(100);
  }
}
