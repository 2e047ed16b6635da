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

/** The longest name a certificate can carry; a certificate of kind `other` must have one. */
export const CERTIFICATE_NAME_MAX_LENGTH = 120;

/**
 * The most hours a week a mentor can offer, and so the most free hours a directory search can
 * ask for: the API and the web app's inputs share this limit.
 */
export const MAX_WEEKLY_CAPACITY_HOURS = 60;

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
  /** What the certificate is: required for kind `other` (at most CERTIFICATE_NAME_MAX_LENGTH characters), optional otherwise. */
  name?: string;
  issuedOn: string;
  expiresOn: string;
}

/**
 * Certificates of the same kind (and, for `other`, the same name) are renewals of one another;
 * this key says which ones belong together.
 */
export function certificateSeriesKey(c: Pick<Certificate, 'kind' | 'name'>): string {
  return c.kind === 'other' ? `other:${(c.name ?? '').trim().toLocaleLowerCase('da')}` : c.kind;
}

/**
 * The certificate that counts in each series: the one that expires last. An old certificate that
 * has been renewed is replaced and must not raise a warning any more.
 */
export function currentCertificates<T extends Pick<Certificate, 'kind' | 'name' | 'expiresOn'>>(certificates: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const c of certificates) {
    const key = certificateSeriesKey(c);
    const seen = latest.get(key);
    if (!seen || (c.expiresOn ?? '') > (seen.expiresOn ?? '')) latest.set(key, c);
  }
  return [...latest.values()];
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
  /** The certificate's name, when it has one (always for kind `other`). */
  name?: string;
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
