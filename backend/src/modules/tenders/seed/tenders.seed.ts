import { generateKeyPairSync } from 'node:crypto';

import { EntityManager, In } from 'typeorm';

import { TargetGroup } from '@mentor/contracts';

import { AuditEventEntity } from '../../../core/audit/entities/audit-event.entity';
import { DemoSeedStep } from '../../../core/database/seed/demo-data.seeder';
import { MentorEntity } from '../../suppliers/entities/mentor.entity';
import { SupplierEntity } from '../../suppliers/entities/supplier.entity';
import { AwardCriterionEntity } from '../entities/award-criterion.entity';
import { BidReceiptEntity } from '../entities/bid-receipt.entity';
import { BidScoreEntity } from '../entities/bid-score.entity';
import { BidContent, BidEntity } from '../entities/bid.entity';
import { FrameworkAgreementEntity } from '../entities/framework-agreement.entity';
import { LotEntity } from '../entities/lot.entity';
import { TenderQuestionEntity } from '../entities/tender-question.entity';
import { TenderEntity } from '../entities/tender.entity';
import { inForceInstant, publicationChanges } from '../tender-lifecycle.service';
import { sealToTender } from '../utils/bid-seal.util';
import { canonicalBid } from '../utils/canonical-bid.util';
import { addCalendarDays, copenhagenDate, copenhagenStartOfDay, standstillEndDate } from '../utils/danish-holidays.util';
import { rankLot } from '../utils/ranking.util';

const HVIDOVRE = '0167';
const ALBERTSLUND = '0165';
const DAY = 86_400_000;

interface SeedLot {
  title: string;
  description: string;
  targetGroups: TargetGroup[];
  requiredCompetences: string[];
  estimatedHoursPerYear: number;
  hourCeiling: number;
}

const FINISHED_LOTS: SeedLot[] = [
  {
    title: 'Unge og kriminalitet',
    description: 'Mentorstøtte til unge i eller på kanten af kriminalitet og misbrug, med uddannelse eller job som mål.',
    targetGroups: ['education_aid', 'youth_education', 'activity_ready_cash'],
    requiredCompetences: ['youth_crime', 'substance_abuse'],
    estimatedHoursPerYear: 3200,
    hourCeiling: 4000,
  },
  {
    title: 'Psykisk sårbare borgere',
    description: 'Mentorstøtte til borgere med psykiske vanskeligheder, også efter indlæggelse.',
    targetGroups: ['activity_ready_cash', 'resource_course', 'sickness_benefit'],
    requiredCompetences: ['psychiatric', 'anxiety_stress'],
    estimatedHoursPerYear: 2600,
    hourCeiling: 3500,
  },
];

const CRITERIA = [
  { name: 'Kvalitet i mentorindsatsen', weight: 35, description: 'Metode, progression mod job eller uddannelse, brug af pejlemærker.' },
  { name: 'Implementering og samarbejde', weight: 25, description: 'Opstart, samarbejde med sagsbehandler, rapportering.' },
];

const JUSTIFICATIONS = [
  'Meget konkret beskrivelse af metode og progression, med tydelige pejlemærker.',
  'God beskrivelse, men opfølgningen på pejlemærker er mindre konkret.',
  'Tilfredsstillende, dog generelle formuleringer uden eksempler.',
  'Overbevisende samarbejdsmodel med fast kontaktperson og månedlig rapportering.',
];

/**
 * Demo procurement: a finished tender in Hvidovre whose framework agreements are in force for two
 * lots (awarded to every demo supplier, ranked), an open tender in Hvidovre to bid on, and a draft
 * in Albertslund. The finished tender's bids were sealed to its key like real bids and opened "at
 * the deadline"; its private key is not kept (nothing is left to open). The open tender is
 * published the way the API publishes (publicationChanges), so it has its sealing key from the
 * start: a key made with the first bid would change the tender row, visibly to every supplier.
 */
export const tendersSeedStep: DemoSeedStep = {
  name: 'tenders and framework agreements',
  async run(manager, context) {
    const today = copenhagenDate(context.today);
    const suppliers = [...context.suppliers.values()];
    await seedFinishedTender(manager, today, suppliers);
    await seedOpenTender(manager, today, context.services.keys.key('sealed-bids'));
    await seedDraft(manager, today);
  },
};

