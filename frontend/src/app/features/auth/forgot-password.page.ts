import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PasswordApiService, callFailure } from '../../core/api/password-api.service';
import { ForgotPasswordOutcome, forgotPasswordOutcome } from '../../core/auth/password-rules';
import { applyServerErrors, focusFirstInvalid } from '../../core/forms/form-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { PublicCardPageComponent } from '../../shared/ui/public-card-page.component';

/**
 * Public: `/forgot-password`. Asks for a reset link by mail. The answer never says whether the
 * e-mail has an account, so the page always shows the same neutral confirmation.
 */
@Component({
  selector: 'mm-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, PublicCardPageComponent, FieldErrorComponent, FieldStateDirective],
  template: `
    <mm-public-card-page headingId="forgot-heading" [heading]="'forgotPassword.heading' | t">
      <div aria-live="polite" aria-atomic="true">
        @if (sent()) {
          <div #sentMessage class="alert alert-success" tabindex="-1" data-testid="forgot-sent">
            <p>{{ 'forgotPassword.sent' | t }}</p>
            <p class="sent-hint">{{ 'forgotPassword.sentHint' | t }}</p>
          </div>
        }
      </div>
      @if (sent()) {
        <p>
          <button type="button" class="link-button" data-testid="forgot-again" (click)="again()">{{ 'forgotPassword.again' | t }}</button>
        </p>
      } @else {
        <p class="lead">{{ 'forgotPassword.lead' | t }}</p>
        <form #formElement [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <div class="field">
            <label for="forgot-email">{{ 'forgotPassword.email' | t }}</label>
            <input
              #emailField
              id="forgot-email"
              type="email"
              formControlName="email"
              autocomplete="username"
              inputmode="email"
              spellcheck="false"
              required
              data-testid="forgot-email"
              mmFieldState
            />
            <mm-field-error [control]="form.controls.email" for="forgot-email" />
          </div>
          <div class="error-region" aria-live="assertive" aria-atomic="true">
            @if (error(); as message) {
              <p class="alert alert-error" data-testid="forgot-error">{{ message }}</p>
            }
          </div>
          <button type="submit" class="btn btn-primary btn-block" data-testid="forgot-submit" [attr.aria-busy]="submitting()">
            {{ (submitting() ? 'forgotPassword.submitting' : 'forgotPassword.submit') | t }}
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
    .alert .sent-hint { margin-top: 0.5rem; font-size: 0.92rem; }
    .error-region:empty { display: none; }
    .btn-block { width: 100%; }
    .password-links { margin: 1.25rem 0 0; padding-top: 1rem; border-top: 1px solid var(--mm-border); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(PasswordApiService);
  private readonly i18n = inject(TranslationService);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly emailField = viewChild<ElementRef<HTMLInputElement>>('emailField');
  private readonly sentMessage = viewChild<ElementRef<HTMLElement>>('sentMessage');

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
  });
  protected readonly submitting = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.submitting()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    this.error.set(null);
    this.submitting.set(true);
    this.api.requestReset({ email: this.form.controls.email.value.trim() }).subscribe({
      next: () => this.show(forgotPasswordOutcome(null)),
      error: (error: unknown) => this.show(forgotPasswordOutcome(callFailure(error))),
    });
  }

  /** Back to the form, e.g. to try the e-mail the user really logs in with. */
  protected again(): void {
    this.sent.set(false);
    setTimeout(() => this.emailField()?.nativeElement.focus());
  }

  private show(outcome: ForgotPasswordOutcome): void {
    this.submitting.set(false);
    switch (outcome.kind) {
      case 'sent':
        this.sent.set(true);
        // The form and its button are gone: put focus on the confirmation, which is read out.
        setTimeout(() => this.sentMessage()?.nativeElement.focus());
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
