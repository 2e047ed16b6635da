import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { TenderStatus } from '@mentor/contracts';

import { AppConfig } from '../../../core/config/app-config';
import { MunicipalityEntity } from '../../reference/entities/municipality.entity';
import { SupplierEntity } from '../../suppliers/entities/supplier.entity';
import { AwardCriterionEntity } from '../entities/award-criterion.entity';
import { BidEntity } from '../entities/bid.entity';
import { FrameworkAgreementEntity } from '../entities/framework-agreement.entity';
import { LotEntity } from '../entities/lot.entity';
import { TenderQuestionEntity } from '../entities/tender-question.entity';
import { TenderClock } from '../tender-clock';
import { TendersService } from '../tenders.service';
import { copenhagenStartOfDay } from '../utils/danish-holidays.util';

/** Our registered-style ocid prefix; ocids are `<prefix>-<tender id>`. */
export const OCID_PREFIX = 'ocds-mmdk01';

/** OCDS extensions used: lots (tender.lots, relatedLots) and bid statistics (bids.statistics). */
export const OCDS_EXTENSIONS = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json',
];

export type OcdsReleasePackage = Record<string, unknown> & { releases: Record<string, unknown>[] };

const TENDER_STATUS: Record<TenderStatus, string> = {
  draft: 'planning',
  published: 'active',
  closed: 'active',
  evaluated: 'active',
  awarded: 'complete',
  in_force: 'complete',
  cancelled: 'cancelled',
};

const TAGS: Record<TenderStatus, string[]> = {
  draft: ['planning'],
  published: ['tender'],
  closed: ['tenderUpdate'],
  evaluated: ['tenderUpdate'],
  awarded: ['award'],
  in_force: ['award', 'contract'],
  cancelled: ['tenderCancellation'],
};

/**
 * The tender as an OCDS 1.1 release package. Bids appear only once opened (tenderers, their number
 * and bid statistics); before the deadline the export says nothing about them.
 */
