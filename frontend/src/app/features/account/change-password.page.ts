import { PASSWORD_MIN_LENGTH } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { PasswordApiService, callFailure } from '../../core/api/password-api.service';
import { AuthService } from '../../core/auth/auth.service';
import { ChangePasswordOutcome, changePasswordBody, changePasswordOutcome, newPasswordValidator } from '../../core/auth/password-rules';
import { applyServerErrors, focusFirstInvalid, matchingPasswords } from '../../core/forms/form-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';

/**
 * `/account/password`, for every signed-in role (from the header's account area): the user's own
 * password. The API logs out the user's other sessions; this one stays.
 */
@Component({
  selector: 'mm-change-password-page',
  imports: [ReactiveFormsModule, TranslatePipe, FieldErrorComponent, FieldStateDirective],
  template: `
    <header class="page-header">
      <p class="eyebrow">{{ 'header.account' | t }}</p>
      <h1>{{ 'changePassword.title' | t }}</h1>
      <p class="lead">{{ 'changePassword.lead' | t }}</p>
    </header>

    <div class="card password-card">
      <form #formElement [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="change-password-form">
        <!-- For password managers: which account the new password belongs to. -->
        <input type="email" name="username" autocomplete="username" [value]="email()" readonly hidden />
        <div class="field">
          <label for="change-current">{{ 'changePassword.current' | t }}</label>
          <input
            id="change-current"
            type="password"
            formControlName="currentPassword"
            autocomplete="current-password"
            required
            data-testid="change-current"
            mmFieldState
          />
          <mm-field-error [control]="form.controls.currentPassword" for="change-current" />
        </div>
        <div class="field">
          <label for="change-new">{{ 'changePassword.new' | t }}</label>
          <input
            id="change-new"
            type="password"
            formControlName="newPassword"
            autocomplete="new-password"
            [attr.minlength]="minLength"
            required
            data-testid="change-new"
            mmFieldState="change-new-hint"
          />
          <p class="field-hint" id="change-new-hint">{{ 'password.hint' | t: { min: minLength } }}</p>
          <mm-field-error [control]="form.controls.newPassword" for="change-new" />
        </div>
        <div class="field">
          <label for="change-confirm">{{ 'changePassword.confirm' | t }}</label>
          <input
            id="change-confirm"
            type="password"
            formControlName="confirm"
            autocomplete="new-password"
            required
            data-testid="change-confirm"
            mmFieldState
          />
          <mm-field-error [control]="form.controls.confirm" for="change-confirm" />
        </div>
        <div class="result-region" aria-live="polite" aria-atomic="true">
          @if (saved()) {
            <p class="alert alert-success" data-testid="change-password-saved">{{ 'changePassword.saved' | t }}</p>
          }
        </div>
        <div class="result-region" aria-live="assertive" aria-atomic="true">
          @if (error(); as message) {
            <p class="alert alert-error" data-testid="change-password-error">{{ message }}</p>
          }
        </div>
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" data-testid="change-password-submit" [attr.aria-busy]="submitting()">
            {{ (submitting() ? 'changePassword.submitting' : 'changePassword.submit') | t }}
          </button>
        </div>
      </form>
    </div>
  `,
  styles: `
    .password-card { max-width: 34rem; }
    .result-region:empty { display: none; }
    .form-actions { margin-bottom: 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly api = inject(PasswordApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly email = computed(() => this.auth.user()?.email ?? '');
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', newPasswordValidator],
      confirm: ['', Validators.required],
    },
    { validators: matchingPasswords('newPassword', 'confirm') },
  );
  protected readonly submitting = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.submitting()) return;
    this.saved.set(false);
    this.form.markAllAsTouched();
    // Nothing is sent while a field is missing, the new password breaks the rule or the two differ.
    const body = changePasswordBody(this.form.getRawValue());
    if (!body || this.form.invalid) {
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    this.error.set(null);
    this.submitting.set(true);
    this.api.changePassword(body).subscribe({
      next: () => this.show(changePasswordOutcome(null, (key) => this.i18n.t(key))),
      error: (error: unknown) => this.show(changePasswordOutcome(callFailure(error), (key) => this.i18n.t(key))),
    });
  }

  private show(outcome: ChangePasswordOutcome): void {
    this.submitting.set(false);
    switch (outcome.kind) {
      case 'saved':
        // Empty fields, without "fill in" errors: the passwords should not linger on the screen.
        this.form.reset();
        this.saved.set(true);
        return;
      case 'sessionEnded':
        // The session ended meanwhile (auth endpoints are left to their callers by the interceptor).
        this.auth.clear();
        void this.router.navigate(['/login'], { queryParams: { returnUrl: '/account/password' } });
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
