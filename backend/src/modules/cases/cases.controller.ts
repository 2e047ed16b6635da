import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Response } from 'express';
import { DataSource } from 'typeorm';

import { Assignment, CitizenCase, CitizenIdentityView, DEFAULT_REPORT_DUE_DAY, DEFAULT_REPORT_REMINDER_DAYS, MatchList, MentorRequest, Offer, Page } from '@mentor/contracts';
import { DEFAULT_WEIGHTS, validateWeights } from '@mentor/matching';

import { AuditService } from '../../core/audit/audit.service';
import { Roles } from '../../core/auth/roles.decorator';
import { RequestContext } from '../../core/context/request-context';
import { IsCalendarDate } from '../../core/http/validators';
import { PageQuery } from '../../core/http/page-query';
import { AssignmentsService } from './assignments.service';
import { CaseQuery, CreateCaseDto, CreateRequestDto, IdentityQuery, UpdateCaseDto } from './cases.dto';
import { CaseException, CaseExceptionCode } from './cases.exception';
import { CasesService } from './cases.service';
import { MunicipalitySettingsEntity } from './entities/municipality-settings.entity';
import { MatchingService } from './matching.service';
import { OffersService } from './offers.service';
import { MunicipalitySettings, UpdateSettingsDto } from './settings.dto';
import { single } from '../../core/http/transforms';


class MatchQuery {
  @IsOptional() @Transform(({ value }) => Number(single({ value }))) @IsInt() @Min(1) @Max(100) limit?: number;
  @IsOptional() @Transform(single) @IsIn(['da', 'en']) lang?: 'da' | 'en';
}
class SendOfferDto {
  @IsString() @Length(36, 36, { message: 'mentorId must be the id of a mentor from the match list' }) mentorId: string;
  @IsOptional() @IsString() @Length(10, 500, { message: 'overrideReason must say why a supplier blocked for poor reporting should get the offer (10–500 characters)' }) overrideReason?: string;
}
class DeclineDto {
  @IsString() @Length(3, 500, { message: 'reason must say why the offer is declined (3–500 characters)' }) reason: string;
}
class OfferQuery extends PageQuery {
  @IsOptional() @Transform(single) @IsIn(['pending', 'accepted', 'declined', 'expired', 'withdrawn']) status?: string;
}
class AssignmentQuery extends PageQuery {
  @IsOptional() @Transform(single) @IsIn(['active', 'ended']) status?: 'active' | 'ended';
  @IsOptional() @Transform(single) @IsString() caseId?: string;
}
class AgreementQuery {
  @IsOptional() @Transform(single) @IsIn(['html', 'pdf']) format?: 'html' | 'pdf';
}
class ExtendDto {
  @IsInt() @Min(1) @Max(26, { message: 'weeks must be at most 26: one period lasts at most 6 months' }) weeks: number;
}
class EndDto {
  @IsString() @Length(3, 500, { message: 'reason must say why the course ends (3–500 characters)' }) reason: string;
  @IsCalendarDate() endDate: string;
}

const MUNICIPAL_CASE_ROLES = ['caseworker', 'municipality_admin'] as const;