async function seedFinishedTender(manager: EntityManager, today: string, suppliers: SupplierEntity[]): Promise<void> {
  // In force for a year already, so the demo has a year of courses, reports and outcomes under it.
  const agreementStart = addCalendarDays(today, -400);
  const agreementEnd = addCalendarDays(addCalendarDays(agreementStart, 3 * 365), -1);
  const bidDeadline = new Date(copenhagenStartOfDay(addCalendarDays(agreementStart, -45)).getTime() + 12 * 3_600_000);
  const at = (days: number) => new Date(bidDeadline.getTime() + days * DAY);
  const awardedAt = at(8);
  const standstillEndsOn = standstillEndDate(copenhagenDate(awardedAt), 10);
  const inForceAt = inForceInstant(standstillEndsOn);
  const { publicKey } = generateKeyPairSync('x25519');

  const tender = await manager.save(
    manager.create(TenderEntity, {
      municipalityCode: HVIDOVRE,
      status: 'in_force',
      title: 'Mentorstøtte i Hvidovre Kommune, rammeaftaler',
      description: 'Hvidovre Kommune indgår rammeaftaler om mentorstøtte efter lov om en aktiv beskæftigelsesindsats, fordelt på to delaftaler. Tildeling sker efter kaskademodellen.',
      priceWeight: 40,
      priceModel: 'proportional',
      linearSlope: null,
      allocationModel: 'cascade',
      estimatedValue: 4_950_000,
      questionDeadline: at(-10),
      bidDeadline,
      standstillDays: 10,
      agreementStart,
      agreementEnd,
      sealPublicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64url'),
      sealPrivateKeyEnc: null,
      createdByUserId: null,
      publishedAt: at(-35),
      closedAt: bidDeadline,
      openedAt: bidDeadline,
      evaluatedAt: at(6),
      awardedAt,
      standstillEndsOn,
      inForceAt,
      cancelledAt: null,
      cancelReason: null,
    }),
  );
  const lots = await manager.save(FINISHED_LOTS.map((l, i) => manager.create(LotEntity, { ...l, tenderId: tender.id, number: i + 1, maxSuppliers: Math.max(2, suppliers.length) })));
  const criteria = await manager.save(CRITERIA.map((c, i) => manager.create(AwardCriterionEntity, { ...c, tenderId: tender.id, position: i + 1 })));
  await manager.save(manager.create(TenderQuestionEntity, {
    tenderId: tender.id,
    askedBySupplierId: suppliers[0].id,
    text: 'Kan en mentor indgå i tilbud på begge delaftaler?',
    answer: 'Ja. Den samme mentor kan foreslås på begge delaftaler, men kapaciteten skal kunne dække begge.',
    askedAt: at(-20),
    answeredAt: at(-19),
    answeredByUserId: null,
  }));

  const mentors = await manager.find(MentorEntity, { select: { id: true, supplierId: true }, where: { supplierId: In(suppliers.map((s) => s.id)), active: true } });
  for (const [lotIndex, lot] of lots.entries()) {
    const bids: BidEntity[] = [];
    const scores: BidScoreEntity[] = [];
    for (const [i, supplier] of suppliers.entries()) {
      const bid = manager.create(BidEntity, {
        tenderId: tender.id,
        lotId: lot.id,
        supplierId: supplier.id,
        status: 'submitted',
        submittedAt: at(-3 + i * 0.01 + lotIndex * 0.001),
        withdrawnAt: null,
        openedAt: bidDeadline,
        bidderCopy: null,
      });
      bid.id = (await manager.query<{ id: string }[]>('SELECT gen_random_uuid() AS id'))[0].id;
      const content: BidContent = {
        hourlyRate: 420 + ((i * 37 + lotIndex * 13) % 120),
        answers: criteria.map((c) => ({ criterionId: c.id, text: `${supplier.name}: vores tilgang til "${c.name}" på delaftalen ${lot.title}.` })),
        mentorIds: mentors.filter((m) => m.supplierId === supplier.id).slice(0, 3).map((m) => m.id).sort(),
      };
      bid.sha256 = canonicalBid(bid, content).sha256;
      bid.sealed = sealToTender(tender.sealPublicKey as string, JSON.stringify(content), bid.id);
      Object.assign(bid, { hourlyRate: content.hourlyRate, answers: content.answers, mentorIds: content.mentorIds });
      bids.push(bid);
      for (const [ci, c] of criteria.entries()) {
        scores.push(
          manager.create(BidScoreEntity, {
            tenderId: tender.id,
            bidId: bid.id,
            criterionId: c.id,
            municipalityCode: HVIDOVRE,
            score: 9 - ((i + ci + lotIndex) % 4),
            justification: JUSTIFICATIONS[(i + ci) % JUSTIFICATIONS.length],
            scoredByUserId: null,
            scoredAt: at(3),
          }),
        );
      }
    }
    await manager.save(bids);
    await manager.insert(
      BidReceiptEntity,
      bids.map((b) => ({ bidId: b.id, supplierId: b.supplierId, tenderId: b.tenderId, lotId: b.lotId, kind: 'submitted' as const, sequence: 1, submittedAt: b.submittedAt, sha256: b.sha256 })),
    );
    await manager.save(scores);
    const ranked = rankLot(
      bids.map((b) => ({ bidId: b.id, hourlyRate: b.hourlyRate as number, submittedAt: b.submittedAt, scores: new Map(scores.filter((s) => s.bidId === b.id).map((s) => [s.criterionId, s.score])) })),
      { priceModel: tender.priceModel, linearSlope: null, priceWeight: tender.priceWeight, criteria },
    );
    await manager.save(
      ranked
        .filter((r) => r.rank <= lot.maxSuppliers)
        .map((r) => {
          const bid = bids.find((b) => b.id === r.bidId)!;
          return manager.create(FrameworkAgreementEntity, {
            tenderId: tender.id,
            lotId: lot.id,
            bidId: bid.id,
            supplierId: bid.supplierId,
            municipalityCode: HVIDOVRE,
            targetGroups: lot.targetGroups,
            hourlyRate: bid.hourlyRate as number,
            rank: r.rank,
            hourCeiling: lot.hourCeiling,
            hoursUsed: 0,
            validFrom: agreementStart,
            validTo: agreementEnd,
            standstillEndsOn,
            status: 'in_force',
          });
        }),
    );
  }
  const trail: [string, Date, string, Record<string, unknown>][] = [
    ['tender.created', at(-40), 'procurement_officer', { lots: 2, criteria: 2 }],
    ['tender.published', at(-35), 'procurement_officer', { bidDeadline: bidDeadline.toISOString() }],
    ['tender.question_answered', at(-19), 'procurement_officer', {}],
    ['tender.closed', bidDeadline, 'system', { bidsOpened: suppliers.length * lots.length }],
    ['tender.evaluated', at(6), 'procurement_officer', {}],
    ['tender.awarded', awardedAt, 'procurement_officer', { agreements: suppliers.length * lots.length, standstillEndsOn }],
    ['tender.in_force', inForceAt, 'system', { standstillEndsOn }],
  ];
  await manager.save(
    trail.map(([action, occurredAt, actorRole, details]) =>
      manager.create(AuditEventEntity, { action, occurredAt, actorRole, details, entityType: 'tender', entityId: tender.id, municipalityCode: HVIDOVRE, supplierId: null, actorUserId: null, purpose: null, requestId: null }),
    ),
  );
}

