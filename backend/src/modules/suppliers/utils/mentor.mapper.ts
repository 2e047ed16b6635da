import { Certificate, CERTIFICATE_WARNING_DAYS, CertificateWarning, currentCertificates, Mentor } from '@mentor/contracts';

import { findPostcode } from '../../reference/utils/postcodes.util';
import { MentorEntity } from '../entities/mentor.entity';

const DAY = 86400_000;

/**
 * Certificates that have expired, or expire within CERTIFICATE_WARNING_DAYS, on `today`
 * (YYYY-MM-DD). Only the latest-expiring certificate of each kind (of each name, for `other`)
 * counts: an old one that has been renewed is replaced, not a reason to warn.
 */
export function certificateWarnings(certificates: Pick<Certificate, 'kind' | 'name' | 'expiresOn'>[], today: string): CertificateWarning[] {
  const warnUntil = new Date(Date.parse(today) + CERTIFICATE_WARNING_DAYS * DAY).toISOString().slice(0, 10);
  return currentCertificates(certificates)
    .filter((c) => c.expiresOn <= warnUntil)
    .map((c) => ({ kind: c.kind, ...(c.name ? { name: c.name } : {}), expiresOn: c.expiresOn, status: c.expiresOn < today ? ('expired' as const) : ('expiring' as const) }))
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
}

export function toMentor(
  m: MentorEntity,
  extra: { supplierName: string; account: Mentor['account']; today: string; distanceKm?: number },
): Mentor {
  const certificates: Certificate[] = (m.certificates ?? [])
    .map((c) => ({ kind: c.kind, ...(c.name ? { name: c.name } : {}), issuedOn: c.issuedOn, expiresOn: c.expiresOn }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || (a.name ?? '').localeCompare(b.name ?? '') || a.expiresOn.localeCompare(b.expiresOn));
  return {
    id: m.id,
    supplierId: m.supplierId,
    supplierName: extra.supplierName,
    name: m.name,
    email: m.email,
    phone: m.phone,
    gender: m.gender,
    languages: m.languages,
    yearsOfExperience: m.yearsOfExperience,
    postcode: m.postcode ?? '',
    town: m.postcode ? (findPostcode(m.postcode)?.name ?? '') : '',
    weeklyCapacityHours: m.weeklyCapacityHours,
    maxTravelKm: m.maxTravelKm,
    background: m.background,
    competences: (m.competences ?? []).map((c) => ({ code: c.code, level: c.level })).sort((a, b) => b.level - a.level || a.code.localeCompare(b.code)),
    certificates,
    active: m.active,
    hoursInUse: m.hoursInUse,
    freeCapacityHours: Math.max(0, Math.round((m.weeklyCapacityHours - m.hoursInUse) * 100) / 100),
    certificateWarnings: certificateWarnings(certificates, extra.today),
    account: extra.account,
    ...(extra.distanceKm !== undefined ? { distanceKm: Math.round(extra.distanceKm * 10) / 10 } : {}),
  };
}
