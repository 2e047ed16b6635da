import { TARGET_GROUPS, COMPETENCES, Evaluation, TenderStatus } from '@mentor/contracts';

import { AuditEventEntity } from '../../../core/audit/entities/audit-event.entity';
import { AwardCriterionEntity } from '../entities/award-criterion.entity';
import { FrameworkAgreementEntity } from '../entities/framework-agreement.entity';
import { LotEntity } from '../entities/lot.entity';
import { TenderQuestionEntity } from '../entities/tender-question.entity';
import { TenderEntity } from '../entities/tender.entity';

/**
 * View models of the tender documents: every value already formatted in Danish, so the handlebars
 * (HTML) and pdfkit (PDF) renderings print the same data and cannot drift apart.
 */
export interface Row {
  label: string;
  value: string;
}

export interface LotView {
  heading: string;
  description: string;
  facts: Row[];
}

export interface CriterionView {
  name: string;
  weight: string;
  description: string;
}

export interface NoticeView {
  kind: 'notice';
  title: string;
  municipalityName: string;
  reference: string;
  status: string;
  description: string;
  euNotice: string;
  facts: Row[];
  timeline: Row[];
  lots: LotView[];
  criteria: CriterionView[];
  generatedAt: string;
}

export interface ScoreLine {
  criterion: string;
  score: string;
  points: string;
  justification: string;
}

export interface BidLine {
  rank: string;
  supplierName: string;
  hourlyRate: string;
  submittedAt: string;
  priceScore: string;
  qualityScore: string;
  total: string;
  outcome: string;
  scores: ScoreLine[];
}

export interface LotEvaluationView {
  heading: string;
  bids: BidLine[];
}

export interface ProcedureReportView {
  kind: 'procedure-report';
  title: string;
  municipalityName: string;
  reference: string;
  status: string;
  facts: Row[];
  timeline: Row[];
  lots: LotView[];
  criteria: CriterionView[];
  questions: { text: string; answer: string; askedAt: string; answeredAt: string }[];
  sealedNote: string;
  evaluation: LotEvaluationView[];
  agreements: { lot: string; supplierName: string; rank: string; hourlyRate: string; status: string }[];
  events: { at: string; action: string; actor: string; details: string }[];
  generatedAt: string;
}

export interface StandstillLetterView {
  kind: 'standstill-letter';
  title: string;
  municipalityName: string;
  reference: string;
  supplierName: string;
  dispatchDate: string;
  standstillEndsOn: string;
  standstillText: string;
  lots: { heading: string; outcome: string; own: BidLine; winners: BidLine[] }[];
  reasons: string[];
  generatedAt: string;
}

export type DocumentView = NoticeView | ProcedureReportView | StandstillLetterView;

const STATUS_DA: Record<TenderStatus, string> = {
  draft: 'Kladde',
  published: 'Offentliggjort',
  closed: 'Lukket (tilbud åbnet)',
  evaluated: 'Evalueret',
  awarded: 'Tildelt (standstill)',
  in_force: 'Rammeaftaler i kraft',
  cancelled: 'Annulleret',
};

const ACTION_DA: Record<string, string> = {
  'tender.created': 'Udbud oprettet',
  'tender.updated': 'Udbud ændret',
  'tender.published': 'Udbud offentliggjort',
  'tender.question_answered': 'Spørgsmål besvaret',
  'tender.answer_changed': 'Svar ændret',
  'tender.closed': 'Tilbudsfrist udløbet, tilbud åbnet',
  'tender.bid_scored': 'Tilbud bedømt',
  'tender.evaluated': 'Evaluering afsluttet',
  'tender.awarded': 'Tildelingsbeslutning, standstill-breve sendt',
  'tender.in_force': 'Rammeaftaler trådt i kraft',
  'tender.cancelled': 'Udbud annulleret',
};

const ROLE_DA: Record<string, string> = {
  procurement_officer: 'indkøber',
  municipality_admin: 'kommuneadministrator',
  caseworker: 'sagsbehandler',
  platform_admin: 'platformadministrator',
  system: 'systemet',
};

