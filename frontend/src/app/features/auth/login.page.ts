import { HealthResponse } from '@mentor/contracts';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { loginErrorKey, safeReturnUrl } from '../../core/auth/auth-rules';
import { AuthService } from '../../core/auth/auth.service';
import { ROLE_LABEL_KEYS } from '../../core/i18n/role-label';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationKey } from '../../core/i18n/translations';
import { canAccess, homePathFor } from '../../core/navigation/navigation';
import { PublicHeaderComponent } from '../../shared/ui/public-header.component';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

@Component({
  selector: 'mm-login-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, PublicHeaderComponent],
  templateUrl: './login.page.html',
  styleUrl: './login.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly passwordField = viewChild.required<ElementRef<HTMLInputElement>>('passwordField');

  /** From the query string (`/login?returnUrl=/cases`), bound by the router. */
  readonly returnUrl = input<string>();
  /** A notice from the page that sent the user here (`/login?notice=passwordSet`). */
  readonly notice = input<string>();
  protected readonly noticeKeys: Readonly<Record<string, TranslationKey>> = {
    passwordSet: 'login.notice.passwordSet',
    passwordReset: 'login.notice.passwordReset',
  };

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly errorKey = signal<TranslationKey | null>(null);
  protected readonly submitted = signal(false);
  /** The demo accounts are listed only where they exist (never in production). */
  protected readonly showDemo = toSignal(
    inject(HttpClient)
      .get<HealthResponse>('/api/health')
      .pipe(
        map((h) => h.demo),
        catchError(() => of(false)),
      ),
    { initialValue: false },
  );
  protected readonly demoAccounts = DEMO_ACCOUNTS;
  protected readonly demoPassword = DEMO_PASSWORD;
  protected readonly roleLabelKeys = ROLE_LABEL_KEYS;

  protected submit(): void {
    this.submitted.set(true);
    if (this.submitting()) return;
    const { email, password } = this.form.getRawValue();
    if (!email.trim() || !password) {
      this.errorKey.set('login.error.required');
      return;
    }
    this.errorKey.set(null);
    this.submitting.set(true);
    this.auth.login({ email: email.trim(), password }).subscribe({
      next: (user) => {
        const wanted = safeReturnUrl(this.returnUrl());
        void this.router.navigateByUrl(wanted && canAccess(user.role, wanted) ? wanted : homePathFor(user.role));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const status = error instanceof HttpErrorResponse ? error.status : 0;
        this.errorKey.set(loginErrorKey(status));
        if (status === 401) this.form.controls.password.reset();
      },
    });
  }

  protected useDemo(email: string): void {
    this.form.controls.email.setValue(email);
    this.errorKey.set(null);
    this.passwordField().nativeElement.focus();
  }
}
