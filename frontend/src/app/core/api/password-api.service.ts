import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { CallFailure } from '../auth/password-rules';

/** `POST /api/auth/password-reset`: asks for a reset link by mail. */
export interface PasswordResetRequestBody {
  email: string;
}

/** `POST /api/auth/password-reset/confirm`: the token from the mail's link and the new password. */
export interface PasswordResetConfirmBody {
  token: string;
  password: string;
}

/** `PUT /api/auth/password`: the signed-in user's own password. */
export interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}

/**
 * Forgotten and changed passwords. Each call answers 204; a 400 names the fields, a 429 says to
 * wait (Retry-After). The reset request answers 204 whether or not the e-mail has an account.
 */
@Injectable({ providedIn: 'root' })
export class PasswordApiService {
  private readonly http = inject(HttpClient);

  /** Sends a reset link to the e-mail when it has an account; never says whether it has. */
  requestReset(body: PasswordResetRequestBody): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset', body);
  }

  /** Sets the new password from a reset link; every session of the user is logged out. */
  confirmReset(body: PasswordResetConfirmBody): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/confirm', body);
  }

  /** Changes the signed-in user's password; their other sessions are logged out, this one stays. */
  changePassword(body: ChangePasswordBody): Observable<void> {
    return this.http.put<void>('/api/auth/password', body);
  }
}

/** What the password pages need of a failed call; anything but an HTTP error counts as no answer. */
export function callFailure(error: unknown): CallFailure {
  if (!(error instanceof HttpErrorResponse)) return { status: 0, body: undefined };
  return { status: error.status, body: error.error, retryAfter: error.headers.get('Retry-After') };
}