export const fmt = {
  dateTime: (d: Date | null) => (d ? new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(d) : '–'),
  date: (d: string | null) => (d ? new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)) : '–'),
  dkk: (n: number | null) => (n === null ? '–' : `${new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)} kr.`),
  num: (n: number | null, digits = 2) => (n === null ? '–' : new Intl.NumberFormat('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n)),
};

const targetGroupLabel = (code: string) => TARGET_GROUPS.find((t) => t.code === code)?.labelDa ?? code;
const competenceLabel = (code: string) => COMPETENCES.find((c) => c.code === code)?.labelDa ?? code;

export function priceModelText(t: Pick<TenderEntity, 'priceModel' | 'linearSlope'>): string {
  return t.priceModel === 'proportional'
    ? 'Proportional: point = 10 × laveste pris / tilbudt pris'
    : `Lineær: point = 10 × (1 − ${fmt.num(t.linearSlope ?? 1, 2)} × (tilbudt pris − laveste pris) / laveste pris), mindst 0`;
}

function lotViews(lots: LotEntity[]): LotView[] {
  return lots.map((l) => ({
    heading: `Delaftale ${l.number}: ${l.title}`,
    description: l.description,
    facts: [
      { label: 'Målgrupper', value: l.targetGroups.map(targetGroupLabel).join(', ') },
      { label: 'Krævede kompetencer', value: l.requiredCompetences.map(competenceLabel).join(', ') || '–' },
      { label: 'Forventede timer pr. år', value: fmt.num(l.estimatedHoursPerYear, 0) },
      { label: 'Antal leverandører', value: `højst ${l.maxSuppliers}` },
      { label: 'Timeloft pr. aftale', value: fmt.num(l.hourCeiling, 0) },
    ],
  }));
}

function criterionViews(t: TenderEntity, criteria: AwardCriterionEntity[]): CriterionView[] {
  return [{ name: 'Pris (timepris)', weight: `${t.priceWeight} %`, description: priceModelText(t) }, ...criteria.map((c) => ({ name: c.name, weight: `${c.weight} %`, description: c.description }))];
}

function timeline(t: TenderEntity): Row[] {
  return [
    { label: 'Frist for spørgsmål', value: fmt.dateTime(t.questionDeadline) },
    { label: 'Tilbudsfrist', value: fmt.dateTime(t.bidDeadline) },
    { label: 'Standstill-periode', value: `${t.standstillDays} kalenderdage efter tildelingsbrevene (flyttes til næste arbejdsdag)` },
    { label: 'Rammeaftalernes løbetid', value: `${fmt.date(t.agreementStart)} – ${fmt.date(t.agreementEnd)}` },
  ];
}

function facts(t: TenderEntity, thresholdDkk: number): Row[] {
  return [
    { label: 'Anslået værdi', value: fmt.dkk(t.estimatedValue) },
    { label: 'Tildelingsmodel', value: t.allocationModel === 'cascade' ? 'Kaskade: opgaver tildeles i rangorden' : 'Objektive kriterier: matchningsscoren afgør tildelingen af den enkelte opgave' },
    { label: 'Prismodel', value: priceModelText(t) },
    { label: 'Tærskelværdi (light-regime)', value: fmt.dkk(thresholdDkk) },
  ];
}

export function euNoticeText(t: TenderEntity, thresholdDkk: number): string {
  if (t.estimatedValue === null) return 'Den anslåede værdi er ikke angivet endnu.';
  return t.estimatedValue > thresholdDkk
    ? 'Den anslåede værdi overstiger tærskelværdien for light-regimet: udbuddet skal annonceres i EU-Tidende (TED).'
    : 'Den anslåede værdi er under tærskelværdien for light-regimet: national annoncering.';
}

export function noticeView(t: TenderEntity, parts: { municipalityName: string; lots: LotEntity[]; criteria: AwardCriterionEntity[]; thresholdDkk: number; now: Date }): NoticeView {
  return {
    kind: 'notice',
    title: t.title,
    municipalityName: parts.municipalityName,
    reference: t.id,
    status: STATUS_DA[t.status],
    description: t.description,
    euNotice: euNoticeText(t, parts.thresholdDkk),
    facts: facts(t, parts.thresholdDkk),
    timeline: timeline(t),
    lots: lotViews(parts.lots),
    criteria: criterionViews(t, parts.criteria),
    generatedAt: fmt.dateTime(parts.now),
  };
}

export function bidLine(row: Evaluation['lots'][number]['ranking'][number], awarded: boolean): BidLine {
  return {
    rank: String(row.rank),
    supplierName: row.supplierName,
    hourlyRate: fmt.dkk(row.hourlyRate),
    submittedAt: fmt.dateTime(new Date(row.submittedAt)),
    priceScore: fmt.num(row.priceScore),
    qualityScore: fmt.num(row.qualityScore),
    total: fmt.num(row.total),
    outcome: row.winner ? (awarded ? 'Tildelt' : 'Indstillet') : 'Ikke tildelt',
    scores: row.scores.map((s) => ({ criterion: s.criterion, score: s.score === null ? '–' : fmt.num(s.score, 1), points: fmt.num(s.points), justification: s.justification ?? 'Ikke bedømt' })),
  };
}

export function procedureReportView(
  t: TenderEntity,
  parts: {
    municipalityName: string;
    lots: LotEntity[];
    criteria: AwardCriterionEntity[];
    thresholdDkk: number;
    questions: TenderQuestionEntity[];
    evaluation: Evaluation | null;
    agreements: FrameworkAgreementEntity[];
    supplierNames: Map<string, string>;
    events: AuditEventEntity[];
    now: Date;
  },
): ProcedureReportView {
  const awarded = !!t.awardedAt;
  return {
    kind: 'procedure-report',
    title: t.title,
    municipalityName: parts.municipalityName,
    reference: t.id,
    status: STATUS_DA[t.status],
    facts: [...facts(t, parts.thresholdDkk), { label: 'EU-annoncering', value: euNoticeText(t, parts.thresholdDkk) }],
    timeline: timeline(t),
    lots: lotViews(parts.lots),
    criteria: criterionViews(t, parts.criteria),
    questions: parts.questions.map((q) => ({ text: q.text, answer: q.answer ?? 'Ikke besvaret', askedAt: fmt.dateTime(q.askedAt), answeredAt: fmt.dateTime(q.answeredAt) })),
    sealedNote: parts.evaluation ? '' : 'Tilbuddene er forseglede indtil tilbudsfristen; evalueringen vises, når udbuddet er lukket.',
    evaluation: (parts.evaluation?.lots ?? []).map((l) => ({ heading: `Delaftale ${l.lotNumber}: ${l.title}`, bids: l.ranking.map((r) => bidLine(r, awarded)) })),
    agreements: parts.agreements.map((a) => ({
      lot: parts.lots.find((l) => l.id === a.lotId)?.title ?? '',
      supplierName: parts.supplierNames.get(a.supplierId) ?? '',
      rank: String(a.rank),
      hourlyRate: fmt.dkk(a.hourlyRate),
      status: a.status === 'in_force' ? 'I kraft' : a.status === 'standstill' ? 'Standstill' : a.status === 'expired' ? 'Udløbet' : 'Annulleret',
    })),
    events: parts.events.map((e) => ({
      at: fmt.dateTime(e.occurredAt),
      action: ACTION_DA[e.action] ?? e.action,
      actor: ROLE_DA[e.actorRole ?? 'system'] ?? e.actorRole ?? 'systemet',
      details: describeDetails(e),
    })),
    generatedAt: fmt.dateTime(parts.now),
  };
}

function describeDetails(e: AuditEventEntity): string {
  const d = e.details as Record<string, unknown>;
  switch (e.action) {
    case 'tender.closed': {
      const opened = `${String(d['bidsOpened'] ?? 0)} tilbud åbnet`;
      // Closed after the fact (the system was down at the deadline): it counts as of the deadline.
      const late = Number(d['lateSeconds'] ?? 0) >= 60 && typeof d['processedAt'] === 'string';
      return late ? `${opened}; lukket og åbnet pr. tilbudsfristen ${fmt.dateTime(new Date(String(d['closedAsOf'])))}, behandlet ${fmt.dateTime(new Date(String(d['processedAt'])))}` : opened;
    }
    case 'tender.cancelled':
      return `Begrundelse: ${String(d['reason'] ?? '')}${d['agreementsCancelled'] !== undefined ? `; ${String(d['agreementsCancelled'])} rammeaftaler i standstill annulleret` : ''}`;
    case 'tender.published':
      return d['thresholdChecked'] === false ? 'Anslået værdi ikke angivet: tærskelværdien for EU-annoncering er ikke kontrolleret' : '';
    case 'tender.evaluated':
      return d['completedByAward'] ? 'Afsluttet sammen med tildelingen' : '';
    case 'tender.awarded':
      return `${String(d['agreements'] ?? 0)} rammeaftaler; standstill til og med ${fmt.date((d['standstillEndsOn'] as string) ?? null)}`;
    case 'tender.bid_scored':
      return `Tilbud ${String(d['bidId'] ?? '').slice(0, 8)}`;
    case 'tender.updated':
      return `Ændrede felter: ${((d['changed'] as string[]) ?? []).join(', ')}`;
    default:
      return '';
  }
}

export function standstillLetterView(
  t: TenderEntity,
  parts: { municipalityName: string; supplierId: string; supplierName: string; evaluation: Evaluation; now: Date },
): StandstillLetterView {
  const lots = parts.evaluation.lots
    .map((l) => {
      const own = l.ranking.find((r) => r.supplierId === parts.supplierId);
      if (!own) return null;
      return {
        heading: `Delaftale ${l.lotNumber}: ${l.title}`,
        outcome: own.winner ? `Jeres tilbud er tildelt en rammeaftale som nr. ${own.rank}.` : `Jeres tilbud er ikke tildelt en rammeaftale (placering ${own.rank} af ${l.ranking.length}; ${l.maxSuppliers} tildeles).`,
        own: bidLine(own, true),
        winners: l.ranking.filter((r) => r.winner).map((r) => bidLine(r, true)),
      };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);
  return {
    kind: 'standstill-letter',
    title: t.title,
    municipalityName: parts.municipalityName,
    reference: t.id,
    supplierName: parts.supplierName,
    dispatchDate: fmt.dateTime(t.awardedAt),
    standstillEndsOn: fmt.date(t.standstillEndsOn),
    standstillText:
      t.standstillDays > 0
        ? `Standstill-perioden er ${t.standstillDays} kalenderdage fra afsendelsen af dette brev og udløber ved udgangen af ${fmt.date(t.standstillEndsOn)} (flyttet til næste arbejdsdag, hvis den ellers ville udløbe på en lørdag, søndag eller helligdag). Rammeaftalerne indgås tidligst dagen efter. En eventuel klage skal være indgivet inden udløbet.`
        : 'Der gælder ingen standstill-periode i dette udbud; rammeaftalerne er trådt i kraft ved tildelingen.',
    lots,
    reasons: [
      'Tildelingen er sket på grundlag af det bedste forhold mellem pris og kvalitet efter de offentliggjorte kriterier og vægte.',
      `Prisen er bedømt efter modellen: ${priceModelText(t)}.`,
      'Hvert kvalitetskriterium er bedømt 0–10 med den begrundelse, der står ved pointene. Ved lige samlet score afgør den laveste pris, dernæst det tidligst afgivne tilbud.',
    ],
    generatedAt: fmt.dateTime(parts.now),
  };
}
