import { NeedSeverity } from './competences';
import { Standing } from './reports';
import { Gender } from './suppliers';
import { TargetGroup } from './target-groups';

export const MENTOR_TYPES = ['development', 'retention'] as const;
export type MentorType = (typeof MENTOR_TYPES)[number];

export const LEGAL_BASES = ['ordinary', 'psychiatric_discharge', 'education_start'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** The law caps one mentor period at 26 weeks; an extension is a new, linked period. */
export const MAX_WEEKS_PER_PERIOD = 26;
export const DEFAULT_WEEKS = 13;

export interface CitizenIdentity {
  name: string;
  cpr: string;
  phone: string;
  address?: string;
}

export interface CaseNeed {
  code: string;
  severity: NeedSeverity;
}

export interface CaseInput {
  citizen: CitizenIdentity;
  targetGroup: TargetGroup;
  needs: CaseNeed[];
  languages: string[];
  genderPreference?: 'female' | 'male';
  postcode: string;
  notes?: string;
}

/** A case as lists and pages show it: the pseudonymous profile, never the identity. */
export interface CitizenCase {
  id: string;
  reference: string;
  municipalityCode: string;
  caseworkerId: string;
  caseworkerName: string;
  status: 'open' | 'closed';
  targetGroup: TargetGroup;
  needs: CaseNeed[];
  languages: string[];
  genderPreference?: 'female' | 'male';
  postcode: string;
  town: string;
  /** Birth year and month only, enough to tell a young person from an adult. */
  ageYears: number;
  hasNotes: boolean;
  openRequests: number;
  activeAssignments: number;
  createdAt: string;
}

export interface CaseUpdate {
  targetGroup?: TargetGroup;
  needs?: CaseNeed[];
  languages?: string[];
  genderPreference?: 'female' | 'male' | null;
  postcode?: string;
  notes?: string;
  citizen?: Partial<CitizenIdentity>;
  status?: 'open' | 'closed';
}

/** The identity, read on purpose and logged. */
export interface CitizenIdentityView extends CitizenIdentity {
  notes: string;
}

export interface Goal {
  text: string;
  milestones: string[];
}

export interface MentorRequestInput {
  mentorType: MentorType;
  hoursPerWeek: number;
  weeks?: number;
  startDate: string;
  legalBasis: LegalBasis;
  goals: Goal[];
  allocation?: 'auto' | 'manual';
  /** Certificates the mentor must hold valid on the start date; default: criminal record (and child certificate for under-18s). */
  requiredCertificates?: string[];
}

export type MentorRequestStatus = 'open' | 'offered' | 'accepted' | 'exhausted' | 'cancelled';

export interface MentorRequest extends Required<Omit<MentorRequestInput, 'requiredCertificates'>> {
  id: string;
  caseId: string;
  municipalityCode: string;
  endDate: string;
  status: MentorRequestStatus;
  requiredCertificates: string[];
  previousAssignmentId?: string;
  createdAt: string;
}

export interface MatchComponents {
  competence: number;
  quality: number;
  outcome: number;
  distance: number;
  price: number;
  capacity: number;
  preference: number;
}

export interface Match {
  mentorId: string;
  supplierId: string;
  mentorName: string;
  supplierName: string;
  score: number;
  rank: number;
  components: MatchComponents;
  weights: MatchComponents;
  distanceKm: number;
  hourlyRate: number;
  supplierRank: number;
  freeCapacityHours: number;
  agreementId: string;
  explanation: string[];
  gender: Gender;
  languages: string[];
  competences: { code: string; level: 1 | 2 | 3 }[];
  background: string;
  yearsOfExperience: number;
  /** The supplier's reporting standing: `blocked` needs an override with a reason to be offered. */
  standing: Standing;
}

export interface MatchList {
  items: Match[];
  candidates: number;
  filtered: Record<string, number>;
  allocation: 'cascade' | 'objective_criteria';
  engineVersion: string;
}

export type OfferStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'withdrawn';

/** What a supplier sees of an offer: the pseudonymous profile, hours, weeks and goals only. */
export interface OfferProfile {
  targetGroup: TargetGroup;
  needs: CaseNeed[];
  hoursPerWeek: number;
  weeks: number;
  startDate: string;
  goals: Goal[];
  languages: string[];
  postcode: string;
  town: string;
  legalBasis: LegalBasis;
  mentorType: MentorType;
}

export interface Offer {
  id: string;
  requestId: string;
  mentorId: string;
  mentorName: string;
  supplierId: string;
  supplierName: string;
  status: OfferStatus;
  answerBy: string;
  respondedAt?: string;
  declineReason?: string;
  rank: number;
  score: number;
  profile: OfferProfile;
  createdAt: string;
}

export interface Assignment {
  id: string;
  caseId: string;
  requestId: string;
  offerId: string;
  mentorId: string;
  mentorName: string;
  supplierId: string;
  supplierName: string;
  agreementId: string;
  municipalityCode: string;
  hoursPerWeek: number;
  startDate: string;
  endDate: string;
  status: 'active' | 'ended';
  endedReason?: string;
  previousAssignmentId?: string;
  goals: Goal[];
  /** To the mentor after acceptance, and to the municipality. */
  citizen?: { name: string; phone: string };
}

/** `GET/PUT /api/municipality/settings`: the municipality's own matching and reporting settings. */
export interface MunicipalitySettings {
  municipalityCode: string;
  matchingWeights: MatchComponents;
  usesDefaultWeights: boolean;
  offerAnswerWorkingDays: number;
  /** Day of the following month on which a monthly report falls due (1–28, default 5). */
  reportDueDay: number;
  /** Days before the due date the mentor is reminded (default 3). */
  reportReminderDaysBefore: number;
}

export const DEFAULT_REPORT_DUE_DAY = 5;
export const DEFAULT_REPORT_REMINDER_DAYS = 3;
