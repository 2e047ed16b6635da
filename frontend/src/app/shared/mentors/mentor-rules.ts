import {
  CERTIFICATE_WARNING_DAYS,
  COMPETENCES,
  Certificate,
  CertificateWarning,
  CompetenceLevel,
  LANGUAGES,
  Mentor,
  MentorCompetence,
  currentCertificates,
} from '@mentor/contracts';

export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'unknown';

/** Today as `YYYY-MM-DD` in local time (what a date input shows). */
export function isoToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days from `from` to `to` (both `YYYY-MM-DD`), counted in calendar days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A certificate is expired the day after its expiry date and expiring when that date is at most
 * CERTIFICATE_WARNING_DAYS away (the same rule as the API's `certificateWarnings`).
 */
export function certificateStatus(expiresOn: string | null | undefined, today: string): CertificateStatus {
  if (!expiresOn || !/^\d{4}-\d{2}-\d{2}/.test(expiresOn)) return 'unknown';
  const days = daysBetween(today, expiresOn.slice(0, 10));
  if (Number.isNaN(days)) return 'unknown';
  if (days < 0) return 'expired';
  return days <= CERTIFICATE_WARNING_DAYS ? 'expiring' : 'valid';
}

/** The API's rule too: only the latest certificate of each kind (of each name, for `other`) can warn; a renewed one is replaced. */
export function certificateWarnings(certificates: readonly Certificate[], today: string): CertificateWarning[] {
  return currentCertificates(certificates).flatMap((c) => {
    const status = certificateStatus(c.expiresOn, today);
    return status === 'expiring' || status === 'expired' ? [{ kind: c.kind, ...(c.name ? { name: c.name } : {}), expiresOn: c.expiresOn, status }] : [];
  });
}

/** A certificate that a later one of the same kind (and name) replaces: the editor shows no warning for it. */
export function isReplaced(certificate: Pick<Certificate, 'kind' | 'name' | 'expiresOn'>, all: readonly Pick<Certificate, 'kind' | 'name' | 'expiresOn'>[]): boolean {
  return !currentCertificates(all).includes(certificate);
}

/** The API's warnings when it sent them, else the same rule applied here. */
export function warningsOf(mentor: Pick<Mentor, 'certificates'> & { certificateWarnings?: CertificateWarning[] }, today: string): CertificateWarning[] {
  return mentor.certificateWarnings ?? certificateWarnings(mentor.certificates ?? [], today);
}

/**
 * The best certificate of a kind a mentor holds: the one valid longest. `missing` when there is
 * none, so a directory can say "no child certificate".
 */
export function certificateOfKind(
  certificates: readonly Certificate[],
  kind: string,
  today: string,
): { status: CertificateStatus | 'missing'; expiresOn?: string } {
  const ofKind = certificates.filter((c) => c.kind === kind).sort((a, b) => (b.expiresOn ?? '').localeCompare(a.expiresOn ?? ''));
  if (!ofKind.length) return { status: 'missing' };
  return { status: certificateStatus(ofKind[0].expiresOn, today), expiresOn: ofKind[0].expiresOn };
}

/** Competences strongest first, then in taxonomy order; `limit` of them. */
export function topCompetences(competences: readonly MentorCompetence[], limit = 3): MentorCompetence[] {
  const order = (code: string) => COMPETENCES.findIndex((c) => c.code === code);
  return [...competences].sort((a, b) => b.level - a.level || order(a.code) - order(b.code)).slice(0, limit);
}

/** Share of capacity in use, 0–1 (over-booked shows as full). */
export function capacityShare(used: number, total: number): number {
  if (!total || total <= 0) return used > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, used / total));
}

export function competenceLabel(code: string): { labelDa: string; labelEn: string } {
  return COMPETENCES.find((c) => c.code === code) ?? { labelDa: code, labelEn: code };
}

export function languageLabel(code: string): { labelDa: string; labelEn: string } {
  return LANGUAGES.find((l) => l.code === code) ?? { labelDa: code, labelEn: code };
}

export const LEVELS: readonly CompetenceLevel[] = [1, 2, 3];
