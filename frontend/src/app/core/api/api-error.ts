import type { ApiError } from '@mentor/contracts';

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ApiError>;
  return typeof candidate.statusCode === 'number' && (typeof candidate.message === 'string' || Array.isArray(candidate.message));
}

/**
 * The human-readable messages in an error body (`error` of an HttpErrorResponse), one per line;
 * empty when the body is not an ApiError (e.g. a proxy's HTML page), so callers fall back to a
 * translated generic text.
 */
export function apiErrorMessages(body: unknown): string[] {
  if (!isApiError(body)) return [];
  return (Array.isArray(body.message) ? body.message : [body.message]).filter((m) => m.trim().length > 0);
}

/** Messages per field of a validation error, for showing next to form fields. */
export function fieldErrors(body: unknown): Record<string, string[]> {
  if (!isApiError(body) || !body.fields) return {};
  return Object.fromEntries(body.fields.map((f) => [f.field, f.messages]));
}
