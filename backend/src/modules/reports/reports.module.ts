import { Module } from '@nestjs/common';

import { CasesModule } from '../cases/cases.module';
import { FollowUpsService } from './follow-ups.service';
import { OpenReportMonthJob, RecomputeScoresJob, ReportNoticeSweepJob, SendReportNoticesJob } from './jobs/report-jobs';
import { QualityService } from './quality.service';
import { ReportNoticesService } from './report-notices.service';
import { ReportScheduleService } from './report-schedule.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { SurveysService } from './surveys.service';

@Module({
  imports: [CasesModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportScheduleService, ReportNoticesService, QualityService, FollowUpsService, SurveysService, OpenReportMonthJob, ReportNoticeSweepJob, SendReportNoticesJob, RecomputeScoresJob],
  exports: [ReportScheduleService, QualityService, ReportNoticesService],
})
export class ReportsModule {}