@ApiTags('cases')
@ApiBearerAuth()
@Controller()
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly matching: MatchingService,
    private readonly offers: OffersService,
    private readonly assignments: AssignmentsService,
  ) {}

  @Post('cases')
  @Roles('caseworker')
  @ApiOperation({ summary: 'Open a citizen case; the identity is stored encrypted and never returned here' })
  @ApiCreatedResponse()
  create(@Body() dto: CreateCaseDto): Promise<CitizenCase> {
    return this.cases.create(dto);
  }

  @Get('cases')
  @Roles(...MUNICIPAL_CASE_ROLES)
  list(@Query() query: CaseQuery): Promise<Page<CitizenCase>> {
    return this.cases.list(query);
  }

  @Get('cases/:id')
  @Roles(...MUNICIPAL_CASE_ROLES)
  get(@Param('id') id: string): Promise<CitizenCase> {
    return this.cases.get(id);
  }

  @Patch('cases/:id')
  @Roles('caseworker')
  update(@Param('id') id: string, @Body() dto: UpdateCaseDto): Promise<CitizenCase> {
    return this.cases.update(id, dto);
  }

  @Get('cases/:id/identity')
  @Roles('caseworker')
  @ApiOperation({ summary: "The citizen's identity and notes, for a stated purpose; every read is audit-logged" })
  identity(@Param('id') id: string, @Query() query: IdentityQuery): Promise<CitizenIdentityView> {
    return this.cases.identity(id, query.purpose);
  }

  @Post('cases/:id/requests')
  @Roles('caseworker')
  @ApiOperation({ summary: 'Request a mentor: one period of at most 26 weeks with goals and milestones' })
  @ApiCreatedResponse()
  createRequest(@Param('id') id: string, @Body() dto: CreateRequestDto): Promise<MentorRequest> {
    return this.cases.createRequest(id, dto);
  }

  @Get('cases/:id/requests')
  @Roles(...MUNICIPAL_CASE_ROLES)
  requests(@Param('id') id: string): Promise<MentorRequest[]> {
    return this.cases.requests(id);
  }

  @Get('requests/:id')
  @Roles(...MUNICIPAL_CASE_ROLES)
  request(@Param('id') id: string): Promise<MentorRequest> {
    return this.cases.request(id);
  }

  @Get('requests/:id/matches')
  @Roles('caseworker')
  @ApiOperation({ summary: 'Ranked mentors with every score component explained and the count each hard filter removed' })
  matches(@Param('id') id: string, @Query() query: MatchQuery): Promise<MatchList> {
    return this.matching.matches(id, { limit: query.limit ?? 20, lang: query.lang ?? 'da' });
  }

  @Post('requests/:id/offers')
  @Roles('caseworker')
  @ApiOperation({ summary: "Offer the request to a matched mentor's supplier, with an answer deadline in working days" })
  sendOffer(@Param('id') id: string, @Body() dto: SendOfferDto): Promise<Offer> {
    return this.offers.send(id, dto.mentorId, dto.overrideReason);
  }

  @Get('requests/:id/offers')
  @Roles(...MUNICIPAL_CASE_ROLES)
  @ApiOperation({ summary: "The request's offers in order: the timeline" })
  requestOffers(@Param('id') id: string): Promise<Offer[]> {
    return this.offers.forRequest(id);
  }

  @Get('offers')
  @Roles('caseworker', 'municipality_admin', 'supplier_admin')
  @ApiOperation({ summary: "Offers: the supplier's inbox, or the municipality's sent offers" })
  listOffers(@Query() query: OfferQuery): Promise<Page<Offer>> {
    return this.offers.list(query);
  }

  @Get('offers/:id')
  @Roles('caseworker', 'municipality_admin', 'supplier_admin')
  getOffer(@Param('id') id: string): Promise<Offer> {
    return this.offers.get(id);
  }

  @Post('offers/:id/accept')
  @Roles('supplier_admin')
  @ApiOperation({ summary: 'Accept: creates the course and reserves the mentor\'s capacity' })
  accept(@Param('id') id: string): Promise<Assignment> {
    return this.offers.accept(id);
  }

  @Post('offers/:id/decline')
  @HttpCode(200)
  @Roles('supplier_admin')
  @ApiOperation({ summary: 'Decline with a reason; in auto mode the next match gets the offer' })
  decline(@Param('id') id: string, @Body() dto: DeclineDto): Promise<Offer> {
    return this.offers.decline(id, dto.reason);
  }

  @Post('offers/:id/withdraw')
  @HttpCode(200)
  @Roles('caseworker')
  withdraw(@Param('id') id: string): Promise<Offer> {
    return this.offers.withdraw(id);
  }

  @Get('assignments')
  @Roles('caseworker', 'municipality_admin', 'supplier_admin', 'mentor')
  @ApiOperation({ summary: "Courses: the municipality's, the supplier's, or the mentor's own (with the citizen's name and phone)" })
  listAssignments(@Query() query: AssignmentQuery): Promise<Page<Assignment>> {
    return this.assignments.list(query);
  }

  @Get('assignments/:id')
  @Roles('caseworker', 'municipality_admin', 'supplier_admin', 'mentor')
  getAssignment(@Param('id') id: string): Promise<Assignment> {
    return this.assignments.get(id);
  }

  @Get('assignments/:id/agreement')
  @Roles('caseworker', 'supplier_admin', 'mentor')
  @ApiProduces('text/html', 'application/pdf')
  @ApiOperation({ summary: 'The mentor agreement (mentoraftale) as HTML or PDF; reading it is logged' })
  async agreement(@Param('id') id: string, @Query() query: AgreementQuery, @Res() res: Response): Promise<void> {
    const format = query.format ?? 'html';
    const body = await this.assignments.agreement(id, format);
    res.setHeader('Cache-Control', 'no-store');
    if (format === 'pdf') {
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `inline; filename="mentoraftale-${id.slice(0, 8)}.pdf"`);
    } else {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
    }
    res.send(body);
  }

  @Post('assignments/:id/extend')
  @Roles('caseworker')
  @ApiOperation({ summary: 'Extend with a new linked period (at most 26 weeks) after a new assessment' })
  extend(@Param('id') id: string, @Body() dto: ExtendDto): Promise<Assignment> {
    return this.assignments.extend(id, dto.weeks);
  }

  @Post('assignments/:id/end')
  @HttpCode(200)
  @Roles('caseworker')
  @ApiOperation({ summary: "End a course; frees the mentor's reserved hours" })
  end(@Param('id') id: string, @Body() dto: EndDto): Promise<Assignment> {
    return this.assignments.end(id, dto.reason, dto.endDate);
  }
}

