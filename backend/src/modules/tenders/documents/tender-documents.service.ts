import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { Role, TenderDocumentKind } from '@mentor/contracts';

import { AuditEventEntity } from '../../../core/audit/entities/audit-event.entity';
import { AppConfig } from '../../../core/config/app-config';
import { RequestContext } from '../../../core/context/request-context';
import { MunicipalityEntity } from '../../reference/entities/municipality.entity';
import { SupplierEntity } from '../../suppliers/entities/supplier.entity';
import { AwardCriterionEntity } from '../entities/award-criterion.entity';
import { FrameworkAgreementEntity } from '../entities/framework-agreement.entity';
import { LotEntity } from '../entities/lot.entity';
import { TenderQuestionEntity } from '../entities/tender-question.entity';
import { buildEvaluation, EvaluationService } from '../evaluation.service';
import { TenderClock } from '../tender-clock';
import { TenderException, TenderExceptionCode } from '../tenders.exception';
import { isMunicipal, TendersService } from '../tenders.service';
import { DocumentView, noticeView, procedureReportView, standstillLetterView } from './document-views';
import { TenderDocumentRenderer } from './tender-document.renderer';

const PROCEDURE_REPORT_READERS: readonly Role[] = ['procurement_officer', 'municipality_admin'];

export interface RenderedDocument {
  contentType: string;
  filename: string;
  body: Buffer;
}

/**
 * The tender's documents: the notice (anyone who can read the tender), the procedure report (the
 * buyer's internal record, for its officers and admins) and the standstill letter (each bidder its own; the buyer any).
 */
@Injectable()
export class TenderDocumentsService {
  private readonly renderer = new TenderDocumentRenderer();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: TenderClock,
    private readonly tenders: TendersService,
    private readonly evaluation: EvaluationService,
  ) {}

  async render(tenderId: string, kind: string, format: 'html' | 'pdf', supplierId?: string): Promise<RenderedDocument> {
    if (!(['notice', 'procedure-report', 'standstill-letter'] as string[]).includes(kind)) {
      throw new NotFoundException(`Document kind ${kind} does not exist: use notice, procedure-report or standstill-letter.`);
    }
    const view = await this.view(tenderId, kind as TenderDocumentKind, supplierId);
    const name = `${kind}-${tenderId.slice(0, 8)}`;
    if (format === 'pdf') return { contentType: 'application/pdf', filename: `${name}.pdf`, body: await this.renderer.pdf(view) };
    return { contentType: 'text/html; charset=utf-8', filename: `${name}.html`, body: Buffer.from(this.renderer.html(view), 'utf8') };
  }

  async view(tenderId: string, kind: TenderDocumentKind, supplierId?: string): Promise<DocumentView> {
    const actor = RequestContext.actor()!;
    const tender = await this.tenders.readable(tenderId);
    const m = this.dataSource.manager;
    const [lots, criteria, municipality] = await Promise.all([
      m.find(LotEntity, { where: { tenderId: tender.id }, order: { number: 'ASC' } }),
      m.find(AwardCriterionEntity, { where: { tenderId: tender.id }, order: { position: 'ASC' } }),
      m.findOneBy(MunicipalityEntity, { code: tender.municipalityCode }),
    ]);
    const municipalityName = municipality?.name ?? tender.municipalityCode;
    const now = this.clock.now();
    const thresholdDkk = this.config.lightRegimeThresholdDkk;
    if (kind === 'notice') return noticeView(tender, { municipalityName, lots, criteria, thresholdDkk, now });

    if (kind === 'procedure-report') {
      // Prices, scores and justifications of every bid: for those who run the procurement, not the
      // municipality's caseworkers (readable() has already limited it to the owning municipality).
      if (!isMunicipal(actor) || !PROCEDURE_REPORT_READERS.includes(actor.role)) {
        throw new ForbiddenException('The procedure report is the buying municipality’s internal record, for its procurement officers and administrators.');
      }
      const data = await this.evaluation.load(m, tender);
      const [questions, agreements, events] = await Promise.all([
        m.find(TenderQuestionEntity, { where: { tenderId: tender.id }, order: { askedAt: 'ASC' } }),
        m.find(FrameworkAgreementEntity, { where: { tenderId: tender.id }, order: { lotId: 'ASC', rank: 'ASC' } }),
        // The tender's own trail: suppliers' bid and question events are kept in their own trails.
        m.find(AuditEventEntity, { where: { entityType: 'tender', entityId: tender.id }, order: { occurredAt: 'ASC' } }),
      ]);
      const names = new Map(data.supplierNames);
      for (const s of agreements.length ? await m.findBy(SupplierEntity, agreements.map((a) => ({ id: a.supplierId }))) : []) names.set(s.id, s.name);
      return procedureReportView(tender, {
        municipalityName,
        lots,
        criteria,
        thresholdDkk,
        questions,
        evaluation: tender.openedAt ? buildEvaluation(data) : null,
        agreements,
        supplierNames: names,
        events,
        now,
      });
    }

    if (!tender.awardedAt) {
      throw new TenderException(TenderExceptionCode.INVALID_STATE, `Tender ${tender.id} is ${tender.status}: standstill letters exist once the tender has been awarded.`);
    }
    let letterFor: string;
    if (actor.supplierId) letterFor = actor.supplierId;
    else if (isMunicipal(actor)) {
      if (!supplierId) throw new BadRequestException('supplierId: give the bidder whose standstill letter you want.');
      letterFor = supplierId;
    } else throw new ForbiddenException('Standstill letters are for the bidders and the buyer.');
    const data = await this.evaluation.load(m, tender);
    if (!data.bids.some((b) => b.supplierId === letterFor)) throw new NotFoundException(`No standstill letter for supplier ${letterFor} in tender ${tender.id}.`);
    return standstillLetterView(tender, { municipalityName, supplierId: letterFor, supplierName: data.supplierNames.get(letterFor) ?? '', evaluation: buildEvaluation(data), now });
  }
}
