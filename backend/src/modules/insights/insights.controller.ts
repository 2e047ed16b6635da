import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { Response } from 'express';

import { EffectsQuery, EffectsReport, Scorecard, TARGET_GROUP_CODES, TargetGroup } from '@mentor/contracts';

import { Roles } from '../../core/auth/roles.decorator';
import { single } from '../../core/http/transforms';
import { IsCalendarDate } from '../../core/http/validators';
import { InsightsService } from './insights.service';

class EffectsQueryDto implements EffectsQuery {
  @ApiPropertyOptional({ description: 'Start of the period (default 12 months before `to`)' }) @IsOptional() @Transform(single) @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ description: 'End of the period (default today)' }) @IsOptional() @Transform(single) @IsCalendarDate() to?: string;
  @ApiPropertyOptional({ enum: TARGET_GROUP_CODES }) @IsOptional() @Transform(single) @IsIn(TARGET_GROUP_CODES) targetGroup?: TargetGroup;
  @ApiPropertyOptional() @IsOptional() @Transform(single) @IsUUID() supplierId?: string;
  @ApiPropertyOptional({ description: 'A framework agreement (a lot of a supplier)' }) @IsOptional() @Transform(single) @IsUUID() agreementId?: string;
}
class EffectsFormatDto extends EffectsQueryDto {
  @ApiProperty({ enum: ['json', 'csv'], required: false }) @IsOptional() @Transform(single) @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}

@ApiTags('insights')
@ApiBearerAuth()
@Controller()
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Get('suppliers/:id/scorecard')
  @Roles('platform_admin', 'municipality_admin', 'procurement_officer', 'caseworker', 'supplier_admin')
  @ApiOperation({ summary: "A supplier's scorecard: reporting quality and its history, courses, hours, outcomes, satisfaction" })
  scorecard(@Param('id', ParseUUIDPipe) id: string, @Query() query: EffectsQueryDto): Promise<Scorecard> {
    return this.insights.scorecard(id, query);
  }

  @Get('insights/effects')
  @Roles('procurement_officer', 'municipality_admin', 'caseworker')
  @ApiOperation({ summary: "The municipality's effect figures per supplier and target group (format=csv for a spreadsheet)" })
  async effects(@Query() query: EffectsFormatDto, @Res({ passthrough: true }) res: Response): Promise<EffectsReport | string> {
    const { format, ...filters } = query;
    if (format !== 'csv') return this.insights.effects(filters);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="effekt-${new Date().toISOString().slice(0, 10)}.csv"`);
    return this.insights.effectsCsv(filters);
  }
}
