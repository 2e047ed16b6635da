import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import {
  CERTIFICATE_KINDS,
  CERTIFICATE_NAME_MAX_LENGTH,
  Certificate,
  COMPETENCE_CODES,
  CompetenceLevel,
  GENDERS,
  Gender,
  LANGUAGE_CODES,
  MAX_WEEKLY_CAPACITY_HOURS,
  MentorInput,
  ORGANISATION_TYPES,
  OrganisationType,
  REGIONS,
  SupplierRegistration,
  SupplierUpdate,
} from '@mentor/contracts';

import { PageQuery } from '../../core/http/page-query';
import { IsCalendarDate, IsCvr, IsDanishPostcode, IsMunicipalityCode, IsPhone } from '../../core/http/validators';
import { compact, lower, single, trim } from '../../core/http/transforms';

const COMPETENCES_REQUIRED = 'competences must hold at least one competence: a mentor without competences can never be matched';

export class SupplierAdminDto {
  @ApiProperty({ example: 'Lene Leverandør' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: 'lene@nymentor.dk' })
  @Transform(lower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(200)
  password: string;
}

export class RegisterSupplierDto implements SupplierRegistration {
  @ApiProperty({ example: '35121005', description: '8 digits with a valid modulus-11 check digit' })
  @Transform(compact)
  @IsCvr()
  cvr: string;

  @ApiProperty({ example: 'Ny Mentor ApS' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: 'Hvidovrevej 1' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  address: string;

  @ApiProperty({ example: '2650' })
  @Transform(trim)
  @IsDanishPostcode()
  postcode: string;

  @ApiProperty({ example: 'kontakt@nymentor.dk' })
  @Transform(lower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: '+45 12 34 56 78' })
  @Transform(trim)
  @IsPhone()
  phone: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES)
  organisationType: OrganisationType;

  @ApiProperty({ type: [String], example: ['0167', '0165'] })
  @IsArray()
  @ArrayMaxSize(98)
  @ArrayUnique()
  @IsMunicipalityCode({ each: true })
  municipalitiesServed: string[];

  @ApiPropertyOptional({ type: [String], enum: REGIONS })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(REGIONS, { each: true })
  regionsServed?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ type: SupplierAdminDto })
  @ValidateNested()
  @Type(() => SupplierAdminDto)
  admin: SupplierAdminDto;
}

export class UpdateSupplierDto implements SupplierUpdate {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(2, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(2, 200) address?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsDanishPostcode() postcode?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(lower) @IsEmail({}, { message: 'email must be an e-mail address' }) email?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsPhone() phone?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayUnique() @IsMunicipalityCode({ each: true }) municipalitiesServed?: string[];
  @ApiPropertyOptional({ type: [String], enum: REGIONS }) @IsOptional() @IsArray() @ArrayUnique() @IsIn(REGIONS, { each: true }) regionsServed?: string[];
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) description?: string;
}

export class MentorCompetenceDto {
  @ApiProperty({ enum: COMPETENCE_CODES, example: 'youth_crime' })
  @IsIn(COMPETENCE_CODES, { message: 'code must be a competence code of the taxonomy (GET /api/competences)' })
  code: string;

  @ApiProperty({ enum: [1, 2, 3], description: '1 basic, 2 experienced, 3 specialist' })
  @IsIn([1, 2, 3], { message: 'level must be 1 (basic), 2 (experienced) or 3 (specialist)' })
  level: CompetenceLevel;
}

export class CertificateDto implements Certificate {
  @ApiProperty({ enum: CERTIFICATE_KINDS })
  @IsIn(CERTIFICATE_KINDS)
  kind: string;

  @ApiPropertyOptional({ maxLength: CERTIFICATE_NAME_MAX_LENGTH, example: 'Psykisk førstehjælp', description: 'What the certificate is; required for kind `other`' })
  // Optional for the named kinds; a certificate of kind `other` says nothing without it.
  @ValidateIf((c: CertificateDto) => c.kind === 'other' || c.name !== undefined)
  @Transform(trim)
  @IsString({ message: 'name must say what the certificate is (required for kind other)' })
  @Length(1, CERTIFICATE_NAME_MAX_LENGTH, { message: `name must say what the certificate is, in 1 to ${CERTIFICATE_NAME_MAX_LENGTH} characters (required for kind other)` })
  name?: string;

