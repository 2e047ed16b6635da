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

export type { MunicipalitySettings } from '@mentor/contracts';

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

  @ApiPropertyOptional({ minimum: 1, maximum: 28, description: 'Day of the following month a monthly report falls due' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(28, { message: 'reportDueDay must be at most 28, so the day exists in every month' })
  reportDueDay?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 14, description: 'Days before the due date the mentor is reminded' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(14)
  reportReminderDaysBefore?: number;
}
