import { LoginRequest, LoginResponse, User } from '@mentor/contracts';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Observable, firstValueFrom, map, tap } from 'rxjs';

/**
 * Who is logged in. The session lives in the backend's httpOnly cookie (same origin), so this
 * service never sees or stores a token: it asks `/api/auth/me` once at start and keeps the answer.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly current = signal<User | null>(null);
  private session?: Promise<User | null>;

  readonly user = this.current.asReadonly();
  readonly isLoggedIn = computed(() => this.current() !== null);

  /** Resolves once the session cookie has been checked; later calls reuse the first answer. */
  restoreSession(): Promise<User | null> {
    this.session ??= firstValueFrom(this.http.get<User>('/api/auth/me')).then(
      (user) => {
        this.current.set(user);
        return user;
      },
      (error: unknown) => {
        // 401 is the normal "not logged in"; anything else (backend down) also leaves us logged out,
        // and the login page then reports what it gets.
        if (!(error instanceof HttpErrorResponse)) console.error(error);
        return null;
      },
    );
    return this.session;
  }

  login(credentials: LoginRequest): Observable<User> {
    return this.http.post<LoginResponse>('/api/auth/login', credentials).pipe(
      map((response) => response.user),
      tap((user) => this.current.set(user)),
    );
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', null));
    } catch {
      // Even if the call fails, the user asked to leave: forget them here and show the login page.
    }
    this.clear();
    await this.router.navigateByUrl('/login');
  }

  /** A call other than login started a session (supplier registration sets the cookie). */
  signedIn(user: User): void {
    this.session = Promise.resolve(user);
    this.current.set(user);
  }

  /** Sets the password of an invited user (a supplier's colleague or mentor); 204 on success. */
  acceptInvitation(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/invitations/accept', { token, password });
  }

  /** Forgets the user after the backend said the session is gone. */
  clear(): void {
    this.current.set(null);
  }
}