async function seedOpenTender(manager: EntityManager, today: string, sealedBidsKey: Buffer): Promise<void> {
  const bidDay = addCalendarDays(today, 21);
  const bidDeadline = new Date(copenhagenStartOfDay(bidDay).getTime() + 12 * 3_600_000);
  const agreementStart = addCalendarDays(bidDay, 45);
  const tender = await manager.save(
    manager.create(TenderEntity, {
      municipalityCode: HVIDOVRE,
      status: 'draft',
      title: 'Mentorstøtte til unge under uddannelsespålæg',
      description: 'Hvidovre Kommune udbyder rammeaftaler om mentorstøtte til unge under uddannelsespålæg og til fastholdelse i uddannelse. Tilbud afgives pr. delaftale i Mentormarkedet.',
      priceWeight: 30,
      priceModel: 'linear',
      linearSlope: 1,
      allocationModel: 'objective_criteria',
      estimatedValue: 6_400_000,
      questionDeadline: new Date(bidDeadline.getTime() - 7 * DAY),
      bidDeadline,
      standstillDays: 10,
      agreementStart,
      agreementEnd: addCalendarDays(addCalendarDays(agreementStart, 730), -1),
      createdByUserId: null,
    }),
  );
  const publishedAt = new Date(copenhagenStartOfDay(addCalendarDays(today, -5)).getTime() + 9 * 3_600_000);
  await manager.update(TenderEntity, { id: tender.id }, publicationChanges(sealedBidsKey, tender.id, publishedAt));
  await manager.save([
    manager.create(LotEntity, { tenderId: tender.id, number: 1, title: 'Unge under uddannelsespålæg', description: 'Unge 18–29 år uden uddannelse, med mål om at starte og gennemføre en uddannelse.', targetGroups: ['youth_education', 'education_aid'], requiredCompetences: ['youth_education', 'education_retention'], estimatedHoursPerYear: 2400, maxSuppliers: 3, hourCeiling: 3000 }),
    manager.create(LotEntity, { tenderId: tender.id, number: 2, title: 'Unge med autisme og ADHD', description: 'Struktur i hverdagen og fastholdelse i uddannelse.', targetGroups: ['youth_education', 'resource_course'], requiredCompetences: ['autism_adhd'], estimatedHoursPerYear: 1500, maxSuppliers: 2, hourCeiling: 2000 }),
  ]);
  await manager.save([
    manager.create(AwardCriterionEntity, { tenderId: tender.id, position: 1, name: 'Metode og progression', weight: 40, description: 'Hvordan mentorforløbet fører til start og fastholdelse i uddannelse.' }),
    manager.create(AwardCriterionEntity, { tenderId: tender.id, position: 2, name: 'Mentorernes kompetencer', weight: 30, description: 'Erfaring med målgruppen og relevante kompetencer.' }),
  ]);
  await manager.save(
    manager.create(AuditEventEntity, { action: 'tender.published', occurredAt: publishedAt, actorRole: 'procurement_officer', details: { bidDeadline: bidDeadline.toISOString() }, entityType: 'tender', entityId: tender.id, municipalityCode: HVIDOVRE, supplierId: null, actorUserId: null, purpose: null, requestId: null }),
  );
}

