import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { AwardResult, Bid, BidReceiptRecord, BidSubmission, Evaluation, Page, Question, Role, Tender, TenderTransitionResult } from '@mentor/contracts';

import { Roles } from '../../core/auth/roles.decorator';
import { BidsService } from './bids.service';
import { TenderDocumentsService } from './documents/tender-documents.service';
import { EvaluationService } from './evaluation.service';
import { OcdsExportService, OcdsReleasePackage } from './ocds/ocds-export.service';
import { AnswerDto, CancelTenderDto, CreateBidDto, CreateTenderDto, DocumentQuery, QuestionDto, TenderQuery, UpdateTenderDto } from './tenders.dto';
import { TendersService } from './tenders.service';

/** Who reads tenders: the municipality's own users, every supplier admin (published ones), the platform admin (published ones). */
const READERS: Role[] = ['procurement_officer', 'municipality_admin', 'caseworker', 'supplier_admin', 'platform_admin'];
const BUYER: Role[] = ['procurement_officer', 'municipality_admin'];

@ApiTags('tenders')
@ApiBearerAuth()
@Controller('tenders')
export class TendersController {
  constructor(
    private readonly tenders: TendersService,
    private readonly bids: BidsService,
    private readonly evaluation: EvaluationService,
    private readonly documents: TenderDocumentsService,
    private readonly ocds: OcdsExportService,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: "Municipal users: their municipality's tenders (drafts too). Suppliers and the platform admin: every published tender, never drafts." })
  @ApiOkResponse({ description: 'Page<Tender>; bidCount is null until the bids are opened at the deadline' })
  list(@Query() query: TenderQuery): Promise<Page<Tender>> {
    return this.tenders.list(query);
  }

  @Post()
  @Roles('procurement_officer')
  @ApiOperation({ summary: 'Create a draft tender: lots, criteria (weights with priceWeight sum to 100), price and allocation model, timeline' })
  @ApiCreatedResponse({ description: 'Tender (status draft)' })
  create(@Body() dto: CreateTenderDto): Promise<Tender> {
    return this.tenders.create(dto);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ description: 'Tender' })
  @ApiNotFoundResponse({ description: "No such tender, another municipality's, or a draft seen by a supplier" })
  get(@Param('id') id: string): Promise<Tender> {
    return this.tenders.get(id);
  }

  @Patch(':id')
  @Roles('procurement_officer')
  @ApiOperation({ summary: 'Change a draft (lots and criteria given replace the old ones)' })
  @ApiOkResponse({ description: 'Tender' })
  @ApiConflictResponse({ description: 'Not a draft' })
  update(@Param('id') id: string, @Body() dto: UpdateTenderDto): Promise<Tender> {
    return this.tenders.update(id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('procurement_officer')
  @ApiOperation({ summary: 'draft → published: the bid deadline must be in the future; a short bid period, an EU-notice value or a missing estimated value comes back as a warning' })
  @ApiOkResponse({ description: '{ tender, warnings }' })
  publish(@Param('id') id: string): Promise<TenderTransitionResult> {
    return this.tenders.publish(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('procurement_officer')
  @ApiOperation({ summary: 'published → closed once the bid deadline has passed (normally done by a job at the deadline); opens the bids' })
  @ApiOkResponse({ description: '{ tender, warnings }' })
  close(@Param('id') id: string): Promise<TenderTransitionResult> {
    return this.tenders.close(id);
  }

  @Post(':id/evaluate')
  @HttpCode(200)
  @Roles('procurement_officer')
  @ApiOperation({ summary: 'closed → evaluated: every quality answer of every bid must be scored' })
  @ApiOkResponse({ description: '{ tender, warnings }' })
  evaluate(@Param('id') id: string): Promise<TenderTransitionResult> {
    return this.evaluation.complete(id);
  }

  @Post(':id/award')
  @HttpCode(200)
  @Roles('procurement_officer')
  @ApiOperation({
    summary:
      'evaluated (or closed with every answer scored: evaluated in the same step) → awarded: framework agreements for the best maxSuppliers bids per lot, standstill letters to every bidder',
  })
  @ApiOkResponse({ description: '{ tender, agreements: Agreement[], warnings } (warnings name lots without bids)' })
  award(@Param('id') id: string): Promise<AwardResult> {
    return this.evaluation.award(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('procurement_officer')
  @ApiOperation({ summary: 'Cancel with a reason, up to the end of the standstill (awarded agreements are cancelled too); suppliers are notified. 409 once agreements are in force' })
  @ApiOkResponse({ description: '{ tender, warnings }' })
  cancel(@Param('id') id: string, @Body() dto: CancelTenderDto): Promise<TenderTransitionResult> {
    return this.tenders.cancel(id, dto);
  }

  @Get(':id/questions')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Questions and answers. Never names the asker; suppliers see answered questions and their own pending ones' })
  @ApiOkResponse({ description: 'Question[]' })
  questions(@Param('id') id: string): Promise<Question[]> {
    return this.tenders.listQuestions(id);
  }

  @Post(':id/questions')
  @Roles('supplier_admin')
  @ApiOperation({ summary: 'Ask a question before the question deadline' })
  @ApiCreatedResponse({ description: 'Question' })
  ask(@Param('id') id: string, @Body() dto: QuestionDto): Promise<Question> {
    return this.tenders.ask(id, dto);
  }

  @Post(':id/questions/:qid/answer')
  @HttpCode(200)
  @Roles('procurement_officer')
  @ApiOperation({ summary: 'Answer (or correct the answer to) a question; published to every supplier without the asker' })
  @ApiOkResponse({ description: 'Question' })
  answer(@Param('id') id: string, @Param('qid') qid: string, @Body() dto: AnswerDto): Promise<Question> {
    return this.tenders.answer(id, qid, dto);
  }

  @Get(':id/bids')
  @Roles('supplier_admin', ...BUYER)
  @ApiOperation({ summary: "Suppliers: their own bids. The buyer: every bid once opened at the deadline (409 before: sealed)" })
  @ApiOkResponse({ description: 'Bid[]' })
  listBids(@Param('id') id: string): Promise<Bid[]> {
    return this.bids.listForTender(id);
  }

  @Post(':id/bids')
  @Roles('supplier_admin')
  @ApiOperation({ summary: 'Submit a sealed bid on one lot before the deadline; returns a receipt (server time, SHA-256 of the canonical bid)' })
  @ApiCreatedResponse({ description: '{ bid, receipt }' })
  submitBid(@Param('id') id: string, @Body() dto: CreateBidDto): Promise<BidSubmission> {
    return this.bids.submit(id, dto);
  }

  @Get(':id/receipts')
  @Roles('supplier_admin')
  @ApiOperation({ summary: "The caller's own receipt history on the tender: every submission, change and withdrawal of its bids, never anyone else's" })
  @ApiOkResponse({ description: 'BidReceiptRecord[]' })
  receipts(@Param('id') id: string): Promise<BidReceiptRecord[]> {
    return this.bids.receiptsForTender(id);
  }

  @Get(':id/evaluation')
  @Roles(...BUYER)
  @ApiOperation({ summary: 'The evaluation table per lot: price points, weighted scores, totals and ranking (after the deadline)' })
  @ApiOkResponse({ description: 'Evaluation' })
  getEvaluation(@Param('id') id: string): Promise<Evaluation> {
    return this.evaluation.evaluation(id);
  }

  @Get(':id/ocds')
  @Roles(...READERS)
  @ApiOperation({ summary: 'OCDS 1.1 release package (tender; bid statistics after opening; awards and contracts after the award)' })
  @ApiOkResponse({ description: 'OCDS release package' })
  exportOcds(@Param('id') id: string): Promise<OcdsReleasePackage> {
    return this.ocds.export(id);
  }

  @Get(':id/documents/:kind')
  @Roles(...READERS)
  @ApiOperation({ summary: 'notice | procedure-report (the buying officers and admins) | standstill-letter (a bidder its own; the buyer with ?supplierId=), as HTML or PDF' })
  @ApiProduces('text/html', 'application/pdf')
  @ApiOkResponse({ description: 'The document' })
  async document(@Param('id') id: string, @Param('kind') kind: string, @Query() query: DocumentQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const doc = await this.documents.render(id, kind, query.format ?? 'html', query.supplierId);
    res.setHeader('Content-Disposition', `${doc.contentType.startsWith('application/pdf') ? 'attachment' : 'inline'}; filename="${doc.filename}"`);
    return new StreamableFile(doc.body, { type: doc.contentType, length: doc.body.length });
  }
}
