import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { EntityManager, EntityTarget, In, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

import { CaseNeed, DEFAULT_REPORT_DUE_DAY, FOLLOW_UP_MONTHS, FOLLOW_UPS, Goal, MilestoneStatus, OutcomeStatus, ProgressionAssessment, SURVEY_QUESTIONS, TargetGroup } from '@mentor/contracts';

import { HVIDOVRE } from '../../../core/database/seed/demo-accounts';
import { DemoSeedContext, DemoSeedStep } from '../../../core/database/seed/demo-data.seeder';
import { seededRandom } from '../../../core/database/seed/seed-random';
import { AssignmentEntity } from '../../cases/entities/assignment.entity';
import { CitizenCaseEntity } from '../../cases/entities/citizen-case.entity';
import { MentorRequestEntity } from '../../cases/entities/mentor-request.entity';
import { MunicipalitySettingsEntity } from '../../cases/entities/municipality-settings.entity';
import { OfferEntity } from '../../cases/entities/offer.entity';
import { DemoCase, insertCase, insertRequest } from '../../cases/seed/cases.seed';
import { MentorEntity } from '../../suppliers/entities/mentor.entity';
import { FrameworkAgreementEntity } from '../../tenders/entities/framework-agreement.entity';
import { addCalendarDays, copenhagenDate } from '../../tenders/utils/danish-holidays.util';
import { UserEntity } from '../../users/entities/user.entity';
import { CourseOutcomeEntity } from '../entities/course-outcome.entity';
import { ReportEventEntity } from '../entities/report-event.entity';
import { ReportEntity } from '../entities/report.entity';
import { SurveyEntity } from '../entities/survey.entity';
import { addMonths } from '../follow-ups.service';
import { QualityService } from '../quality.service';
import { reportCompleteness } from '../utils/report-completeness.util';
import { lastDayOf, monthOf, nextMonth, reportSchedule, ScheduledReport } from '../utils/report-schedule.util';

/**
 * How a supplier reports and what its courses achieve. The rates are targets: the samplers keep
 * the realised shares close to them in every 12-month window, so the standings do not depend on
 * the day the seed runs.
 */
interface Profile {
  supplier: string;
  /** Finished courses in the history. */
  courses: number;
  targetGroups: TargetGroup[];
  /** Share of reports first submitted by their due date; the rest up to `maxLateDays` late. */
  onTime: number;
  maxLateDays: number;
  /** Mean share of the completeness checks met. */
  completeness: number;
  /** Share of reports returned once before they are accepted. */
  returned: number;
  /** Share of the granted hours used, per month. */
  hoursUsed: [number, number];
  /** Meetings missed per four weeks, on average. */
  missedMeetings: number;
  /** Share of courses whose latest outcome is a job or an education. */
  jobOrEducation: number;
  /** Mean survey answer (1–5) and the share of surveys answered. */
  satisfaction: number;
  answered: number;
}

const PROFILES: Profile[] = [
  { supplier: 'nordmentor', courses: 8, targetGroups: ['education_aid', 'activity_ready_cash', 'youth_education', 'resource_course'], onTime: 0.9, maxLateDays: 5, completeness: 0.97, returned: 0.1, hoursUsed: [0.85, 1], missedMeetings: 0.3, jobOrEducation: 0.55, satisfaction: 4.4, answered: 0.9 },
  { supplier: 'ungekraft', courses: 7, targetGroups: ['education_aid', 'youth_education', 'activity_ready_cash'], onTime: 0.8, maxLateDays: 8, completeness: 0.92, returned: 0.15, hoursUsed: [0.8, 1], missedMeetings: 0.6, jobOrEducation: 0.45, satisfaction: 4.1, answered: 0.85 },
  { supplier: 'psykmentor', courses: 7, targetGroups: ['resource_course', 'sickness_benefit', 'activity_ready_cash'], onTime: 0.65, maxLateDays: 10, completeness: 0.85, returned: 0.25, hoursUsed: [0.75, 0.95], missedMeetings: 1, jobOrEducation: 0.35, satisfaction: 3.7, answered: 0.8 },
  { supplier: 'brobyg', courses: 8, targetGroups: ['youth_education', 'education_aid', 'activity_ready_cash'], onTime: 0.5, maxLateDays: 14, completeness: 0.75, returned: 0.4, hoursUsed: [0.7, 0.95], missedMeetings: 1.3, jobOrEducation: 0.25, satisfaction: 3.3, answered: 0.75 },
  { supplier: 'vestegnen', courses: 7, targetGroups: ['activity_ready_cash', 'resource_course', 'sickness_benefit'], onTime: 0.3, maxLateDays: 18, completeness: 0.6, returned: 0.55, hoursUsed: [0.6, 0.9], missedMeetings: 1.8, jobOrEducation: 0.2, satisfaction: 2.8, answered: 0.65 },
  { supplier: 'fremad', courses: 9, targetGroups: ['sickness_benefit', 'activity_ready_cash', 'resource_course'], onTime: 0.1, maxLateDays: 25, completeness: 0.35, returned: 0.8, hoursUsed: [0.5, 0.85], missedMeetings: 2.2, jobOrEducation: 0.1, satisfaction: 2.2, answered: 0.6 },
];

/** Courses running now: started 2–3 months ago; the last report due is waiting for review, or overdue. */
const RUNNING: { supplier: string; targetGroup: TargetGroup; daysAgo: number; lastReport: 'submitted' | 'overdue' }[] = [
  { supplier: 'brobyg', targetGroup: 'youth_education', daysAgo: 70, lastReport: 'overdue' },
  { supplier: 'ungekraft', targetGroup: 'education_aid', daysAgo: 77, lastReport: 'submitted' },
  { supplier: 'psykmentor', targetGroup: 'resource_course', daysAgo: 63, lastReport: 'submitted' },
];

/** What a case in each target group needs and aims at (each course takes one of each list). */
const TEMPLATES: Partial<Record<TargetGroup, { needs: CaseNeed[][]; goals: Goal[][] }>> = {
  education_aid: {
    needs: [
      [{ code: 'youth_crime', severity: 2 }, { code: 'youth_education', severity: 2 }],
      [{ code: 'youth_education', severity: 2 }, { code: 'substance_abuse', severity: 1 }],
      [{ code: 'autism_adhd', severity: 2 }, { code: 'youth_education', severity: 1 }],
    ],
    goals: [
      [{ text: 'Starter på en erhvervsuddannelse', milestones: ['Har besøgt to erhvervsskoler', 'Har søgt optagelse på et grundforløb', 'Møder stabilt op de første fire uger'] }],
      [
        { text: 'Får struktur i hverdagen', milestones: ['Står op og møder til aftaler til tiden'] },
        { text: 'Begynder på FGU', milestones: ['Har været til samtale på FGU', 'Er startet på et FGU-spor'] },
      ],
    ],
  },
  youth_education: {
    needs: [
      [{ code: 'youth_education', severity: 2 }, { code: 'education_retention', severity: 2 }],
      [{ code: 'autism_adhd', severity: 2 }, { code: 'education_retention', severity: 1 }],
    ],
    goals: [
      [{ text: 'Gennemfører grundforløbet', milestones: ['Har under 10 % fravær en hel måned', 'Afleverer alle opgaver til tiden', 'Har fundet en praktikplads'] }],
      [{ text: 'Bliver i uddannelsen', milestones: ['Har en fast lektieaftale hver uge', 'Har talt med studievejlederen om sin plan'] }],
    ],
  },
  activity_ready_cash: {
    needs: [
      [{ code: 'substance_abuse', severity: 2 }, { code: 'housing_homelessness', severity: 1 }],
      [{ code: 'debt_finance', severity: 2 }, { code: 'family', severity: 1 }],
      [{ code: 'youth_crime', severity: 2 }, { code: 'substance_abuse', severity: 2 }],
    ],
    goals: [
      [{ text: 'Kommer i virksomhedspraktik', milestones: ['Har været på virksomhedsbesøg', 'Møder stabilt i praktikken tre dage om ugen', 'Har talt med praktikstedet om løntimer'] }],
      [
        { text: 'Får styr på økonomien', milestones: ['Har lavet et budget med mentor'] },
        { text: 'Kommer tættere på job', milestones: ['Har et opdateret CV', 'Har søgt fire job'] },
      ],
    ],
  },
  resource_course: {
    needs: [
      [{ code: 'psychiatric', severity: 2 }, { code: 'anxiety_stress', severity: 2 }],
      [{ code: 'anxiety_stress', severity: 2 }, { code: 'physical_health', severity: 1 }],
      [{ code: 'psychiatric', severity: 2 }, { code: 'housing_homelessness', severity: 1 }],
    ],
    goals: [
      [
        { text: 'Får en stabil hverdag', milestones: ['Er klar kl. 9 fire dage om ugen', 'Tager selv kontakt til behandler ved behov'] },
        { text: 'Afprøver en aktivitet uden for hjemmet', milestones: ['Deltager i en ugentlig aktivitet'] },
      ],
      [{ text: 'Håndterer angsten i hverdagen', milestones: ['Tager bussen alene', 'Handler selv ind', 'Deltager i et gruppeforløb'] }],
    ],
  },
  sickness_benefit: {
    needs: [
      [{ code: 'anxiety_stress', severity: 2 }, { code: 'job_retention', severity: 2 }],
      [{ code: 'physical_health', severity: 2 }, { code: 'job_retention', severity: 1 }],
    ],
    goals: [
      [{ text: 'Vender gradvist tilbage til arbejdet', milestones: ['Har en plan for delvis raskmelding', 'Arbejder 15 timer om ugen', 'Arbejder 25 timer om ugen'] }],
      [{ text: 'Finder et job inden for sine skånehensyn', milestones: ['Har afklaret skånehensyn med lægen', 'Har søgt tre relevante stillinger'] }],
    ],
  },
};

const FIRST = ['Sofie', 'Emil', 'Freja', 'Noah', 'Ida', 'Oliver', 'Laura', 'Malik', 'Asta', 'Yusuf', 'Clara', 'William', 'Amira', 'Lukas', 'Nanna', 'Hamza', 'Karla', 'Victor', 'Leyla', 'Magnus'];
const LAST = ['Andersen', 'Berg', 'Dahl', 'Eriksen', 'Frost', 'Holm', 'Juhl', 'Kjær', 'Lund', 'Mortensen', 'Nørgaard', 'Özdemir', 'Petersen', 'Qureshi', 'Riis', 'Skov', 'Toft', 'Vestergaard'];

const OPENINGS = ['Vi har mødtes som aftalt i måneden.', 'Månedens møder er primært foregået i borgerens nærområde.', 'Borgeren har været stabil i kontakten med mig.', 'Vi har haft fokus på de aftalte pejlemærker.'];
const GOOD = ['Borgeren tager mere ansvar og har selv foreslået de næste skridt.', 'Der er tydelig fremgang, og borgeren møder forberedt op.', 'Samarbejdet med sagsbehandleren og netværket fungerer godt.'];
const MIXED = ['Borgeren har haft en svær periode, og vi har brugt tid på at genetablere rutinerne.', 'Fremmødet svinger, men borgeren holder fast i kontakten med mig.', 'Vi har justeret planen, fordi det første skridt var for stort.'];
const SHORT = ['Fint forløb.', 'Intet nyt.', 'Som sidst.', 'Det går okay.'];
const MILESTONE_NOTES = ['Godt på vej.', 'Aftalt nyt delmål.', 'Skal følges op næste måned.', 'Borgeren tog selv initiativet.'];
const SETBACK_NOTES = ['Udeblev fra to aftaler efter en konflikt i hjemmet; vi har lavet en ny plan.', 'Tilbagefald i en uge; borgeren tog selv kontakt igen.', 'Praktikstedet lukkede; vi leder efter et nyt.'];
const RETURN_COMMENTS = ['Timetallet passer ikke med antallet af møder; ret venligst.', 'Beskriv venligst, hvad der skete ved de udeblevne møder.', 'Pejlemærkerne mangler status; udfyld dem alle.', 'Uddyb tilbageslaget, så jeg kan følge op med borgeren.'];
const PROGRESSION = {
  competences: ['Borgeren har fået faste rutiner og holder selv aftaler.', 'Borgeren kan nu selv kontakte myndigheder og arbejdsgivere.', 'Borgeren er blevet bedre til at sige til, når noget er svært.'],
  resources: ['Et stabilt netværk i familien og en god relation til praktikstedet.', 'Motivationen for uddannelse er tydelig.', 'Borgeren har glæde af fællesskabet i en ugentlig aktivitet.'],
  nextSteps: ['Fortsat kontakt til jobcentret og opstart i løntimer.', 'Opstart på uddannelse efter sommerferien, med studiestøtte.', 'Et nyt kortere forløb med fokus på fastholdelse kan overvejes.'],
};
const OUTCOME_NOTES: Partial<Record<OutcomeStatus, string[]>> = {
  job: ['Ansat 30 timer om ugen i detailhandlen.', 'Løntimer i praktikvirksomheden, nu fastansat.', 'Fuld raskmelding; tilbage i eget job.'],
  education: ['Startet på grundforløb 1.', 'I gang med FGU, stabilt fremmøde.', 'Optaget på HF-enkeltfag.'],
  job_seeking: ['Aktivt jobsøgende, til samtaler.'],
};

const DAY = 86_400_000;
const DEMO_COURSE_REFERENCE = 'HVI-DEMO-0003';
const ENDED_REASON = 'Afsluttet efter planen';
/** Finished courses end at least this long ago, so their reports have been due and reviewed. */
const ENDED_AT_LEAST_DAYS_AGO = 45;
const COURSE_WEEKS = 13;
const SURVEY_VALID_DAYS = 60;

/**
 * Like `random() < p`, but the hits stay within about one of Σp over any run (error diffusion with
 * a jittered threshold): a profile's rates then hold in every window, not only on average.
 */
function quota(random: () => number) {
  let debt = random();
  return (p: number): boolean => {
    debt += p;
    if (debt >= 0.7 + 0.6 * random()) {
      debt -= 1;
      return true;
    }
    return false;
  };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
/** An instant on `date`, `minutes` after midnight UTC (07–15 UTC is daytime in Copenhagen, on the same date). */
const at = (date: string, minutes: number) => new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000);
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const mondayOnOrAfter = (date: string) => addCalendarDays(date, (8 - weekday(date)) % 7);
const mondayOnOrBefore = (date: string) => addCalendarDays(date, -((weekday(date) + 6) % 7));
const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

interface Course {
  id: string;
  caseId: string;
  mentorId: string;
  supplierId: string;
  agreementId: string;
  targetGroup: TargetGroup;
  hoursPerWeek: number;
  startDate: string;
  endDate: string;
  goals: Goal[];
  profile: Profile;
  /** The user on its submission events: the demo mentor's login, else the supplier admin's (see `submitterOf`). */
  submitterId: string;
  /** Whether the course goes well: milestones reached, a job or an education at the end. */
  success: boolean;
  createdAt: Date;
}

/** A course this step creates: with its offer and request, finished or running. */
interface SeededCourse extends Course {
  offerId: string;
  requestId: string;
  status: 'ended' | 'active';
}

type Plan = 'accepted' | 'submitted' | 'due';

/** What the step collects before inserting it in batches. */
class History {
  readonly random = seededRandom(20261125);
  readonly offers: Partial<OfferEntity>[] = [];
  readonly reports: Partial<ReportEntity>[] = [];
  readonly events: Partial<ReportEventEntity>[] = [];
  readonly outcomes: Partial<CourseOutcomeEntity>[] = [];
  readonly surveys: Partial<SurveyEntity>[] = [];
  private readonly samplers = new Map<string, (p: number) => boolean>();
  private caseNo = 0;

  constructor(
    private readonly context: DemoSeedContext,
    readonly today: string,
    readonly dueDay: number,
    readonly caseworkerId: string,
  ) {}

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)];
  }

  between(lo: number, hi: number): number {
    return lo + this.random() * (hi - lo);
  }

  /** A daytime minute (07:00–14:59 UTC). */
  daytime(): number {
    return 7 * 60 + Math.floor(this.random() * 8 * 60);
  }

  /** The quota sampler of one supplier and one trait. */
  chance(supplier: string, trait: string, p: number): boolean {
    if (p <= 0) return false;
    const key = `${supplier}:${trait}`;
    if (!this.samplers.has(key)) this.samplers.set(key, quota(this.random));
    return this.samplers.get(key)!(p);
  }

  /** A made-up citizen in Hvidovre: a valid birth date, serial 92xx (nobody real), a "Demo" name. */
  demoCase(targetGroup: TargetGroup, hoursPerWeek: number): DemoCase {
    const n = ++this.caseNo;
    const template = TEMPLATES[targetGroup]!;
    const young = targetGroup === 'education_aid' || targetGroup === 'youth_education';
    const year = young ? 1998 + Math.floor(this.random() * 8) : 1966 + Math.floor(this.random() * 32);
    const dd = String(1 + Math.floor(this.random() * 28)).padStart(2, '0');
    const mm = String(1 + Math.floor(this.random() * 12)).padStart(2, '0');
    const cpr = `${dd}${mm}${String(year % 100).padStart(2, '0')}${9200 + n}`;
    return {
      reference: `HVI-H-${String(n).padStart(4, '0')}`,
      identity: { name: `${this.pick(FIRST)} Demo ${this.pick(LAST)}`, cpr, phone: `+45 20 00 ${String(10 + Math.floor(n / 100)).padStart(2, '0')} ${String(n % 100).padStart(2, '0')}`, address: `Demovej ${10 + n}, 2650 Hvidovre` },
      targetGroup,
      needs: this.pick(template.needs),
      languages: ['da'],
      postcode: this.random() < 0.8 ? '2650' : '2500',
      notes: '',
      request: { hoursPerWeek, weeks: COURSE_WEEKS, legalBasis: 'ordinary', goals: this.pick(template.goals) },
    };
  }

  /** The case, its accepted request and offer, and the course (assignment) under `agreement`. */
  async course(
    manager: EntityManager,
    spec: { profile: Profile; supplierId: string; targetGroup: TargetGroup; mentor: MentorEntity; agreementId: string; submitterId: string; startDate: string; status: 'ended' | 'active'; success: boolean; hoursPerWeek?: number },
  ): Promise<SeededCourse> {
    const hoursPerWeek = spec.hoursPerWeek ?? this.pick([3, 4, 4, 5, 5, 6, 8]);
    const c = this.demoCase(spec.targetGroup, hoursPerWeek);
    const created = at(addCalendarDays(spec.startDate, -21), this.daytime());
    const row = await insertCase(manager, this.context, c, this.caseworkerId, created);
    const request = await insertRequest(manager, row, c, spec.startDate, this.caseworkerId, 'accepted', new Date(created.getTime() + 2 * DAY));
    const offered = at(addCalendarDays(spec.startDate, -14), this.daytime());
    const accepted = new Date(offered.getTime() + Math.floor(this.between(0.2, 2.5) * DAY));
    const offerId = randomUUID();
    this.offers.push({
      id: offerId,
      requestId: request.id,
      municipalityCode: HVIDOVRE,
      supplierId: spec.supplierId,
      mentorId: spec.mentor.id,
      agreementId: spec.agreementId,
      status: 'accepted',
      answerBy: new Date(offered.getTime() + 3 * DAY),
      respondedAt: accepted,
      declineReason: null,
      rank: 1 + Math.floor(this.random() * 3),
      score: Math.round(this.between(0.55, 0.85) * 1000) / 1000,
      createdAt: offered,
    });
    return {
      id: randomUUID(),
      offerId,
      requestId: request.id,
      status: spec.status,
      caseId: row.id,
      mentorId: spec.mentor.id,
      supplierId: spec.supplierId,
      agreementId: spec.agreementId,
      targetGroup: spec.targetGroup,
      hoursPerWeek,
      startDate: request.startDate,
      endDate: request.endDate,
      goals: c.request.goals,
      profile: spec.profile,
      submitterId: spec.submitterId,
      success: spec.success,
      createdAt: accepted,
    };
  }

  /** The course's reports, one plan each (`plan` by the schedule's index), with their events. */
  reportsOf(course: Course, plan: (s: ScheduledReport, index: number, all: ScheduledReport[]) => Plan, flawless = false): void {
    const schedule = reportSchedule(course, { dueDay: this.dueDay, final: true });
    const months = schedule.filter((s) => s.kind === 'monthly').length;
    schedule.forEach((s, i) => this.report(course, s, s.kind === 'monthly' ? i : months - 1, months, plan(s, i, schedule), flawless));
  }

  private report(course: Course, s: ScheduledReport, index: number, months: number, plan: Plan, flawless: boolean): void {
    const id = randomUUID();
    const base: Partial<ReportEntity> = { id, assignmentId: course.id, caseId: course.caseId, mentorId: course.mentorId, supplierId: course.supplierId, municipalityCode: HVIDOVRE, ...s, createdAt: course.createdAt, updatedAt: course.createdAt };
    if (plan === 'due') {
      this.reports.push({ ...base, status: 'due' });
      return;
    }
    const p = course.profile;
    const key = p.supplier;
    const monthly = s.kind === 'monthly';
    const milestones = course.goals.flatMap((g) => (g.milestones.length ? g.milestones : [g.text]));
    const progress = monthly ? (index + 1) / months : 1;
    const statuses: (MilestoneStatus | null)[] = milestones.map((_, j) => this.milestoneStatus(progress, j, milestones.length, course.success));
    const notes = statuses.map((st) => (st === 'setback' ? this.pick(SETBACK_NOTES) : this.random() < 0.3 ? this.pick(MILESTONE_NOTES) : ''));
    let narrative = `${this.pick(OPENINGS)} ${this.pick(course.success ? GOOD : MIXED)}`;
    const progression: ProgressionAssessment | undefined = monthly ? undefined : { competences: this.pick(PROGRESSION.competences), resources: this.pick(PROGRESSION.resources), nextSteps: this.pick(PROGRESSION.nextSteps) };
    const days = daysBetween(s.periodStart, s.periodEnd) + 1;
    // Hours: a share of the month's part of the grant, in half hours, so the course stays within it.
    const hoursUsed = monthly ? Math.floor(course.hoursPerWeek * (days / 7) * this.between(...p.hoursUsed) * 2) / 2 : null;
    const expectedMeetings = Math.max(1, Math.round((days / 7) * 1.5));
    const missed = monthly ? Math.min(expectedMeetings, Math.floor(this.random() * (2 * p.missedMeetings * (days / 28) + 1))) : null;
    let meetingsHeld: number | null = monthly ? expectedMeetings - missed! : null;
    let meetingsMissed: number | null = missed;

    // Completeness: fail about (1 − profile) of the checks, never the hours (they count against the grant).
    const checks = milestones.length + (monthly ? 3 : 4);
    const expected = flawless ? 0 : (1 - p.completeness) * checks;
    const candidates = ['narrative', ...milestones.map((_, j) => `m${j}`), ...(monthly ? ['meetings'] : ['competences', 'resources', 'nextSteps'])];
    const fails = Math.min(candidates.length, Math.floor(expected) + (this.chance(key, 'incomplete', expected - Math.floor(expected)) ? 1 : 0));
    for (const failed of this.shuffled(candidates).slice(0, fails)) {
      if (failed === 'narrative') narrative = this.pick(SHORT);
      else if (failed === 'meetings') [meetingsHeld, meetingsMissed] = [null, null];
      else if (failed.startsWith('m')) {
        const j = Number(failed.slice(1));
        if (statuses[j] === 'setback') notes[j] = '';
        else statuses[j] = null;
      } else progression![failed as keyof ProgressionAssessment] = '';
    }
    const content = { notes, narrative, ...(progression ? { progression } : {}) };
    const figures = { hoursUsed, meetingsHeld, meetingsMissed };
    const completeness = reportCompleteness({ kind: s.kind, milestones, statuses, notes, hoursUsed, meetingsHeld, meetingsMissed, narrative, progression });

    // When: on time (between the period's end and the due date) or late, always before today.
    const yesterday = addCalendarDays(this.today, -1);
    const room = daysBetween(s.dueOn, yesterday);
    const onTime = flawless || this.chance(key, 'onTime', p.onTime);
    let firstDay: string;
    if (!onTime && room >= 1) {
      firstDay = addCalendarDays(s.dueOn, 1 + Math.floor(this.random() * Math.min(p.maxLateDays, room)));
    } else {
      const early = clamp(daysBetween(addCalendarDays(s.periodEnd, 1), s.dueOn), 0, 5);
      firstDay = addCalendarDays(s.dueOn, -Math.floor(this.random() * (early + 1)));
    }
    const returned = plan === 'accepted' && !flawless && this.chance(key, 'returned', p.returned);
    const later = (from: Date, lo: number, hi: number) => at(addCalendarDays(dayOf(from), lo + Math.floor(this.random() * (hi - lo + 1))), this.daytime());
    const steps: { action: 'submitted' | 'returned' | 'accepted'; at: Date }[] = [{ action: 'submitted', at: at(firstDay, this.daytime()) }];
    if (returned) {
      steps.push({ action: 'returned', at: later(steps[0].at, 1, 4) });
      steps.push({ action: 'submitted', at: later(steps[1].at, 1, 5) });
    }
    if (plan === 'accepted') steps.push({ action: 'accepted', at: later(steps[steps.length - 1].at, 1, 3) });
    // A chain that would reach into the future is compressed to end an hour ago.
    const limit = Date.parse(`${this.today}T00:00:00Z`) - 3 * 3_600_000;
    const first = steps[0].at.getTime();
    const last = steps[steps.length - 1].at.getTime();
    if (last > limit) for (const step of steps) step.at = new Date(first + Math.floor((step.at.getTime() - first) * ((limit - first) / (last - first))));

    // Each event's content or comment is bound to the report and the event, as the reports service does.
    for (const step of steps) {
      const eventId = randomUUID();
      const aad = `${id}:event:${eventId}`;
      const event: Partial<ReportEventEntity> = { id: eventId, reportId: id, action: step.action, userId: course.submitterId, commentCiphertext: null, contentCiphertext: null, figures: null, createdAt: step.at };
      if (step.action === 'submitted') {
        Object.assign(event, { contentCiphertext: this.context.services.cipher.encrypt('report-content', aad, content), figures });
      } else {
        event.userId = this.caseworkerId;
        if (step.action === 'returned') event.commentCiphertext = this.context.services.cipher.encrypt('report-content', aad, this.pick(RETURN_COMMENTS));
      }
      this.events.push(event);
    }
    const submissions = steps.filter((x) => x.action === 'submitted');
    const reviewed = steps.filter((x) => x.action !== 'submitted');
    this.reports.push({
      ...base,
      status: plan,
      hoursUsed,
      meetingsHeld,
      meetingsMissed,
      milestoneStatuses: statuses as MilestoneStatus[],
      contentCiphertext: this.context.services.cipher.encrypt('report-content', id, content),
      completeness,
      firstSubmittedAt: submissions[0].at,
      submittedAt: submissions[submissions.length - 1].at,
      submissions: submissions.length,
      returns: returned ? 1 : 0,
      reviewedAt: reviewed.length ? reviewed[reviewed.length - 1].at : null,
      updatedAt: steps[steps.length - 1].at,
    });
  }

  private milestoneStatus(progress: number, j: number, n: number, success: boolean): MilestoneStatus {
    if (this.random() < (success ? 0.05 : 0.15)) return 'setback';
    const threshold = (j + 1) / (n + 1);
    if (progress >= threshold + (success ? 0.1 : 0.45)) return 'reached';
    if (progress >= threshold - 0.3) return 'progressing';
    return 'not_started';
  }

  private shuffled<T>(xs: T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** The five follow-ups of a finished course; those due before today are recorded. */
  followUps(course: Course, final: OutcomeStatus): void {
    const early: OutcomeStatus = final === 'job' || final === 'education' ? 'job_seeking' : 'still_on_benefits';
    const startedWith = this.random() < 0.5 ? early : final;
    const yesterday = addCalendarDays(this.today, -1);
    for (const followUp of FOLLOW_UPS) {
      const dueOn = addMonths(course.endDate, FOLLOW_UP_MONTHS[followUp]);
      const row: Partial<CourseOutcomeEntity> = {
        id: randomUUID(),
        assignmentId: course.id,
        caseId: course.caseId,
        supplierId: course.supplierId,
        municipalityCode: HVIDOVRE,
        targetGroup: course.targetGroup,
        followUp,
        dueOn,
        status: null,
        benefitChangeDkk: null,
        note: null,
        recordedAt: null,
        recordedBy: null,
        createdAt: at(addCalendarDays(course.endDate, 1), 60),
        updatedAt: at(addCalendarDays(course.endDate, 1), 60),
      };
      if (dueOn < this.today) {
        const status = followUp === 'end' ? startedWith : final;
        const recordedOn = [addCalendarDays(dueOn, Math.floor(this.random() * 9)), yesterday].sort()[0];
        const benefit = status === 'job' ? -(7000 + Math.floor(this.random() * 70) * 100) : status === 'education' ? -(1500 + Math.floor(this.random() * 30) * 100) : status === 'other' ? null : 0;
        const notes = OUTCOME_NOTES[status];
        Object.assign(row, { status, benefitChangeDkk: benefit, note: notes && this.random() < 0.5 ? this.pick(notes) : null, recordedAt: at(recordedOn, this.daytime()), recordedBy: this.caseworkerId });
        row.updatedAt = row.recordedAt!;
      }
      this.outcomes.push(row);
    }
  }

  /** The citizen's and the caseworker's survey, answered or not (the link expires after 60 days). */
  surveysOf(course: Course): void {
    const p = course.profile;
    const sent = at(addCalendarDays(course.endDate, 1), 60);
    for (const respondent of ['citizen', 'caseworker'] as const) {
      const id = randomUUID();
      const token = randomBytes(24).toString('base64url');
      const answered = this.chance(p.supplier, `survey-${respondent}`, p.answered);
      const mean = p.satisfaction + (course.success ? 0.4 : -0.3);
      const answers = answered ? Object.fromEntries(SURVEY_QUESTIONS[respondent].map((q) => [q.code, clamp(Math.round(mean + (this.random() - 0.5) * 1.8), 1, 5)])) : null;
      const comment = answered && respondent === 'citizen' && this.random() < 0.3 ? (mean >= 3.5 ? 'Min mentor var der, når det gjaldt.' : 'Det var svært at få fat i mentoren.') : null;
      this.surveys.push({
        id,
        tokenHash: sha256(token),
        tokenCiphertext: this.context.services.cipher.encrypt('survey-token', id, token),
        assignmentId: course.id,
        supplierId: course.supplierId,
        municipalityCode: HVIDOVRE,
        targetGroup: course.targetGroup,
        respondent,
        answers,
        commentCiphertext: comment ? this.context.services.cipher.encrypt('survey-token', `${id}:comment`, comment) : null,
        answeredAt: answered ? at(addCalendarDays(course.endDate, 2 + Math.floor(this.random() * 19)), this.daytime()) : null,
        expiresAt: new Date(sent.getTime() + SURVEY_VALID_DAYS * DAY),
        createdAt: sent,
      });
    }
  }

  /** The final outcome of a course by the supplier's profile. */
  finalOutcome(p: Profile, targetGroup: TargetGroup): OutcomeStatus {
    const education = targetGroup === 'education_aid' || targetGroup === 'youth_education';
    if (this.chance(p.supplier, 'jobOrEducation', p.jobOrEducation)) return (this.random() < 0.8) === education ? 'education' : 'job';
    const r = this.random();
    return r < 0.45 ? 'job_seeking' : r < 0.85 ? 'still_on_benefits' : 'other';
  }
}