@Injectable()
export class OcdsExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: TenderClock,
    private readonly tenders: TendersService,
  ) {}

  async export(tenderId: string): Promise<OcdsReleasePackage> {
    const tender = await this.tenders.readable(tenderId);
    const m = this.dataSource.manager;
    const [lots, criteria, municipality, questions] = await Promise.all([
      m.find(LotEntity, { where: { tenderId: tender.id }, order: { number: 'ASC' } }),
      m.find(AwardCriterionEntity, { where: { tenderId: tender.id }, order: { position: 'ASC' } }),
      m.findOneBy(MunicipalityEntity, { code: tender.municipalityCode }),
      m.count(TenderQuestionEntity, { where: { tenderId: tender.id } }),
    ]);
    const opened = !!tender.openedAt;
    const bids = opened ? await m.find(BidEntity, { where: { tenderId: tender.id, status: 'submitted' } }) : [];
    const agreements = tender.awardedAt ? await m.find(FrameworkAgreementEntity, { where: { tenderId: tender.id }, order: { lotId: 'ASC', rank: 'ASC' } }) : [];
    const supplierIds = [...new Set([...bids.map((b) => b.supplierId), ...agreements.map((a) => a.supplierId)])];
    const suppliers = supplierIds.length ? await m.find(SupplierEntity, { where: { id: In(supplierIds) } }) : [];
    const orgId = (s: SupplierEntity) => `DK-CVR-${s.cvr}`;
    const buyer = { id: `DK-KOMMUNE-${tender.municipalityCode}`, name: `${municipality?.name ?? tender.municipalityCode} Kommune` };
    const winners = new Set(agreements.map((a) => a.supplierId));
    const day = (d: string) => copenhagenStartOfDay(d).toISOString();

    const parties: Record<string, unknown>[] = [
      { ...buyer, identifier: { scheme: 'DK-KOMMUNE', id: tender.municipalityCode, legalName: buyer.name }, roles: ['buyer', 'procuringEntity'], address: { countryName: 'Danmark' } },
      ...suppliers.map((s) => ({
        id: orgId(s),
        name: s.name,
        identifier: { scheme: 'DK-CVR', id: s.cvr, legalName: s.name },
        roles: winners.has(s.id) ? ['tenderer', 'supplier'] : ['tenderer'],
      })),
    ];
    const tenderSection: Record<string, unknown> = {
      id: tender.id,
      title: tender.title,
      description: tender.description,
      status: TENDER_STATUS[tender.status],
      procuringEntity: buyer,
      ...(tender.estimatedValue !== null ? { value: { amount: tender.estimatedValue, currency: 'DKK' } } : {}),
      procurementMethod: 'open',
      procurementMethodDetails: 'Udbud efter light-regimet (udbudslovens afsnit III), rammeaftaler om mentorstøtte',
      mainProcurementCategory: 'services',
      awardCriteria: 'ratedCriteria',
      awardCriteriaDetails: [`Pris ${tender.priceWeight} % (${tender.priceModel}${tender.linearSlope !== null ? `, hældning ${tender.linearSlope}` : ''})`, ...criteria.map((c) => `${c.name} ${c.weight} %`)].join('; '),
      submissionMethod: ['electronicSubmission'],
      submissionMethodDetails: 'Mentormarkedet; tilbud forsegles til tilbudsfristen',
      tenderPeriod: { ...(tender.publishedAt ? { startDate: tender.publishedAt.toISOString() } : {}), endDate: tender.bidDeadline.toISOString() },
      enquiryPeriod: { ...(tender.publishedAt ? { startDate: tender.publishedAt.toISOString() } : {}), endDate: tender.questionDeadline.toISOString() },
      hasEnquiries: questions > 0,
      contractPeriod: { startDate: day(tender.agreementStart), endDate: day(tender.agreementEnd) },
      ...(tender.awardedAt ? { awardPeriod: { startDate: (tender.evaluatedAt ?? tender.awardedAt).toISOString(), endDate: tender.awardedAt.toISOString() } } : {}),
      items: lots.map((l) => ({ id: `item-${l.number}`, description: `Mentortimer, ${l.title}`, quantity: l.estimatedHoursPerYear, unit: { name: 'timer pr. år' }, relatedLot: l.id })),
      lots: lots.map((l) => ({ id: l.id, title: l.title, description: l.description || l.title, status: TENDER_STATUS[tender.status] })),
      ...(opened ? { numberOfTenderers: suppliers.filter((s) => bids.some((b) => b.supplierId === s.id)).length, tenderers: suppliers.filter((s) => bids.some((b) => b.supplierId === s.id)).map((s) => ({ id: orgId(s), name: s.name })) } : {}),
    };
    const release: Record<string, unknown> = {
      ocid: `${OCID_PREFIX}-${tender.id}`,
      id: `${tender.id}-${tender.status}-${tender.updatedAt.getTime()}`,
      date: tender.updatedAt.toISOString(),
      // Cancelled in its standstill: the award is cancelled along with the tender.
      tag: tender.status === 'cancelled' && tender.awardedAt ? ['tenderCancellation', 'awardCancellation'] : TAGS[tender.status],
      initiationType: 'tender',
      language: 'da',
      parties,
      buyer,
      tender: tenderSection,
    };
    if (opened) {
      release['bids'] = {
        statistics: [
          { id: 'bids-total', measure: 'bids', value: bids.length },
          ...lots.map((l) => ({ id: `bids-lot-${l.number}`, measure: 'bids', value: bids.filter((b) => b.lotId === l.id).length, relatedLot: l.id })),
        ],
      };
    }
    if (agreements.length) {
      const awardStatus = tender.status === 'in_force' ? 'active' : tender.status === 'cancelled' ? 'cancelled' : 'pending';
      release['awards'] = lots
        .filter((l) => agreements.some((a) => a.lotId === l.id))
        .map((l) => ({
          id: `award-${l.id}`,
          title: `Rammeaftaler, ${l.title}`,
          status: awardStatus,
          date: tender.awardedAt!.toISOString(),
          suppliers: agreements
            .filter((a) => a.lotId === l.id)
            .map((a) => suppliers.find((s) => s.id === a.supplierId)!)
            .map((s) => ({ id: orgId(s), name: s.name })),
          contractPeriod: { startDate: day(tender.agreementStart), endDate: day(tender.agreementEnd) },
          relatedLots: [l.id],
        }));
      release['contracts'] = agreements.map((a) => ({
        id: a.id,
        awardID: `award-${a.lotId}`,
        title: `Rammeaftale nr. ${a.rank}, ${lots.find((l) => l.id === a.lotId)?.title ?? ''}: ${suppliers.find((s) => s.id === a.supplierId)?.name ?? ''}`,
        status: a.status === 'in_force' ? 'active' : a.status === 'standstill' ? 'pending' : a.status === 'expired' ? 'terminated' : 'cancelled',
        period: { startDate: day(a.validFrom), endDate: day(a.validTo) },
        items: [{ id: `rate-${a.id}`, description: 'Mentortime (timepris)', quantity: a.hourCeiling, unit: { name: 'time', value: { amount: a.hourlyRate, currency: 'DKK' } }, relatedLot: a.lotId }],
      }));
    }
    return {
      uri: `${this.config.publicUrl}/api/tenders/${tender.id}/ocds`,
      version: '1.1',
      extensions: OCDS_EXTENSIONS,
      publishedDate: this.clock.now().toISOString(),
      publisher: { name: 'Mentormarkedet', uri: this.config.publicUrl },
      releases: [release],
    };
  }
}