  @ApiProperty({ example: '2026-01-15' })
  @IsCalendarDate()
  issuedOn: string;

  @ApiProperty({ example: '2028-01-15' })
  @IsCalendarDate()
  expiresOn: string;
}

export class MentorInputDto implements MentorInput {
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 200) name: string;
  @ApiProperty() @Transform(lower) @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email: string;
  @ApiProperty() @Transform(trim) @IsPhone() phone: string;
  @ApiProperty({ enum: GENDERS }) @IsIn(GENDERS) gender: Gender;

  @ApiProperty({ type: [String], example: ['da', 'ar'], description: 'ISO 639-1' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(12)
  @IsIn(LANGUAGE_CODES, { each: true, message: 'each value in languages must be an ISO 639-1 code of a supported language' })
  languages: string[];

  @ApiProperty({ minimum: 0, maximum: 60 }) @IsInt() @Min(0) @Max(60) yearsOfExperience: number;
  @ApiProperty({ example: '2650' }) @Transform(trim) @IsDanishPostcode() postcode: string;

  @ApiProperty({ minimum: 0.5, maximum: MAX_WEEKLY_CAPACITY_HOURS, description: 'Hours per week the mentor can take on' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.5)
  @Max(MAX_WEEKLY_CAPACITY_HOURS)
  weeklyCapacityHours: number;

  @ApiProperty({ minimum: 1, maximum: 300, default: 40 }) @IsInt() @Min(1) @Max(300) maxTravelKm: number;

  @ApiPropertyOptional({ example: 'Tidligere politibetjent, 12 år i SSP-samarbejdet' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  background?: string;

  @ApiProperty({ type: [MentorCompetenceDto], minItems: 1, description: 'At least one: a mentor without competences can never be matched' })
  @IsArray()
  @ArrayMinSize(1, { message: COMPETENCES_REQUIRED })
  @ArrayMaxSize(13)
  @ValidateNested({ each: true })
  @Type(() => MentorCompetenceDto)
  competences: MentorCompetenceDto[];

  @ApiProperty({ type: [CertificateDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CertificateDto)
  certificates: CertificateDto[];
}

export class CreateMentorDto extends MentorInputDto {
  @ApiPropertyOptional({ description: "Mail the mentor an invitation to a login of their own" })
  @IsOptional()
  @IsBoolean()
  inviteToLogin?: boolean;
}

export class UpdateMentorDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(2, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(lower) @IsEmail({}, { message: 'email must be an e-mail address' }) email?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsPhone() phone?: string;
  @ApiPropertyOptional({ enum: GENDERS }) @IsOptional() @IsIn(GENDERS) gender?: Gender;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(LANGUAGE_CODES, { each: true, message: 'each value in languages must be an ISO 639-1 code of a supported language' })
  languages?: string[];
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(60) yearsOfExperience?: number;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsDanishPostcode() postcode?: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0.5) @Max(MAX_WEEKLY_CAPACITY_HOURS) weeklyCapacityHours?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(300) maxTravelKm?: number;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) background?: string;
  @ApiPropertyOptional({ type: [MentorCompetenceDto], minItems: 1 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: COMPETENCES_REQUIRED })
  @ArrayMaxSize(13)
  @ValidateNested({ each: true })
  @Type(() => MentorCompetenceDto)
  competences?: MentorCompetenceDto[];
  @ApiPropertyOptional({ type: [CertificateDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CertificateDto)
  certificates?: CertificateDto[];
  @ApiPropertyOptional({ description: 'false takes the mentor out of matching; nothing is deleted' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

const toInt = ({ value }: { value: unknown }) => {
  const v = single({ value });
  return v === undefined || v === '' ? undefined : Number(v);
};
const toBool = ({ value }: { value: unknown }) => {
  const v = single({ value });
  return v === 'true' || v === true ? true : v === 'false' || v === false ? false : v;
};

export class MentorQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Free text over name and background' }) @IsOptional() @Transform(single) @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: COMPETENCE_CODES }) @IsOptional() @Transform(single) @IsIn(COMPETENCE_CODES) competence?: string;
  @ApiPropertyOptional({ enum: [1, 2, 3] }) @IsOptional() @Transform(toInt) @IsIn([1, 2, 3]) minLevel?: CompetenceLevel;
  @ApiPropertyOptional() @IsOptional() @Transform(single) @IsIn(LANGUAGE_CODES) language?: string;
  @ApiPropertyOptional({ enum: REGIONS }) @IsOptional() @Transform(single) @IsIn(REGIONS) region?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(single) @IsMunicipalityCode() municipality?: string;
  // Compared with a uuid column: anything else must be a 400 here, not a database error.
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @Transform(single) @IsUUID('all', { message: 'supplierId must be a supplier id (a UUID)' }) supplierId?: string;
  @ApiPropertyOptional({ description: 'At least this many free hours per week', maximum: MAX_WEEKLY_CAPACITY_HOURS })
  @IsOptional()
  @Transform(toInt)
  @IsNumber()
  @Min(0)
  @Max(MAX_WEEKLY_CAPACITY_HOURS)
  freeCapacity?: number;
  @ApiPropertyOptional({ enum: CERTIFICATE_KINDS, description: 'Holds this certificate valid on validOn' }) @IsOptional() @Transform(single) @IsIn(CERTIFICATE_KINDS) certificate?: string;
  @ApiPropertyOptional({ description: 'YYYY-MM-DD, default today' }) @IsOptional() @Transform(single) @IsCalendarDate() validOn?: string;
  @ApiPropertyOptional({ description: 'Postcode to measure distance from' }) @IsOptional() @Transform(single) @IsDanishPostcode() near?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toInt) @IsNumber() @Min(1) @Max(500) radiusKm?: number;
  @ApiPropertyOptional({ description: 'Supplier users only: include deactivated mentors' }) @IsOptional() @Transform(toBool) @IsBoolean() includeInactive?: boolean;
  @ApiPropertyOptional({ enum: ['name', '-name', 'freeCapacity', '-freeCapacity', 'experience', '-experience', 'distance'] })
  @IsOptional()
  @Transform(single)
  @IsIn(['name', '-name', 'freeCapacity', '-freeCapacity', 'experience', '-experience', 'distance'])
  sort?: 'name' | '-name' | 'freeCapacity' | '-freeCapacity' | 'experience' | '-experience' | 'distance';
}

export class SupplierQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Name or CVR' }) @IsOptional() @Transform(single) @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: COMPETENCE_CODES }) @IsOptional() @Transform(single) @IsIn(COMPETENCE_CODES) competence?: string;
  @ApiPropertyOptional({ enum: [1, 2, 3] }) @IsOptional() @Transform(toInt) @IsIn([1, 2, 3]) minLevel?: CompetenceLevel;
  @ApiPropertyOptional() @IsOptional() @Transform(single) @IsIn(LANGUAGE_CODES) language?: string;
  @ApiPropertyOptional({ enum: REGIONS }) @IsOptional() @Transform(single) @IsIn(REGIONS) region?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(single) @IsMunicipalityCode() municipality?: string;
  @ApiPropertyOptional({ enum: ORGANISATION_TYPES }) @IsOptional() @Transform(single) @IsIn(ORGANISATION_TYPES) organisationType?: OrganisationType;
  @ApiPropertyOptional({ enum: ['name', '-name', 'capacity', '-capacity', 'newest'] })
  @IsOptional()
  @Transform(single)
  @IsIn(['name', '-name', 'capacity', '-capacity', 'newest'])
  sort?: 'name' | '-name' | 'capacity' | '-capacity' | 'newest';
}

export class PostcodeQuery {
  @ApiPropertyOptional({ description: 'Start of a postcode or a town name' }) @IsOptional() @Transform(single) @IsString() @MaxLength(50) q?: string;
}
