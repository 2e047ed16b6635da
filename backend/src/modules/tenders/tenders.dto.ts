import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  AGREEMENT_STATUSES,
  AgreementStatus,
  ALLOCATION_MODELS,
  AllocationModel,
  COMPETENCE_CODES,
  PRICE_MODELS,
  PriceModel,
  TARGET_GROUP_CODES,
  TargetGroup,
  TENDER_DOCUMENT_KINDS,
  TENDER_STATUSES,
  TenderStatus,
} from '@mentor/contracts';

import { IsCalendarDate } from '../../core/http/validators';
import { PageQuery } from '../../core/http/page-query';
import { trim } from '../../core/http/transforms';


export class LotInputDto {
  @ApiProperty({ example: 'Unge og kriminalitet' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ enum: TARGET_GROUP_CODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(TARGET_GROUP_CODES, { each: true })
  targetGroups: TargetGroup[];

  @ApiProperty({ enum: COMPETENCE_CODES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(COMPETENCE_CODES, { each: true })
  requiredCompetences: string[];

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  estimatedHoursPerYear: number;

  @ApiProperty({ minimum: 1, maximum: 50 })
  @IsInt()
  @Min(1)
  @Max(50)
  maxSuppliers: number;

  @ApiProperty({ minimum: 1, description: 'Ceiling of hours per agreement over its validity' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  hourCeiling: number;
}

export class CriterionInputDto {
  @ApiProperty({ example: 'Kvalitet i mentorindsatsen' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  weight: number;

  @ApiPropertyOptional({ description: 'What the answer should address' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;
}

export class CreateTenderDto {
  @ApiProperty({ example: 'Mentorstøtte 2027–2028' })
  @Transform(trim)
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiProperty()
  @IsString()
  @Length(1, 20000)
  description: string;

  @ApiProperty({ type: LotInputDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LotInputDto)
  lots: LotInputDto[];

  @ApiProperty({ type: CriterionInputDto, isArray: true, description: 'Quality criteria; with priceWeight the weights sum to 100' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CriterionInputDto)
  criteria: CriterionInputDto[];

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  priceWeight: number;

  @ApiProperty({ enum: PRICE_MODELS, description: 'proportional: 10 × lowest/price; linear: 10 × (1 − slope × (price − lowest)/lowest), floored at 0' })
  @IsIn(PRICE_MODELS)
  priceModel: PriceModel;

  @ApiPropertyOptional({ minimum: 0.1, maximum: 10, description: 'Required with linear (1: twice the lowest price scores 0)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.1)
  @Max(10)
  linearSlope?: number;

  @ApiProperty({ enum: ALLOCATION_MODELS })
  @IsIn(ALLOCATION_MODELS)
  allocationModel: AllocationModel;

  @ApiPropertyOptional({ description: 'Estimated total value (DKK) over the agreement period; required to publish' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e11)
  estimatedValue?: number;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  questionDeadline: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  bidDeadline: string;

  @ApiPropertyOptional({ default: 10, minimum: 0, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  standstillDays?: number;

  @ApiProperty({ format: 'date', example: '2027-01-01' })
  @IsCalendarDate()
  agreementStart: string;

  @ApiProperty({ format: 'date', example: '2028-12-31' })
  @IsCalendarDate()
  agreementEnd: string;
}

export class UpdateTenderDto extends PartialType(CreateTenderDto) {}

export class CancelTenderDto {
  @ApiProperty({ description: 'Sent to the bidders' })
  @Transform(trim)
  @IsString()
  @Length(5, 2000)
  reason: string;
}

export class TenderQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TENDER_STATUSES })
  @IsOptional()
  @IsIn(TENDER_STATUSES)
  status?: TenderStatus;

  @ApiPropertyOptional({ description: 'Matches the title' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class QuestionDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(5, 5000)
  text: string;
}

export class AnswerDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 10000)
  answer: string;
}

export class BidAnswerDto {
  @ApiProperty({ description: 'Criterion id or name' })
  @IsString()
  @Length(1, 200)
  criterion: string;

  @ApiProperty()
  @IsString()
  @Length(1, 20000)
  text: string;
}

export class UpdateBidDto {
  @ApiProperty({ description: 'DKK per hour, excluding VAT' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(100_000)
  hourlyRate: number;

  @ApiProperty({ type: BidAnswerDto, isArray: true, description: 'One answer per quality criterion' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => BidAnswerDto)
  answers: BidAnswerDto[];

  @ApiProperty({ type: String, isArray: true, description: "The supplier's own active mentors" })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  mentorIds: string[];
}

export class CreateBidDto extends UpdateBidDto {
  @ApiProperty()
  @IsUUID('all')
  lotId: string;
}

export class ScoreDto {
  @ApiProperty({ description: 'Criterion id or name' })
  @IsString()
  @Length(1, 200)
  criterion: string;

  @ApiProperty({ minimum: 0, maximum: 10 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10)
  score: number;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(3, 10000)
  justification: string;
}

export class ScoresDto {
  @ApiProperty({ type: ScoreDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ScoreDto)
  scores: ScoreDto[];
}

export class ReceiptQuery {
  @ApiPropertyOptional({ description: 'A receipt hash to compare with the stored bid' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sha256?: string;
}

/** A receipt as the supplier kept it (the downloaded JSON); only the hash is required. */
export class VerifyReceiptDto {
  @ApiProperty({ description: 'The SHA-256 on the receipt (64 hex digits)' })
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'sha256 must be 64 hexadecimal digits' })
  sha256: string;

  @ApiPropertyOptional({ description: 'The bid id on the receipt' })
  @IsOptional()
  @IsUUID('all')
  bidId?: string;

  @ApiPropertyOptional({ description: 'The server time on the receipt' })
  @IsOptional()
  @IsISO8601()
  submittedAt?: string;

  @ApiPropertyOptional({ description: 'The canonical text on the receipt; checked to hash to sha256' })
  @IsOptional()
  @IsString()
  @MaxLength(300_000)
  canonical?: string;
}

export class DocumentQuery {
  @ApiPropertyOptional({ enum: ['html', 'pdf'], default: 'html' })
  @IsOptional()
  @IsIn(['html', 'pdf'])
  format?: 'html' | 'pdf';

  @ApiPropertyOptional({ description: "Officers: whose standstill letter (a bidder's supplier id)" })
  @IsOptional()
  @IsUUID('all')
  supplierId?: string;
}

export class AgreementQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AGREEMENT_STATUSES })
  @IsOptional()
  @IsIn(AGREEMENT_STATUSES)
  status?: AgreementStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  tenderId?: string;

  @ApiPropertyOptional({ enum: TARGET_GROUP_CODES })
  @IsOptional()
  @IsIn(TARGET_GROUP_CODES)
  targetGroup?: TargetGroup;

  @ApiPropertyOptional({ format: 'date', description: 'In force on this date' })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
}

export const DOCUMENT_KINDS = TENDER_DOCUMENT_KINDS;
