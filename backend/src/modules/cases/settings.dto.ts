import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';

import { MatchComponents } from '@mentor/contracts';

export class MatchWeightsDto implements MatchComponents {
  @ApiPropertyOptional() @IsNumber() @Min(0) @Max(1) competence: number;
  @ApiPropertyOptional() @IsNumber() @Min(0) @Max(1) quality: number;
  @ApiPropertyOptional() @IsNumber() @Min(0) @Max(1) outcome: number;
  @ApiPropertyOptional() @IsNumber() @Min(0) @Max(1) distance: number;
  @ApiPropertyOptional() @IsNumber() @Min(0) @Max(1) price: number;
  @ApiPropertyOptional() @IsNumber() @Min(0) @Max(1) capacity: number;
  @ApiPropertyOptional() @IsNumber() @Min(0) @Max(1) preference: number;
}

export class UpdateSettingsDto {
  @ApiPropertyOptional({ type: MatchWeightsDto, description: 'Seven weights in [0, 1] summing to 1' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchWeightsDto)
  matchingWeights?: MatchWeightsDto;

  @ApiPropertyOptional({ minimum: 1, maximum: 15 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(15)
  offerAnswerWorkingDays?: number;
}

export interface MunicipalitySettings {
  municipalityCode: string;
  matchingWeights: MatchComponents;
  usesDefaultWeights: boolean;
  offerAnswerWorkingDays: number;
}
