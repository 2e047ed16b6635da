import { randomUUID } from 'node:crypto';

import { EntityManager } from 'typeorm';

import { CaseNeed, CitizenIdentity, Goal, TargetGroup } from '@mentor/contracts';

import { DemoSeedContext, DemoSeedStep } from '../../../core/database/seed/demo-data.seeder';
import { HVIDOVRE } from '../../../core/database/seed/demo-accounts';
import { MentorEntity } from '../../suppliers/entities/mentor.entity';
import { FrameworkAgreementEntity } from '../../tenders/entities/framework-agreement.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { AssignmentEntity } from '../entities/assignment.entity';
import { CitizenCaseEntity } from '../entities/citizen-case.entity';
import { MentorRequestEntity } from '../entities/mentor-request.entity';
import { OfferEntity } from '../entities/offer.entity';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86400_000);
/** The Monday on or after `d`. */
const nextMonday = (d: Date) => addDays(d, (8 - d.getUTCDay()) % 7 || 7);

/** A made-up citizen's case and its request (also used by the reports seed for its course history). */
export interface DemoCase {
  reference: string;
  identity: CitizenIdentity;
  targetGroup: TargetGroup;
  needs: CaseNeed[];
  languages: string[];
  genderPreference?: 'female' | 'male';
  postcode: string;
  notes: string;
  request: { hoursPerWeek: number; weeks: number; goals: Goal[]; legalBasis: 'ordinary' | 'psychiatric_discharge' | 'education_start' };
}

/** Made-up citizens; the CPR numbers have valid dates but belong to nobody real (serial 9xxx). */
const CASES: DemoCase[] = [
  {
    reference: 'HVI-DEMO-0001',
    identity: { name: 'Ahmad Demo Karimi', cpr: '1403079123', phone: '+45 20 00 00 01', address: 'Demovej 1, 2650 Hvidovre' },
    targetGroup: 'education_aid',
    needs: [
      { code: 'youth_crime', severity: 3 },
      { code: 'substance_abuse', severity: 2 },
      { code: 'youth_education', severity: 1 },
    ],
    languages: ['da'],
    genderPreference: 'male',
    postcode: '2650',
    notes: 'Løsladt for to måneder siden. Har tidligere haft god kontakt med en SSP-medarbejder.',
    request: {
      hoursPerWeek: 6,
      weeks: 13,
      legalBasis: 'ordinary',
      goals: [
        { text: 'Holder sig fra kriminalitet og det gamle miljø', milestones: ['Møder til alle aftaler med mentor i fire uger i træk', 'Har en fritidsaktivitet uden for miljøet'] },
        { text: 'Starter på en erhvervsuddannelse', milestones: ['Har besøgt to erhvervsskoler', 'Er optaget på grundforløb 1'] },
      ],
    },
  },
  {
    reference: 'HVI-DEMO-0002',
    identity: { name: 'Mette Demo Larsen', cpr: '0207889123', phone: '+45 20 00 00 02', address: 'Demovej 2, 2500 Valby' },
    targetGroup: 'resource_course',
    needs: [
      { code: 'psychiatric', severity: 3 },
      { code: 'anxiety_stress', severity: 2 },
    ],
    languages: ['da'],
    genderPreference: 'female',
    postcode: '2500',
    notes: 'Udskrives fra psykiatrisk afdeling om tre uger; ønsker en kvindelig mentor.',
    request: {
      hoursPerWeek: 4,
      weeks: 26,
      legalBasis: 'psychiatric_discharge',
      goals: [{ text: 'Får en stabil hverdag efter udskrivning', milestones: ['Står op og er klar kl. 9 fire dage om ugen', 'Tager selv kontakt til distriktspsykiatrien ved behov'] }],
    },
  },
];

const RUNNING: DemoCase = {
  reference: 'HVI-DEMO-0003',
  identity: { name: 'Jonas Demo Holm', cpr: '1111019123', phone: '+45 20 00 00 03', address: 'Demovej 3, 2650 Hvidovre' },
  targetGroup: 'activity_ready_cash',
  needs: [
    { code: 'youth_crime', severity: 2 },
    { code: 'substance_abuse', severity: 2 },
  ],
  languages: ['da'],
  postcode: '2650',
  notes: '',
  request: {
    hoursPerWeek: 5,
    weeks: 13,
    legalBasis: 'ordinary',
    goals: [{ text: 'Kommer i virksomhedspraktik', milestones: ['Møder stabilt op i praktikken tre dage om ugen', 'Har talt med praktikstedet om løntimer'] }],
  },
};

/**
 * Cases in Hvidovre that show the matching: a youth-crime case that ranks the former police
 * officers first, a psychiatric case with a severe need, and one course already running with the
 * demo mentor account's mentor.
 */
