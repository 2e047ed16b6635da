import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CourseSurveys, Outcome, Page, Report, ReportSummary, Survey } from '@mentor/contracts';

import { Public, Roles } from '../../core/auth/roles.decorator';
import { FollowUpsService } from './follow-ups.service';
import { OutcomeDto, OutcomeQuery, ReportInputDto, ReportQuery, ReviewDto, SurveyAnswerDto } from './reports.dto';
import { ReportsService } from './reports.service';
import { SurveysService } from './surveys.service';
import { RateLimited } from '../../core/http/rate-limit/rate-limit.guard';

const COURSE_ROLES = ['caseworker', 'municipality_admin', 'supplier_admin', 'mentor'] as const;

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly followUps: FollowUpsService,
    private readonly surveys: SurveysService,
  ) {}

  @Get('assignments/:id/reports')
  @Roles(...COURSE_ROLES)
  @ApiOperation({ summary: "A course's reports: one per month and the progression report, with status and due date" })
  assignmentReports(@Param('id', ParseUUIDPipe) id: string): Promise<ReportSummary[]> {
    return this.reports.forAssignment(id);
  }

  @Get('reports')
  @Roles(...COURSE_ROLES)
  @ApiOperation({ summary: "Reports the caller works on, by due date: the mentor's own, the supplier's, or the municipality's (the review inbox)" })
  list(@Query() query: ReportQuery): Promise<Page<ReportSummary>> {
    return this.reports.list(query);
  }

  @Get('reports/:id')
  @Roles(...COURSE_ROLES)
  @ApiOperation({ summary: 'One report with its milestones, hours left of the grant and history (the read is audit-logged)' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Report> {
    return this.reports.get(id);
  }

  @Put('reports/:id')
  @Roles('mentor', 'supplier_admin')
  @ApiOperation({ summary: 'Save a draft (submit: false) or submit the report (submit: true)' })
  save(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReportInputDto): Promise<Report> {
    return this.reports.save(id, dto);
  }

  @Post('reports/:id/review')
  @HttpCode(200)
  @Roles('caseworker')
  @ApiOperation({ summary: 'Accept a submitted report, or return it with a comment saying what to correct' })
  review(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReviewDto): Promise<Report> {
    return this.reports.review(id, dto);
  }

  @Get('assignments/:id/outcomes')
  @Roles('caseworker', 'municipality_admin')
  @ApiOperation({ summary: "A finished course's follow-ups (end, 3, 6, 12, 24 months) with the outcomes recorded" })
  outcomes(@Param('id', ParseUUIDPipe) id: string): Promise<Outcome[]> {
    return this.followUps.forAssignment(id);
  }

  @Post('assignments/:id/outcomes')
  @Roles('caseworker')
  @ApiOperation({ summary: "Record the citizen's status at a follow-up, with the change in benefits" })
  recordOutcome(@Param('id', ParseUUIDPipe) id: string, @Body() dto: OutcomeDto): Promise<Outcome> {
    return this.followUps.record(id, dto);
  }

  @Get('outcomes')
  @Roles('caseworker', 'municipality_admin')
  @ApiOperation({ summary: 'Follow-ups: by default the open ones (not recorded, due within two weeks or overdue)' })
  openFollowUps(@Query() query: OutcomeQuery): Promise<Page<Outcome>> {
    return this.followUps.list(query);
  }

  @Get('assignments/:id/surveys')
  @Roles('caseworker')
  @ApiOperation({ summary: "A finished course's satisfaction surveys: the citizen's link to hand over, and the caseworker's" })
  courseSurveys(@Param('id', ParseUUIDPipe) id: string): Promise<CourseSurveys> {
    return this.surveys.forCourse(id);
  }

  @Get('surveys/:token')
  @Public()
  @ApiOperation({ summary: 'A satisfaction survey by its link (no login)' })
  survey(@Param('token') token: string): Promise<Survey> {
    return this.surveys.get(token);
  }

  @Post('surveys/:token')
  @Public()
  @RateLimited('survey')
  @HttpCode(204)
  @ApiOperation({ summary: 'Answer a satisfaction survey (no login, once)' })
  answer(@Param('token') token: string, @Body() dto: SurveyAnswerDto): Promise<void> {
    return this.surveys.answer(token, dto);
  }
}
