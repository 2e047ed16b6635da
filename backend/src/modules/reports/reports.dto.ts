import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import {
  FOLLOW_UPS,
  FollowUp,
  MILESTONE_STATUSES,
  MilestoneStatus,
  OUTCOME_STATUSES,
  OutcomeInput,
  OutcomeStatus,
  REPORT_KINDS,
  REPORT_STATUSES,
  ReportInput,
  ReportKind,
  ReportReviewInput,
  ReportStatus,
  SurveyAnswerInput,
} from '@mentor/contracts';

import { PageQuery } from '../../core/http/page-query';
import { single, trim } from '../../core/http/transforms';

export class MilestoneReportDto {
  @ApiProperty() @IsString() @MaxLength(300) milestone: string;
  @ApiPropertyOptional({ enum: MILESTONE_STATUSES, description: 'Required to submit; a draft may leave it empty' })
  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsIn(MILESTONE_STATUSES)
  status?: MilestoneStatus;
  @ApiProperty() @IsString() @MaxLength(2000) note: string;
}

export class ProgressionDto {
  @ApiProperty() @Transform(trim) @IsString() @MaxLength(4000) competences: string;
  @ApiProperty() @Transform(trim) @IsString() @MaxLength(4000) resources: string;
  @ApiProperty() @Transform(trim) @IsString() @MaxLength(4000) nextSteps: string;
}

export class ReportInputDto implements ReportInput {
  @ApiPropertyOptional({ description: 'Monthly reports: hours used, at most what remains of the grant' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(744)
  hoursUsed?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100) meetingsHeld?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100) meetingsMissed?: number;
  @ApiProperty({ type: [MilestoneReportDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => MilestoneReportDto) milestones: MilestoneReportDto[];
  @ApiProperty() @IsString() @MaxLength(10000) narrative: string;
  @ApiPropertyOptional({ type: ProgressionDto }) @IsOptional() @ValidateNested() @Type(() => ProgressionDto) progression?: ProgressionDto;
  @ApiProperty({ description: 'false: save a draft; true: submit for review' }) @IsBoolean() submit: boolean;
}

export class ReviewDto implements ReportReviewInput {
  @ApiProperty({ enum: ['accept', 'return'] }) @IsIn(['accept', 'return']) decision: 'accept' | 'return';
  @ApiPropertyOptional({ description: 'Required when returning: what to correct' }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class ReportQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REPORT_STATUSES }) @IsOptional() @Transform(single) @IsIn(REPORT_STATUSES) status?: ReportStatus;
  @ApiPropertyOptional({ enum: REPORT_KINDS }) @IsOptional() @Transform(single) @IsIn(REPORT_KINDS) kind?: ReportKind;
  @ApiPropertyOptional({ description: 'true: due date passed and not submitted' })
  @IsOptional()
  @Transform(({ value }) => (single({ value }) === 'true' ? true : single({ value }) === 'false' ? false : single({ value })))
  @IsBoolean()
  overdue?: boolean;
}

export class OutcomeQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true (default): follow-ups not recorded and due within two weeks or overdue; false: every follow-up, recorded ones included' })
  @IsOptional()
  @Transform(({ value }) => (single({ value }) === 'true' ? true : single({ value }) === 'false' ? false : single({ value })))
  @IsBoolean()
  open?: boolean;
}

export class OutcomeDto implements OutcomeInput {
  @ApiProperty({ enum: FOLLOW_UPS }) @IsIn(FOLLOW_UPS) followUp: FollowUp;
  @ApiProperty({ enum: OUTCOME_STATUSES }) @IsIn(OUTCOME_STATUSES) status: OutcomeStatus;
  @ApiPropertyOptional({ description: 'Monthly change in benefits, DKK (negative: less)' }) @IsOptional() @IsInt() @Min(-100000) @Max(100000) benefitChangeDkk?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class SurveyAnswerDto implements SurveyAnswerInput {
  @ApiProperty({ description: 'Question code → 1–5' }) @IsObject() answers: Record<string, 1 | 2 | 3 | 4 | 5>;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}
