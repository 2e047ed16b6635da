import type { CertificateKind, CompetenceLevel, Gender, Mentor, OrganisationType } from '@mentor/contracts';
import type { TranslationKey } from '../../core/i18n/translations';
import type { CertificateStatus } from './mentor-rules';

export const LEVEL_KEYS: Readonly<Record<CompetenceLevel, TranslationKey>> = {
  1: 'level.1',
  2: 'level.2',
  3: 'level.3',
};

export const CERTIFICATE_KIND_KEYS: Readonly<Record<CertificateKind, TranslationKey>> = {
  criminal_record: 'certificate.kind.criminal_record',
  child_certificate: 'certificate.kind.child_certificate',
  first_aid: 'certificate.kind.first_aid',
  other: 'certificate.kind.other',
};

export function certificateKindKey(kind: string): TranslationKey {
  return (CERTIFICATE_KIND_KEYS as Record<string, TranslationKey>)[kind] ?? 'certificate.kind.other';
}

export const CERTIFICATE_STATUS_KEYS: Readonly<Record<CertificateStatus | 'missing', TranslationKey>> = {
  valid: 'certificate.status.valid',
  expiring: 'certificate.status.expiring',
  expired: 'certificate.status.expired',
  unknown: 'certificate.status.unknown',
  missing: 'certificate.status.missing',
};

export const GENDER_KEYS: Readonly<Record<Gender, TranslationKey>> = {
  female: 'gender.female',
  male: 'gender.male',
  other: 'gender.other',
};

export const ORGANISATION_TYPE_KEYS: Readonly<Record<OrganisationType, TranslationKey>> = {
  company: 'organisationType.company',
  self_employed: 'organisationType.self_employed',
  education_institution: 'organisationType.education_institution',
  retention_employer: 'organisationType.retention_employer',
};

export const ACCOUNT_KEYS: Readonly<Record<Mentor['account'], TranslationKey>> = {
  none: 'account.none',
  invited: 'account.invited',
  active: 'account.active',
};
