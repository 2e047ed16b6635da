import { LegalBasis, MentorRequestStatus, MentorType, NeedSeverity, OfferStatus, TARGET_GROUPS } from '@mentor/contracts';
import type { TranslationKey } from '../../core/i18n/translations';

/** Translation keys of the case and course vocabulary, shared by the municipality, supplier and mentor pages. */
export const SEVERITY_KEYS: Readonly<Record<NeedSeverity, TranslationKey>> = {
  1: 'severity.1',
  2: 'severity.2',
  3: 'severity.3',
};

export const MENTOR_TYPE_KEYS: Readonly<Record<MentorType, TranslationKey>> = {
  development: 'mentorType.development',
  retention: 'mentorType.retention',
};

export const LEGAL_BASIS_KEYS: Readonly<Record<LegalBasis, TranslationKey>> = {
  ordinary: 'legalBasis.ordinary',
  psychiatric_discharge: 'legalBasis.psychiatric_discharge',
  education_start: 'legalBasis.education_start',
};

export const REQUEST_STATUS_KEYS: Readonly<Record<MentorRequestStatus, TranslationKey>> = {
  open: 'requestStatus.open',
  offered: 'requestStatus.offered',
  accepted: 'requestStatus.accepted',
  exhausted: 'requestStatus.exhausted',
  cancelled: 'requestStatus.cancelled',
};

export const OFFER_STATUS_KEYS: Readonly<Record<OfferStatus, TranslationKey>> = {
  pending: 'offerStatus.pending',
  accepted: 'offerStatus.accepted',
  declined: 'offerStatus.declined',
  expired: 'offerStatus.expired',
  withdrawn: 'offerStatus.withdrawn',
};

export const COURSE_STATUS_KEYS: Readonly<Record<'active' | 'ended', TranslationKey>> = {
  active: 'courseStatus.active',
  ended: 'courseStatus.ended',
};

export const CASE_STATUS_KEYS: Readonly<Record<'open' | 'closed', TranslationKey>> = {
  open: 'caseStatus.open',
  closed: 'caseStatus.closed',
};

/** The badge class that goes with a status: colour only repeats the text. */
export function statusTone(status: string): 'badge-ok' | 'badge-info' | 'badge-warning' | 'badge-error' | 'badge-neutral' {
  switch (status) {
    case 'accepted':
    case 'active':
    case 'open':
      return 'badge-ok';
    case 'pending':
    case 'offered':
      return 'badge-info';
    case 'declined':
    case 'expired':
    case 'exhausted':
      return 'badge-warning';
    default:
      return 'badge-neutral';
  }
}

export function targetGroupLabel(code: string): { labelDa: string; labelEn: string } {
  return TARGET_GROUPS.find((t) => t.code === code) ?? { labelDa: code, labelEn: code };
}

/** The mentor agreement (mentoraftale), rendered by the API; opened in a new tab with the session cookie. */
export function agreementUrl(assignmentId: string, format: 'html' | 'pdf'): string {
  return `/api/assignments/${encodeURIComponent(assignmentId)}/agreement?format=${format}`;
}