/** The municipality's own settings: matching weights and the answer time for offers. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('municipality/settings')
export class MunicipalitySettingsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Roles('municipality_admin', 'caseworker', 'procurement_officer')
  @ApiOkResponse()
  async get(): Promise<MunicipalitySettings> {
    return this.read(this.dataSource.manager.getRepository(MunicipalitySettingsEntity), RequestContext.actor()!.municipalityCode!);
  }

  @Put()
  @Roles('municipality_admin')
  @Header('Cache-Control', 'no-store')
  async update(@Body() dto: UpdateSettingsDto): Promise<MunicipalitySettings> {
    const code = RequestContext.actor()!.municipalityCode!;
    if (dto.matchingWeights) {
      const problems = validateWeights({ ...dto.matchingWeights });
      if (problems.length) throw new CaseException(CaseExceptionCode.WEIGHTS, `matchingWeights: ${problems.join('; ')}`);
    }
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(MunicipalitySettingsEntity);
      const current = (await repo.findOneBy({ municipalityCode: code })) ?? repo.create({ municipalityCode: code, matchingWeights: null, offerAnswerWorkingDays: 3, reportDueDay: DEFAULT_REPORT_DUE_DAY, reportReminderDaysBefore: DEFAULT_REPORT_REMINDER_DAYS });
      if (dto.matchingWeights) current.matchingWeights = { ...dto.matchingWeights };
      if (dto.offerAnswerWorkingDays !== undefined) current.offerAnswerWorkingDays = dto.offerAnswerWorkingDays;
      if (dto.reportDueDay !== undefined) current.reportDueDay = dto.reportDueDay;
      if (dto.reportReminderDaysBefore !== undefined) current.reportReminderDaysBefore = dto.reportReminderDaysBefore;
      await repo.save(current);
      await this.audit.record(manager, { action: 'settings.updated', entityType: 'municipality_settings', entityId: code, details: { ...dto } });
      return this.read(repo, code);
    });
  }

  private async read(repo: import('typeorm').Repository<MunicipalitySettingsEntity>, code: string): Promise<MunicipalitySettings> {
    const s = await repo.findOneBy({ municipalityCode: code });
    return { municipalityCode: code, matchingWeights: s?.matchingWeights ?? { ...DEFAULT_WEIGHTS }, usesDefaultWeights: !s?.matchingWeights, offerAnswerWorkingDays: s?.offerAnswerWorkingDays ?? 3, reportDueDay: s?.reportDueDay ?? DEFAULT_REPORT_DUE_DAY, reportReminderDaysBefore: s?.reportReminderDaysBefore ?? DEFAULT_REPORT_REMINDER_DAYS };
  }
}
