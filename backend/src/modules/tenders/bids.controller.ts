import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Bid, BidSubmission, Evaluation, ReceiptCheck, ReceiptVerification } from '@mentor/contracts';

import { Roles } from '../../core/auth/roles.decorator';
import { BidsService } from './bids.service';
import { EvaluationService } from './evaluation.service';
import { ReceiptQuery, ScoresDto, UpdateBidDto, VerifyReceiptDto } from './tenders.dto';

@ApiTags('tenders')
@ApiBearerAuth()
@Controller('bids')
export class BidsController {
  constructor(
    private readonly bids: BidsService,
    private readonly evaluation: EvaluationService,
  ) {}

  @Get(':id')
  @Roles('supplier_admin', 'procurement_officer', 'municipality_admin')
  @ApiOperation({ summary: 'A bid: its supplier any time; the buyer once opened at the deadline' })
  @ApiOkResponse({ description: 'Bid' })
  @ApiNotFoundResponse({ description: 'No such bid, or not (yet) yours to read: the same answer' })
  get(@Param('id') id: string): Promise<Bid> {
    return this.bids.get(id);
  }

  @Put(':id')
  @Roles('supplier_admin')
  @ApiOperation({ summary: 'Replace the bid before the deadline (409 after); returns a new receipt' })
  @ApiOkResponse({ description: '{ bid, receipt }' })
  update(@Param('id') id: string, @Body() dto: UpdateBidDto): Promise<BidSubmission> {
    return this.bids.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('supplier_admin')
  @ApiOperation({ summary: 'Withdraw the bid before the deadline (409 after); its content is destroyed' })
  @ApiNoContentResponse()
  async withdraw(@Param('id') id: string): Promise<void> {
    await this.bids.withdraw(id);
  }

  @Get(':id/receipt')
  @Roles('supplier_admin', 'procurement_officer', 'municipality_admin')
  @ApiOperation({
    summary:
      'The receipt of the stored bid (canonical JSON and its SHA-256); with ?sha256= says whether a receipt matches. The bidder also gets every receipt issued for the bid (a withdrawn one too) and which of them the hash is',
  })
  @ApiOkResponse({ description: 'ReceiptCheck' })
  receipt(@Param('id') id: string, @Query() query: ReceiptQuery): Promise<ReceiptCheck> {
    return this.bids.receipt(id, query.sha256);
  }

  @Post('receipts/verify')
  @HttpCode(200)
  @Roles('supplier_admin')
  @ApiOperation({ summary: "Verify a kept receipt against every receipt issued to the caller's supplier: current, superseded (when), withdrawn (when) or unknown" })
  @ApiOkResponse({ description: 'ReceiptVerification' })
  verifyReceipt(@Body() dto: VerifyReceiptDto): Promise<ReceiptVerification> {
    return this.bids.verifyReceipt(dto);
  }

  @Put(':id/scores')
  @Roles('procurement_officer')
  @ApiOperation({ summary: 'Score quality answers 0–10 with a justification (while the tender is closed); returns the evaluation table' })
  @ApiOkResponse({ description: 'Evaluation' })
  score(@Param('id') id: string, @Body() dto: ScoresDto): Promise<Evaluation> {
    return this.evaluation.score(id, dto);
  }
}