export const casesSeedStep: DemoSeedStep = {
  name: 'cases, requests and a running course',
  async run(manager: EntityManager, context: DemoSeedContext) {
    const caseworker = await manager.findOneByOrFail(UserEntity, { email: 'sagsbehandler@hvidovre.demo' });
    const start = nextMonday(context.today);
    for (const c of CASES) {
      const row = await insertCase(manager, context, c, caseworker.id);
      await insertRequest(manager, row, c, iso(start), caseworker.id, 'open');
    }
    // The running course: with the demo mentor account's mentor, started six weeks ago.
    const mentorUser = await manager.findOneByOrFail(UserEntity, { email: 'mentor@nordmentor.demo' });
    const mentor = await manager.findOneByOrFail(MentorEntity, { id: mentorUser.mentorId! });
    const agreement = await manager
      .getRepository(FrameworkAgreementEntity)
      .createQueryBuilder('fa')
      .where("fa.supplierId = :s AND fa.municipalityCode = :m AND fa.status = 'in_force' AND :tg = ANY(fa.target_groups)", { s: mentor.supplierId, m: HVIDOVRE, tg: RUNNING.targetGroup })
      .orderBy('fa.rank', 'ASC')
      .getOne();
    if (!agreement) return; // No agreement in force: no course can run (a seed without tenders).
    const running = await insertCase(manager, context, RUNNING, caseworker.id);
    const began = addDays(start, -7 * 7);
    const request = await insertRequest(manager, running, RUNNING, iso(began), caseworker.id, 'accepted');
    const offer = await manager.save(
      manager.create(OfferEntity, { requestId: request.id, municipalityCode: HVIDOVRE, supplierId: mentor.supplierId, mentorId: mentor.id, agreementId: agreement.id, status: 'accepted', answerBy: addDays(began, -3), respondedAt: addDays(began, -5), declineReason: null, rank: 1, score: 0.78, createdAt: addDays(began, -7) }),
    );
    await manager.save(
      manager.create(AssignmentEntity, { caseId: running.id, requestId: request.id, offerId: offer.id, mentorId: mentor.id, supplierId: mentor.supplierId, municipalityCode: HVIDOVRE, agreementId: agreement.id, hoursPerWeek: RUNNING.request.hoursPerWeek, startDate: request.startDate, endDate: request.endDate, status: 'active', endedReason: null, previousAssignmentId: null }),
    );
    await manager.update(MentorEntity, { id: mentor.id }, { hoursInUse: mentor.hoursInUse + RUNNING.request.hoursPerWeek, weeklyCapacityHours: Math.max(mentor.weeklyCapacityHours, 15) });
  },
};

/** Inserts a demo case with its identity encrypted like the API does; `createdAt` backdates it (history). */
export async function insertCase(manager: EntityManager, context: DemoSeedContext, c: DemoCase, caseworkerId: string, createdAt?: Date): Promise<CitizenCaseEntity> {
  const id = randomUUID();
  return manager.save(
    manager.create(CitizenCaseEntity, {
      id,
      municipalityCode: HVIDOVRE,
      reference: c.reference,
      caseworkerId,
      status: 'open',
      identityCiphertext: context.services.cipher.encrypt('citizen-identity', id, c.identity),
      cprIndex: context.services.cipher.blindIndex('citizen-cpr-index', `${HVIDOVRE}:${c.identity.cpr}`),
      birthYear: (Number(c.identity.cpr.slice(4, 6)) <= 36 ? 2000 : 1900) + Number(c.identity.cpr.slice(4, 6)),
      targetGroup: c.targetGroup,
      needs: c.needs,
      languages: c.languages,
      genderPreference: c.genderPreference ?? null,
      postcode: c.postcode,
      notesCiphertext: c.notes ? context.services.cipher.encrypt('citizen-identity', `${id}:notes`, c.notes) : null,
      closedAt: null,
      ...(createdAt ? { createdAt, updatedAt: createdAt } : {}),
    }),
  );
}

/** Inserts the case's mentor request from `startDate` for `c.request.weeks` weeks; `createdAt` backdates it. */
export async function insertRequest(manager: EntityManager, row: CitizenCaseEntity, c: DemoCase, startDate: string, createdBy: string, status: 'open' | 'accepted', createdAt?: Date): Promise<MentorRequestEntity> {
  const end = iso(addDays(new Date(`${startDate}T00:00:00Z`), c.request.weeks * 7 - 1));
  return manager.save(
    manager.create(MentorRequestEntity, {
      caseId: row.id,
      municipalityCode: HVIDOVRE,
      mentorType: 'development',
      hoursPerWeek: c.request.hoursPerWeek,
      weeks: c.request.weeks,
      startDate,
      endDate: end,
      legalBasis: c.request.legalBasis,
      goals: c.request.goals,
      allocation: 'auto',
      requiredCertificates: ['criminal_record'],
      status,
      previousAssignmentId: null,
      createdBy,
      ...(createdAt ? { createdAt } : {}),
    }),
  );
}
