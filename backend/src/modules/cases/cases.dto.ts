import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  registerDecorator,
  ValidationOptions,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { CaseInput, isValidCpr, CERTIFICATE_KINDS, COMPETENCE_CODES, LANGUAGE_CODES, LEGAL_BASES, LegalBasis, MAX_WEEKS_PER_PERIOD, MENTOR_TYPES, MentorType, NeedSeverity, TARGET_GROUP_CODES, TargetGroup } from '@mentor/contracts';

import { PageQuery } from '../../core/http/page-query';
import { IsCalendarDate, IsDanishPostcode, IsPhone } from '../../core/http/validators';
import { single, trim } from '../../core/http/transforms';


/** CPR: DDMMYY-SSSS with an existing birth date. The message never repeats the value. */
function IsCpr(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCpr',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a CPR number (DDMMYY-SSSS) with an existing birth date', ...options },
      validator: { validate: isValidCpr },
    });
}

export class CitizenIdentityDto {
  @ApiProperty({ example: 'Bo Borger' }) @Transform(trim) @IsString() @Length(2, 200) name: string;
  @ApiProperty({ example: '010190-1234' }) @Transform(trim) @IsCpr() cpr: string;
  @ApiProperty({ example: '12 34 56 78' }) @Transform(trim) @IsPhone() phone: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(300) address?: string;
}

export class CaseNeedDto {
  @ApiProperty({ enum: COMPETENCE_CODES }) @IsIn(COMPETENCE_CODES, { message: 'code must be a competence code of the taxonomy (GET /api/competences)' }) code: string;
  @ApiProperty({ enum: [1, 2, 3], description: '1 light, 2 moderate, 3 severe' }) @IsIn([1, 2, 3], { message: 'severity must be 1 (light), 2 (moderate) or 3 (severe)' }) severity: NeedSeverity;
}

export class CreateCaseDto implements CaseInput {
  @ApiProperty({ type: CitizenIdentityDto }) @ValidateNested() @Type(() => CitizenIdentityDto) citizen: CitizenIdentityDto;
  @ApiProperty({ enum: TARGET_GROUP_CODES }) @IsIn(TARGET_GROUP_CODES) targetGroup: TargetGroup;
  @ApiProperty({ type: [CaseNeedDto] }) @IsArray() @ArrayMaxSize(13) @ValidateNested({ each: true }) @Type(() => CaseNeedDto) needs: CaseNeedDto[];
  @ApiProperty({ type: [String], example: ['da'] }) @IsArray() @ArrayUnique() @IsIn(LANGUAGE_CODES, { each: true, message: 'each value in languages must be an ISO 639-1 code of a supported language' }) languages: string[];
  @ApiPropertyOptional({ enum: ['female', 'male'] }) @IsOptional() @IsIn(['female', 'male']) genderPreference?: 'female' | 'male';
  @ApiProperty({ example: '2650' }) @Transform(trim) @IsDanishPostcode() postcode: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

export class UpdateCitizenIdentityDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(2, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsCpr() cpr?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsPhone() phone?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(300) address?: string;
}

export class UpdateCaseDto {
  @ApiPropertyOptional({ type: UpdateCitizenIdentityDto }) @IsOptional() @ValidateNested() @Type(() => UpdateCitizenIdentityDto) citizen?: UpdateCitizenIdentityDto;
  @ApiPropertyOptional({ enum: TARGET_GROUP_CODES }) @IsOptional() @IsIn(TARGET_GROUP_CODES) targetGroup?: TargetGroup;
  @ApiPropertyOptional({ type: [CaseNeedDto] }) @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => CaseNeedDto) needs?: CaseNeedDto[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayUnique() @IsIn(LANGUAGE_CODES, { each: true }) languages?: string[];
  @ApiPropertyOptional({ enum: ['female', 'male'], nullable: true }) @IsOptional() @IsIn(['female', 'male', null]) genderPreference?: 'female' | 'male' | null;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsDanishPostcode() postcode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
  @ApiPropertyOptional({ enum: ['open', 'closed'] }) @IsOptional() @IsIn(['open', 'closed']) status?: 'open' | 'closed';
}

export class CaseQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'closed'] }) @IsOptional() @Transform(single) @IsIn(['open', 'closed']) status?: 'open' | 'closed';
  @ApiPropertyOptional({ description: "true: only the caller's own cases" }) @IsOptional() @Transform(single) @IsIn(['true', 'false']) mine?: 'true' | 'false';
  @ApiPropertyOptional({ enum: TARGET_GROUP_CODES }) @IsOptional() @Transform(single) @IsIn(TARGET_GROUP_CODES) targetGroup?: TargetGroup;
  @ApiPropertyOptional({ description: 'Case reference, e.g. HVI-2026-0007' }) @IsOptional() @Transform(single) @IsString() @MaxLength(20) reference?: string;
}

export class IdentityQuery {
  @ApiProperty({ description: 'Why the identity is read; written to the audit log', example: 'Ringe borgeren om opstart' })
  @Transform(single)
  @IsString()
  @MinLength(5, { message: 'purpose must say why the identity is read (at least 5 characters)' })
  @MaxLength(300)
  purpose: string;
}

export class GoalDto {
  @ApiProperty({ example: 'Kommer i praktik i en virksomhed' }) @Transform(trim) @IsString() @Length(3, 500) text: string;
  @ApiProperty({ type: [String], example: ['Står op og møder på arbejdspladsen kl. 9 fire dage om ugen'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'milestones must have at least one milestone (pejlemærke)' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(3, 300, { each: true })
  milestones: string[];
}

export class CreateRequestDto {
  @ApiProperty({ enum: MENTOR_TYPES }) @IsIn(MENTOR_TYPES) mentorType: MentorType;
  @ApiProperty({ minimum: 0.5, maximum: 37 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0.5) @Max(37) hoursPerWeek: number;
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_WEEKS_PER_PERIOD, default: 13 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_WEEKS_PER_PERIOD, { message: `weeks must be at most ${MAX_WEEKS_PER_PERIOD}: one period lasts at most 6 months; extend with a new period after a new assessment` })
  weeks?: number;
  @ApiProperty({ example: '2026-12-07' }) @IsCalendarDate() startDate: string;
  @ApiProperty({ enum: LEGAL_BASES }) @IsIn(LEGAL_BASES) legalBasis: LegalBasis;
  @ApiProperty({ type: [GoalDto] }) @IsArray() @ArrayMinSize(1, { message: 'goals must have at least one goal' }) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => GoalDto) goals: GoalDto[];
  @ApiPropertyOptional({ enum: ['auto', 'manual'], default: 'auto' }) @IsOptional() @IsIn(['auto', 'manual']) allocation?: 'auto' | 'manual';
  @ApiPropertyOptional({ type: [String], enum: CERTIFICATE_KINDS }) @IsOptional() @IsArray() @ArrayUnique() @IsIn(CERTIFICATE_KINDS, { each: true }) requiredCertificates?: string[];
}
