import { ManagedUser, Role } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { apiErrorMessages } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { applyServerErrors, controlPaths, focusFirstInvalid } from '../../core/forms/form-errors';
import { mapServerErrors } from '../../core/forms/server-errors';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { ROLE_LABEL_KEYS } from '../../core/i18n/role-label';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { FormErrorsComponent } from '../../shared/forms/form-errors.component';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { PagerComponent } from '../../shared/ui/pager.component';
import { USER_STATUS_KEYS, USER_STATUS_TONES, actionsFor, defaultInviteRole, invitableRoles, sectionKeyFor } from './user-rules';
import { UsersApiService } from './users-api.service';

const PAGE_SIZE = 50;

type Notice = { tone: 'success' | 'error'; text: string };

/**
 * The tenant's users, for its administrator: `/admin/users` (municipality) and `/supplier/users`
 * (supplier). Invite a colleague, send a pending invitation again, deactivate and reactivate.
 */
@Component({
  selector: 'mm-users-page',
  imports: [ReactiveFormsModule, TranslatePipe, DatePipe, DateTimePipe, LoadStatusComponent, PagerComponent, FieldErrorComponent, FieldStateDirective, FormErrorsComponent],
  templateUrl: './users.page.html',
  styleUrl: './users.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly api = inject(UsersApiService);
  private readonly i18n = inject(TranslationService);
  private readonly me = inject(AuthService).user();
  private readonly inviteForm = viewChild<ElementRef<HTMLFormElement>>('inviteForm');
  private readonly deactivateDialog = viewChild<ElementRef<HTMLDialogElement>>('deactivateDialog');

  protected readonly roles = invitableRoles(this.me?.role);
  protected readonly roleKeys = ROLE_LABEL_KEYS;
  protected readonly statusKeys = USER_STATUS_KEYS;
  protected readonly statusTones = USER_STATUS_TONES;
  protected readonly sectionKey = sectionKeyFor(this.me?.role);
  protected readonly isSupplier = this.me?.role === 'supplier_admin';
  protected readonly pageSize = PAGE_SIZE;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    role: [defaultInviteRole(this.me?.role) as Role | '', Validators.required],
  });

  protected readonly page = signal(1);
  protected readonly search = signal('');
  protected readonly draftSearch = signal('');
  protected readonly users = loadable(() => this.api.list({ q: this.search() || undefined, page: this.page(), pageSize: PAGE_SIZE }));
  /** Rows changed here since the list was loaded, so an action does not reload (and re-render) the table. */
  private readonly changed = signal<Readonly<Record<string, ManagedUser>>>({});
  protected readonly rows = computed(() => (this.users.value()?.items ?? []).map((u) => this.changed()[u.id] ?? u));

  protected readonly inviting = signal(false);
  protected readonly formErrors = signal<string[] | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  /** The user whose deactivation waits for confirmation. */
  protected readonly pending = signal<ManagedUser | null>(null);
  protected readonly busyId = signal<string | null>(null);

  protected actions(user: ManagedUser) {
    return actionsFor(user, this.me?.id);
  }

  protected isMe(user: ManagedUser): boolean {
    return user.id === this.me?.id;
  }

  protected applySearch(): void {
    this.page.set(1);
    this.search.set(this.draftSearch().trim());
    this.changed.set({});
  }

  protected resetSearch(): void {
    this.draftSearch.set('');
    this.applySearch();
  }

  protected goTo(page: number): void {
    this.page.set(page);
    this.changed.set({});
  }

  protected invite(): void {
    if (this.inviting()) return;
    this.notice.set(null);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.formErrors.set([]);
      focusFirstInvalid(this.inviteForm()?.nativeElement);
      return;
    }
    const { name, email, role } = this.form.getRawValue();
    this.formErrors.set(null);
    this.inviting.set(true);
    this.api.invite({ name: name.trim(), email: email.trim(), role: role as Role }).subscribe({
      next: (user) => {
        this.inviting.set(false);
        this.form.reset({ name: '', email: '', role: defaultInviteRole(this.me?.role) });
        this.notice.set({ tone: 'success', text: this.i18n.t('users.invited', { name: user.name, email: user.email }) });
        this.changed.set({});
        this.users.reload();
      },
      error: (error: unknown) => {
        this.inviting.set(false);
        const body = error instanceof HttpErrorResponse ? error.error : undefined;
        const status = error instanceof HttpErrorResponse ? error.status : 0;
        // A 400 names the fields; so does a 409 about the address ("email: … already has a login").
        const mapped = mapServerErrors(body, controlPaths(this.form));
        if ((status === 400 || status === 409) && Object.keys(mapped.byPath).length) {
          applyServerErrors(this.form, mapped);
          this.formErrors.set([...mapped.unplaced]);
          focusFirstInvalid(this.inviteForm()?.nativeElement);
          return;
        }
        const messages = apiErrorMessages(body);
        this.formErrors.set(messages.length ? messages : [this.i18n.t(status === 0 || status >= 500 ? 'form.error.unavailable' : 'form.error.server')]);
      },
    });
  }

  protected resend(user: ManagedUser): void {
    if (this.busyId()) return;
    this.busyId.set(user.id);
    this.notice.set(null);
    this.api.resendInvitation(user.id).subscribe({
      next: () => {
        this.busyId.set(null);
        // The new link is valid for the same 7 days from now; the list shows it after the next load.
        this.notice.set({ tone: 'success', text: this.i18n.t('users.resent', { email: user.email }) });
        this.changed.set({});
        this.users.reload();
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected askDeactivate(user: ManagedUser): void {
    this.pending.set(user);
    this.notice.set(null);
    this.deactivateDialog()?.nativeElement.showModal();
  }

  protected closeDialog(): void {
    this.deactivateDialog()?.nativeElement.close();
  }

  protected confirmDeactivate(): void {
    const user = this.pending();
    if (!user) return;
    this.closeDialog();
    this.setActive(user, false);
  }

  protected reactivate(user: ManagedUser): void {
    this.setActive(user, true);
  }

  private setActive(user: ManagedUser, active: boolean): void {
    if (this.busyId()) return;
    this.busyId.set(user.id);
    this.api.update(user.id, { active }).subscribe({
      next: (updated) => {
        this.busyId.set(null);
        this.changed.update((rows) => ({ ...rows, [updated.id]: updated }));
        this.notice.set({ tone: 'success', text: this.i18n.t(active ? 'users.reactivated' : 'users.deactivated', { name: updated.name }) });
        // The button the keyboard was on is replaced by its opposite: keep the focus in that row.
        setTimeout(() => document.getElementById(`user-toggle-${updated.id}`)?.focus());
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  private failed(error: unknown): void {
    this.busyId.set(null);
    const body = error instanceof HttpErrorResponse ? error.error : undefined;
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    const messages = apiErrorMessages(body);
    this.notice.set({ tone: 'error', text: messages.length ? messages.join(' ') : this.i18n.t(status === 0 || status >= 500 ? 'form.error.unavailable' : 'form.error.server') });
  }
}