/**
 * A year of history for the demo suppliers in Hvidovre: finished courses with monthly and
 * progression reports (on time and late, complete and not, accepted and returned), their
 * follow-ups and surveys; a few courses running now (one report waiting for review, one overdue);
 * the demo mentor's running course with its past months accepted and this month's report due;
 * and finally the quality scores (a monthly history and today's) and the outcome scores, so the
 * scorecards, the effect figures and the matching's quality and outcome components differ.
 */
export const reportsSeedStep: DemoSeedStep = {
  name: 'reports, quality, outcomes and surveys',
  async run(manager: EntityManager, context: DemoSeedContext) {
    const caseworker = await manager.findOneByOrFail(UserEntity, { email: 'sagsbehandler@hvidovre.demo' });
    const agreements = await manager.find(FrameworkAgreementEntity, { where: { municipalityCode: HVIDOVRE, status: 'in_force' }, order: { rank: 'ASC' } });
    if (!agreements.length) return; // A seed without tenders: no course can have run.
    const today = copenhagenDate(context.today);
    const settings = await manager.findOneBy(MunicipalitySettingsEntity, { municipalityCode: HVIDOVRE });
    const history = new History(context, today, settings?.reportDueDay ?? DEFAULT_REPORT_DUE_DAY, caseworker.id);

    const keys = [...new Set([...PROFILES.map((p) => p.supplier), ...RUNNING.map((r) => r.supplier)])].filter((k) => context.suppliers.has(k));
    const supplierIds = keys.map((k) => context.suppliers.get(k)!.id);
    const users = await manager.find(UserEntity, { where: { supplierId: In(supplierIds) } });
    // The demo mentor account keeps only its running course: a history of its own would lift it above
    // its colleagues in every ranking (the cases tests expect another Nord Mentor mentor on top).
    const mentors = (await manager.find(MentorEntity, { where: { supplierId: In(supplierIds), active: true }, order: { email: 'ASC' } })).filter((m) => !users.some((u) => u.mentorId === m.id));
    // Who submits: the supplier admin's login; suppliers without one show no name in the history.
    const submitterOf = (m: MentorEntity) => users.find((u) => u.supplierId === m.supplierId && u.role === 'supplier_admin')?.id ?? m.id;
    const agreementFor = (supplierId: string, tg: TargetGroup) => agreements.find((a) => a.supplierId === supplierId && a.targetGroups.includes(tg));
    const courses: SeededCourse[] = [];

    // 2. Finished courses, 13 weeks each, started on Mondays from the agreements' start on.
    const validFrom = agreements.map((a) => a.validFrom).sort()[0];
    const firstStart = mondayOnOrAfter(validFrom);
    const lastStart = mondayOnOrBefore(addCalendarDays(today, -ENDED_AT_LEAST_DAYS_AGO - COURSE_WEEKS * 7 + 1));
    const spanWeeks = Math.max(0, Math.floor(daysBetween(firstStart, lastStart) / 7));
    for (const profile of PROFILES) {
      const supplier = context.suppliers.get(profile.supplier);
      const own = mentors.filter((m) => m.supplierId === supplier?.id);
      if (!supplier || !own.length || spanWeeks <= 0) continue;
      for (let i = 0; i < profile.courses; i++) {
        const targetGroup = profile.targetGroups[i % profile.targetGroups.length];
        const agreement = agreementFor(supplier.id, targetGroup);
        if (!agreement) continue;
        const step = spanWeeks / profile.courses;
        const week = Math.min(spanWeeks, Math.round(i * step + (i ? history.random() * step * 0.6 : 0)));
        const mentor = own[i % own.length];
        const final = history.finalOutcome(profile, targetGroup);
        const startDate = addCalendarDays(firstStart, week * 7);
        const course = await history.course(manager, { profile, supplierId: supplier.id, targetGroup, mentor, agreementId: agreement.id, submitterId: submitterOf(mentor), startDate, status: 'ended', success: final === 'job' || final === 'education' });
        courses.push(course);
        history.reportsOf(course, () => 'accepted');
        history.followUps(course, final);
        history.surveysOf(course);
      }
    }

    // 5. Courses running now, reserving their mentors' capacity.
    const reserved = new Map<string, number>();
    for (const spec of RUNNING) {
      const supplier = context.suppliers.get(spec.supplier);
      const profile = PROFILES.find((p) => p.supplier === spec.supplier);
      const agreement = supplier && agreementFor(supplier.id, spec.targetGroup);
      if (!supplier || !profile || !agreement) continue;
      const hours = 5;
      const mentor = mentors.find((m) => m.supplierId === supplier.id && m.weeklyCapacityHours - m.hoursInUse - (reserved.get(m.id) ?? 0) >= hours);
      if (!mentor) continue;
      reserved.set(mentor.id, (reserved.get(mentor.id) ?? 0) + hours);
      const startDate = mondayOnOrBefore(addCalendarDays(today, -spec.daysAgo));
      const course = await history.course(manager, { profile, supplierId: supplier.id, targetGroup: spec.targetGroup, mentor, agreementId: agreement.id, submitterId: submitterOf(mentor), startDate, status: 'active', success: true, hoursPerWeek: hours });
      courses.push(course);
      history.reportsOf(course, (s, i, all) => {
        if (s.dueOn >= today) return 'due';
        const lastPast = all.filter((r) => r.dueOn < today).length - 1;
        if (i < lastPast) return 'accepted';
        return spec.lastReport === 'overdue' ? 'due' : 'submitted';
      });
    }

    const assignments = courses.map(
      (c): QueryDeepPartialEntity<AssignmentEntity> => ({
        id: c.id,
        caseId: c.caseId,
        requestId: c.requestId,
        offerId: c.offerId,
        mentorId: c.mentorId,
        supplierId: c.supplierId,
        municipalityCode: HVIDOVRE,
        agreementId: c.agreementId,
        hoursPerWeek: c.hoursPerWeek,
        startDate: c.startDate,
        endDate: c.endDate,
        status: c.status,
        endedReason: c.status === 'ended' ? ENDED_REASON : null,
        previousAssignmentId: null,
        createdAt: c.createdAt,
      }),
    );

    // 1. The demo mentor's running course: past months submitted on time and accepted, the rest due.
    const demoCase = await manager.findOneBy(CitizenCaseEntity, { municipalityCode: HVIDOVRE, reference: DEMO_COURSE_REFERENCE });
    const demo = demoCase && (await manager.findOneBy(AssignmentEntity, { caseId: demoCase.id, status: 'active' }));
    if (demo) {
      const request = await manager.findOneByOrFail(MentorRequestEntity, { id: demo.requestId });
      const mentorUser = await manager.findOneBy(UserEntity, { mentorId: demo.mentorId });
      const profile = PROFILES[0];
      history.reportsOf(
        { id: demo.id, caseId: demo.caseId, mentorId: demo.mentorId, supplierId: demo.supplierId, agreementId: demo.agreementId, targetGroup: demoCase.targetGroup, hoursPerWeek: demo.hoursPerWeek, startDate: demo.startDate, endDate: demo.endDate, goals: request.goals, profile, submitterId: mentorUser?.id ?? demo.mentorId, success: true, createdAt: demo.createdAt },
        (s) => (s.dueOn < today ? 'accepted' : 'due'),
        true,
      );
    }

    await insertAll(manager, OfferEntity, history.offers);
    await insertAll(manager, AssignmentEntity, assignments);
    await insertAll(manager, ReportEntity, history.reports);
    await insertAll(manager, ReportEventEntity, history.events);

    // 3. Leave three follow-ups unrecorded, overdue by a few days, about two weeks and about a month:
    //    tasks in the caseworker's list.
    const recorded = history.outcomes.filter((o) => o.recordedAt).sort((a, b) => b.dueOn!.localeCompare(a.dueOn!));
    for (const overdueBy of [0, 10, 25]) {
      const o = recorded.find((x) => x.recordedAt && x.dueOn! <= addCalendarDays(today, -1 - overdueBy));
      if (o) Object.assign(o, { status: null, benefitChangeDkk: null, note: null, recordedAt: null, recordedBy: null, updatedAt: o.createdAt });
    }
    await insertAll(manager, CourseOutcomeEntity, history.outcomes);
    await insertAll(manager, SurveyEntity, history.surveys);

    for (const [mentorId, hours] of reserved) await manager.query('UPDATE mentor SET hours_in_use = hours_in_use + $2 WHERE id = $1', [mentorId, hours]);
    // The agreements' hours used: everything reported on their courses, as the reports service keeps it.
    await manager.query(
      `UPDATE framework_agreement fa SET hours_used = coalesce((
         SELECT sum(r.hours_used) FROM report r JOIN assignment a ON a.id = r.assignment_id
         WHERE a.agreement_id = fa.id AND r.status IN ('submitted', 'accepted', 'returned')), 0)
       WHERE fa.municipality_code = $1`,
      [HVIDOVRE],
    );

    // 6. The scores: a history point for each of the past 12 months, then today's, then outcomes.
    const quality = new QualityService(manager.dataSource);
    const current = monthOf(today);
    for (let m = nextMonth(current, -12); m < current; m = nextMonth(m)) {
      await quality.recomputeQuality(manager, { asOf: lastDayOf(m), snapshotMonth: m, current: false });
    }
    await quality.recomputeQuality(manager, { asOf: today, snapshotMonth: current });
    await quality.recomputeOutcomes(manager);
  },
};

/** Multi-row inserts in chunks (well below PostgreSQL's parameter limit). */
async function insertAll<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[], chunk = 250): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await manager.insert(entity, rows.slice(i, i + chunk));
}
