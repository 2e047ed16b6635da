import { PASSWORD_MIN_LENGTH } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PasswordApiService, callFailure } from '../../core/api/password-api.service';
import { AuthService } from '../../core/auth/auth.service';
import { ResetPasswordOutcome, newPasswordValidator, resetPasswordBody, resetPasswordOutcome } from '../../core/auth/password-rules';
import { applyServerErrors, focusFirstInvalid, matchingPasswords } from '../../core/forms/form-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { PublicCardPageComponent } from '../../shared/ui/public-card-page.component';

/**
 * Public: `/reset-password/:token`, opened from the reset mail. Sets a new password; the API then
 * logs the user out everywhere, so the page sends them to the login page with a notice.
 */
@Component({
  selector: 'mm-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, PublicCardPageComponent, FieldErrorComponent, FieldStateDirective],
  template: `
    <mm-public-card-page headingId="reset-heading" [heading]="'resetPassword.heading' | t">
      <div aria-live="assertive" aria-atomic="true">
        @if (tokenInvalid()) {
          <div #invalidMessage class="alert alert-error" tabindex="-1" data-testid="reset-token-invalid">
            <p>{{ 'resetPassword.invalid' | t }}</p>
            <p class="request-new">
              <a routerLink="/forgot-password" data-testid="reset-request-new">{{ 'resetPassword.requestNew' | t }}</a>
            </p>
          </div>
        }
      </div>
      @if (!tokenInvalid()) {
        <p class="lead">{{ 'resetPassword.lead' | t }}</p>
        <form #formElement [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <div class="field">
            <label for="reset-password">{{ 'resetPassword.password' | t }}</label>
            <input
              id="reset-password"
              type="password"
              formControlName="password"
              autocomplete="new-password"
              [attr.minlength]="minLength"
              required
              data-testid="reset-password"
              mmFieldState="reset-password-hint"
            />
            <p class="field-hint" id="reset-password-hint">{{ 'password.hint' | t: { min: minLength } }}</p>
            <mm-field-error [control]="form.controls.password" for="reset-password" />
          </div>
          <div class="field">
            <label for="reset-confirm">{{ 'resetPassword.confirm' | t }}</label>
            <input
              id="reset-confirm"
              type="password"
              formControlName="confirm"
              autocomplete="new-password"
              required
              data-testid="reset-confirm"
              mmFieldState
            />
            <mm-field-error [control]="form.controls.confirm" for="reset-confirm" />
          </div>
          <div class="error-region" aria-live="assertive" aria-atomic="true">
            @if (error(); as message) {
              <p class="alert alert-error" data-testid="reset-error">{{ message }}</p>
            }
          </div>
          <button type="submit" class="btn btn-primary btn-block" data-testid="reset-submit" [attr.aria-busy]="submitting()">
            {{ (submitting() ? 'resetPassword.submitting' : 'resetPassword.submit') | t }}
          </button>
        </form>
      }
      <p class="password-links">
        <a routerLink="/login" data-testid="back-to-login">{{ 'password.backToLogin' | t }}</a>
      </p>
    </mm-public-card-page>
  `,
  styles: `
    :host { display: block; }
    .lead { font-size: 1rem; }
    .alert p { margin: 0; }
    .alert .request-new { margin-top: 0.5rem; font-weight: 600; }
    .error-region:empty { display: none; }
    .btn-block { width: 100%; }
    .password-links { margin: 1.25rem 0 0; padding-top: 1rem; border-top: 1px solid var(--mm-border); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(PasswordApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly invalidMessage = viewChild<ElementRef<HTMLElement>>('invalidMessage');

  /** From the path `/reset-password/:token`, bound by the router. */
  readonly token = input.required<string>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', newPasswordValidator],
      confirm: ['', Validators.required],
    },
    { validators: matchingPasswords('password', 'confirm') },
  );
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly tokenInvalid = signal(false);

  protected submit(): void {
    if (this.submitting()) return;
    this.form.markAllAsTouched();
    // Nothing is sent while the password breaks the rule or the two differ.
    const body = resetPasswordBody(this.token(), this.form.getRawValue());
    if (!body || this.form.invalid) {
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    this.error.set(null);
    this.submitting.set(true);
    this.api.confirmReset(body).subscribe({
      next: () => this.show(resetPasswordOutcome(null)),
      error: (error: unknown) => this.show(resetPasswordOutcome(callFailure(error))),
    });
  }

  private show(outcome: ResetPasswordOutcome): void {
    this.submitting.set(false);
    switch (outcome.kind) {
      case 'done':
        // The API ended every session of the user: forget any user this browser knew, so the login page shows.
        this.auth.clear();
        void this.router.navigate(['/login'], { queryParams: { notice: 'passwordReset' } });
        return;
      case 'tokenInvalid':
        this.tokenInvalid.set(true);
        setTimeout(() => this.invalidMessage()?.nativeElement.focus());
        return;
      case 'fields':
        applyServerErrors(this.form, outcome);
        this.error.set(outcome.unplaced.length ? outcome.unplaced.join(' ') : null);
        focusFirstInvalid(this.formElement()?.nativeElement);
        return;
      case 'error':
        this.error.set(this.i18n.t(outcome.notice.key, outcome.notice.params));
    }
  }
}
