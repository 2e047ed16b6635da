import { CompetenceLevel } from './competences';
import { QualityFigures } from './reports';

export const ORGANISATION_TYPES = ['company', 'self_employed', 'education_institution', 'retention_employer'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const CERTIFICATE_KINDS = ['criminal_record', 'child_certificate', 'first_aid', 'other'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** A certificate within this many days of its expiry is flagged as expiring. */
export const CERTIFICATE_WARNING_DAYS = 60;

export interface SupplierRegistration {
  cvr: string;
  name: string;
  address: string;
  postcode: string;
  email: string;
  phone: string;
  organisationType: OrganisationType;
  /** Municipality codes served; empty with `regionsServed` set means "whole regions". */
  municipalitiesServed: string[];
  regionsServed?: string[];
  description?: string;
  admin: { name: string; email: string; password: string };
}

export interface Supplier {
  id: string;
  cvr: string;
  name: string;
  address: string;
  postcode: string;
  town: string;
  email: string;
  phone: string;
  organisationType: OrganisationType;
  municipalitiesServed: string[];
  regionsServed: string[];
  description: string;
  activeMentorCount: number;
  /** Sum of active mentors' weekly capacity, and what courses use of it. */
  weeklyCapacityHours: number;
  hoursInUse: number;
  createdAt: string;
}

export interface SupplierUpdate {
  name?: string;
  address?: string;
  postcode?: string;
  email?: string;
  phone?: string;
  municipalitiesServed?: string[];
  regionsServed?: string[];
  description?: string;
}

export interface MentorCompetence {
  code: string;
  level: CompetenceLevel;
}

export interface Certificate {
  kind: CertificateKind | string;
  issuedOn: string;
  expiresOn: string;
}

export interface MentorInput {
  name: string;
  email: string;
  phone: string;
  gender: Gender;
  languages: string[];
  yearsOfExperience: number;
  postcode: string;
  weeklyCapacityHours: number;
  maxTravelKm: number;
  background?: string;
  competences: MentorCompetence[];
  certificates: Certificate[];
}

export interface CertificateWarning {
  kind: string;
  expiresOn: string;
  status: 'expiring' | 'expired';
}

export interface Mentor extends MentorInput {
  id: string;
  supplierId: string;
  supplierName: string;
  town: string;
  active: boolean;
  hoursInUse: number;
  freeCapacityHours: number;
  certificateWarnings: CertificateWarning[];
  /** The mentor's own login: none yet, invited, or active. */
  account: 'none' | 'invited' | 'active';
  /** Distance from the `near` postcode of a directory search, when one was given. */
  distanceKm?: number;
}

export interface SupplierProfile extends Supplier {
  mentors: Mentor[];
  /** The supplier's reporting quality over the last 12 months (the nightly figures); null before any report was due. */
  scorecard: null | (QualityFigures & { computedAt: string });
}

export interface Postcode {
  postcode: string;
  name: string;
  lat: number;
  lon: number;
}

/** Directory search over mentors (municipal users across suppliers; supplier users their own). */
export interface MentorSearch {
  q?: string;
  competence?: string;
  minLevel?: CompetenceLevel;
  language?: string;
  region?: string;
  municipality?: string;
  supplierId?: string;
  /** At least this many free hours per week. */
  freeCapacity?: number;
  /** Holds this certificate valid on `validOn` (default today). */
  certificate?: string;
  validOn?: string;
  /** Postcode to measure distance from; with `radiusKm`, only mentors that close. */
  near?: string;
  radiusKm?: number;
  includeInactive?: boolean;
  sort?: 'name' | '-name' | 'freeCapacity' | '-freeCapacity' | 'experience' | '-experience' | 'distance';
  page?: number;
  pageSize?: number;
}

export interface SupplierSearch {
  q?: string;
  competence?: string;
  minLevel?: CompetenceLevel;
  language?: string;
  region?: string;
  municipality?: string;
  organisationType?: OrganisationType;
  sort?: 'name' | '-name' | 'capacity' | '-capacity' | 'newest';
  page?: number;
  pageSize?: number;
}
