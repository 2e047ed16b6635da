import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Agreement, Page } from '@mentor/contracts';

import { Roles } from '../../core/auth/roles.decorator';
import { EvaluationService } from './evaluation.service';
import { AgreementQuery } from './tenders.dto';

@ApiTags('tenders')
@ApiBearerAuth()
@Controller('agreements')
export class AgreementsController {
  constructor(private readonly evaluation: EvaluationService) {}

  @Get()
  @Roles('procurement_officer', 'municipality_admin', 'caseworker', 'supplier_admin', 'mentor')
  @ApiOperation({ summary: "Framework agreements: municipal users their municipality's, suppliers their own. Filter by status, tender, target group, or in force on a date" })
  @ApiOkResponse({ description: 'Page<Agreement>' })
  list(@Query() query: AgreementQuery): Promise<Page<Agreement>> {
    return this.evaluation.agreements(query);
  }

  @Get(':id')
  @Roles('procurement_officer', 'municipality_admin', 'caseworker', 'supplier_admin', 'mentor')
  @ApiOkResponse({ description: 'Agreement' })
  @ApiNotFoundResponse({ description: "No such agreement, or another tenant's" })
  get(@Param('id') id: string): Promise<Agreement> {
    return this.evaluation.agreement(id);
  }
}
