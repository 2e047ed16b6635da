import { Location } from '@angular/common';
import { inject } from '@angular/core';
import { safeReturnUrl } from '../../core/auth/auth-rules';

/** The directory search the user came from (router state), or the directory itself. */
export function backToSearchUrl(): string {
  const state = inject(Location).getState() as { search?: unknown } | null;
  const url = safeReturnUrl(state?.search);
  return url && url.startsWith('/directory') ? url : '/directory';
}