async function seedDraft(manager: EntityManager, today: string): Promise<void> {
  const bidDay = addCalendarDays(today, 60);
  const agreementStart = addCalendarDays(bidDay, 45);
  const tender = await manager.save(
    manager.create(TenderEntity, {
      municipalityCode: ALBERTSLUND,
      status: 'draft',
      title: 'Fastholdelsesmentorer i Albertslund',
      description: 'Udkast: rammeaftale om fastholdelsesmentorer til sygemeldte og ansatte i fleksjob.',
      priceWeight: 50,
      priceModel: 'proportional',
      linearSlope: null,
      allocationModel: 'cascade',
      estimatedValue: 1_800_000,
      questionDeadline: new Date(copenhagenStartOfDay(addCalendarDays(bidDay, -10)).getTime() + 12 * 3_600_000),
      bidDeadline: new Date(copenhagenStartOfDay(bidDay).getTime() + 12 * 3_600_000),
      standstillDays: 10,
      agreementStart,
      agreementEnd: addCalendarDays(addCalendarDays(agreementStart, 730), -1),
      createdByUserId: null,
    }),
  );
  await manager.save(manager.create(LotEntity, { tenderId: tender.id, number: 1, title: 'Fastholdelse i job', description: '', targetGroups: ['employed_retention', 'flex_job', 'sickness_benefit'], requiredCompetences: ['job_retention'], estimatedHoursPerYear: 1200, maxSuppliers: 2, hourCeiling: 1500 }));
  await manager.save(manager.create(AwardCriterionEntity, { tenderId: tender.id, position: 1, name: 'Kvalitet og fastholdelsesmetode', weight: 50, description: '' }));
}
