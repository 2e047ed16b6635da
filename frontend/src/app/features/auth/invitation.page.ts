import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { apiErrorMessages, isApiError } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { applyServerErrors, focusFirstInvalid, matchingPasswords } from '../../core/forms/form-errors';
import { mapServerErrors } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { PublicCardPageComponent } from '../../shared/ui/public-card-page.component';

/** Public: an invited colleague or mentor chooses a password from the link in the mail. */
@Component({
  selector: 'mm-invitation-page',
  imports: [ReactiveFormsModule, TranslatePipe, PublicCardPageComponent, FieldErrorComponent, FieldStateDirective],
  template: `
    <mm-public-card-page headingId="invitation-heading" [heading]="'invitation.heading' | t">
      <p class="lead">{{ 'invitation.lead' | t }}</p>
      <form #formElement [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="field">
          <label for="invitation-password">{{ 'invitation.password' | t }}</label>
          <input
            id="invitation-password"
            type="password"
            formControlName="password"
            autocomplete="new-password"
            minlength="12"
            required
            data-testid="invitation-password"
            mmFieldState="invitation-password-hint"
          />
          <p class="field-hint" id="invitation-password-hint">{{ 'register.passwordHint' | t }}</p>
          <mm-field-error [control]="form.controls.password" for="invitation-password" />
        </div>
        <div class="field">
          <label for="invitation-confirm">{{ 'invitation.confirm' | t }}</label>
          <input
            id="invitation-confirm"
            type="password"
            formControlName="confirm"
            autocomplete="new-password"
            required
            data-testid="invitation-confirm"
            mmFieldState
          />
          <mm-field-error [control]="form.controls.confirm" for="invitation-confirm" />
        </div>
        <div aria-live="assertive" aria-atomic="true">
          @if (error(); as message) {
            <p class="alert alert-error" data-testid="invitation-error">{{ message }}</p>
          }
        </div>
        <button type="submit" class="btn btn-primary btn-block" data-testid="invitation-submit" [disabled]="tokenInvalid()" [attr.aria-busy]="submitting()">
          {{ (submitting() ? 'invitation.submitting' : 'invitation.submit') | t }}
        </button>
      </form>
    </mm-public-card-page>
  `,
  styles: `
    :host { display: block; }
    .lead { font-size: 1rem; }
    .btn-block { width: 100%; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');

  /** From the path `/invitation/:token`, bound by the router. */
  readonly token = input.required<string>();

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', [Validators.required, Validators.minLength(12)]],
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
    if (this.form.invalid) {
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    this.error.set(null);
    this.submitting.set(true);
    this.auth.acceptInvitation(this.token(), this.form.controls.password.value).subscribe({
      next: () => void this.router.navigate(['/login'], { queryParams: { notice: 'passwordSet' } }),
      error: (error: unknown) => {
        this.submitting.set(false);
        const body = error instanceof HttpErrorResponse ? error.error : undefined;
        const status = error instanceof HttpErrorResponse ? error.status : 0;
        const messages = apiErrorMessages(body);
        if (status === 400 && messages.some((m) => m.startsWith('token'))) {
          this.tokenInvalid.set(true);
          // An expired link needs a new invitation from the admin, not another try: say so.
          const expired = isApiError(body) && body.code === 'INVITATION_EXPIRED';
          this.error.set(this.i18n.t(expired ? 'invitation.expired' : 'invitation.invalid'));
        } else if (status === 400) {
          const mapped = mapServerErrors(body, ['password'], { confirm: 'confirm' });
          applyServerErrors(this.form, mapped);
          this.error.set(mapped.unplaced.length ? mapped.unplaced.join(' ') : Object.keys(mapped.byPath).length ? null : messages.join(' '));
        } else if (status === 404 || status === 410) {
          this.tokenInvalid.set(true);
          this.error.set(this.i18n.t('invitation.invalid'));
        } else {
          this.error.set(this.i18n.t(status === 0 || status >= 500 ? 'form.error.unavailable' : 'form.error.server'));
        }
      },
    });
  }
}
