import { CERTIFICATE_KINDS, CERTIFICATE_NAME_MAX_LENGTH, COMPETENCES, GENDERS, Gender, LANGUAGES, MAX_WEEKLY_CAPACITY_HOURS, Mentor } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Observable, of, switchMap } from 'rxjs';
import { apiErrorMessages } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { applyServerErrors, controlPaths, focusFirstInvalid, phoneValidator, postcodeValidator } from '../../../core/forms/form-errors';
import { mapServerErrors } from '../../../core/forms/server-errors';
import { loadable } from '../../../core/http/loadable';
import { DatePipe } from '../../../core/i18n/date.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { TranslationService } from '../../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../../shared/forms/field-state.directive';
import { CapacityBarComponent } from '../../../shared/mentors/capacity-bar.component';
import { ACCOUNT_KEYS, CERTIFICATE_KIND_KEYS, GENDER_KEYS, LEVEL_KEYS } from '../../../shared/mentors/mentor-labels';
import { CertificateStatus, LEVELS, certificateStatus, daysBetween, isReplaced, isoToday } from '../../../shared/mentors/mentor-rules';
import { postcodeLookup } from '../../../shared/postcode/postcode-lookup';
import { PostcodeStatusComponent } from '../../../shared/postcode/postcode-status.component';
import { LoadStatusComponent } from '../../../shared/ui/load-status.component';
import { MentorCreate, SuppliersApiService } from '../suppliers-api.service';
import { MentorListNotice } from './mentor-list.page';
import { DEFAULT_MAX_TRAVEL_KM, MentorFormValue, competenceAliases, emptyCompetenceLevels, toFormValue, toMentorInput } from './mentor-form';
import { FormErrorsComponent } from '../../../shared/forms/form-errors.component';

const atLeastOneLevel: ValidatorFn = (group: AbstractControl): ValidationErrors | null =>
  Object.values(group.value as Record<string, number>).some((level) => Number(level) > 0) ? null : { atLeastOne: true };

const atLeastOneItem: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { atLeastOne: true };

/** The API's rule: a certificate expires after the day it was issued (the same day is refused). */
const datesInOrder: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const { issuedOn, expiresOn } = group.value as { issuedOn?: string; expiresOn?: string };
  return issuedOn && expiresOn && expiresOn <= issuedOn ? { dateOrder: true } : null;
};

/** The API's rule: a certificate of kind `other` must say what it is. */
const namedWhenOther: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const name = group.get('name');
  if (!name) return null;
  const missing = group.get('kind')?.value === 'other' && !String(name.value ?? '').trim();
  const others = { ...(name.errors ?? {}) };
  delete others['required'];
  name.setErrors(missing ? { ...others, required: true } : Object.keys(others).length ? others : null);
  return null;
};

type Notice = { tone: 'success' | 'info'; text: string };

/** Creates or edits one of the supplier's mentors: `/supplier/mentors/new` and `/supplier/mentors/:id`. */
@Component({
  selector: 'mm-mentor-editor-page',
  imports: [FormErrorsComponent, 
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    DatePipe,
    LoadStatusComponent,
    FieldErrorComponent,
    FieldStateDirective,
    PostcodeStatusComponent,
    CapacityBarComponent,
  ],
  templateUrl: './mentor-editor.page.html',
  styleUrl: './mentor-editor.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorEditorPage {
  private readonly api = inject(SuppliersApiService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly supplierId = inject(AuthService).user()?.supplierId ?? '';
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly deleteDialog = viewChild<ElementRef<HTMLDialogElement>>('deleteDialog');

  /** The mentor's id from `/supplier/mentors/:id`; absent for a new mentor. */
  readonly id = input<string>();

  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email]],
    phone: ['', [Validators.required, phoneValidator]],
    gender: ['' as Gender | '', Validators.required],
    languages: this.fb.control<string[]>([], atLeastOneItem),
    yearsOfExperience: new FormControl<number | null>(0, [Validators.required, Validators.min(0), Validators.max(60)]),
    postcode: ['', [Validators.required, postcodeValidator]],
    weeklyCapacityHours: new FormControl<number | null>(null, [Validators.required, Validators.min(0.5), Validators.max(MAX_WEEKLY_CAPACITY_HOURS)]),
    maxTravelKm: new FormControl<number | null>(DEFAULT_MAX_TRAVEL_KM, [Validators.required, Validators.min(1), Validators.max(300)]),
    background: ['', Validators.maxLength(2000)],
    competences: this.fb.group(emptyCompetenceLevels(), { validators: atLeastOneLevel }),
    certificates: this.fb.array<ReturnType<MentorEditorPage['certificateGroup']>>([]),
    inviteToLogin: [false],
  });

  protected readonly loaded = loadable((): Observable<Mentor | null> => {
    const id = this.id();
    return id ? this.api.mentor(id) : of(null);
  });
  /** The mentor as last saved (account and active state change without reloading the page). */
  protected readonly mentor = signal<Mentor | null>(null);
  protected readonly isNew = computed(() => !this.id());

  protected readonly competences = COMPETENCES;
  protected readonly languages = LANGUAGES;
  protected readonly genders = GENDERS;
  protected readonly certificateKinds = CERTIFICATE_KINDS;
  protected readonly levels = LEVELS;
  protected readonly levelKeys = LEVEL_KEYS;
  protected readonly genderKeys = GENDER_KEYS;
  protected readonly certificateKindKeys = CERTIFICATE_KIND_KEYS;
  protected readonly accountKeys = ACCOUNT_KEYS;
  protected readonly today = isoToday();
  protected readonly maxCapacity = MAX_WEEKLY_CAPACITY_HOURS;
  protected readonly certificateNameMax = CERTIFICATE_NAME_MAX_LENGTH;

  protected readonly saving = signal(false);
  protected readonly busy = signal(false);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly formErrors = signal<string[] | null>(null);
  protected readonly attempted = signal(false);

  private readonly postcodeValue = toSignal(this.form.controls.postcode.valueChanges, { initialValue: '' });
  protected readonly postcode = postcodeLookup(this.postcodeValue);
  private readonly levelValues = toSignal(this.form.controls.competences.valueChanges, { initialValue: emptyCompetenceLevels() });
  protected readonly chosenCount = computed(() => Object.values(this.levelValues()).filter((l) => Number(l) > 0).length);

  constructor() {
    effect(() => {
      const mentor = this.loaded.value();
      if (mentor) untracked(() => this.fill(mentor));
    });
  }

  protected label(item: { labelDa: string; labelEn: string }): string {
    return this.i18n.label(item);
  }

  protected description(item: { descriptionDa: string; descriptionEn: string }): string {
    return this.i18n.lang() === 'en' ? item.descriptionEn : item.descriptionDa;
  }

  protected certificateGroup(value: { kind: string; name: string; issuedOn: string; expiresOn: string } = { kind: 'criminal_record', name: '', issuedOn: '', expiresOn: '' }) {
    return this.fb.group(
      {
        kind: [value.kind, Validators.required],
        name: [value.name, Validators.maxLength(CERTIFICATE_NAME_MAX_LENGTH)],
        issuedOn: [value.issuedOn, Validators.required],
        expiresOn: [value.expiresOn, Validators.required],
      },
      { validators: [datesInOrder, namedWhenOther] },
    );
  }

  protected addCertificate(): void {
    this.form.controls.certificates.push(this.certificateGroup());
    const index = this.form.controls.certificates.length - 1;
    setTimeout(() => document.getElementById(`mentor-cert-kind-${index}`)?.focus());
  }

  protected removeCertificate(index: number): void {
    this.form.controls.certificates.removeAt(index);
    this.form.markAsDirty();
  }

  protected hasLanguage(code: string): boolean {
    return this.form.controls.languages.value.includes(code);
  }

  protected toggleLanguage(code: string, on: boolean): void {
    const control = this.form.controls.languages;
    const current = control.value.filter((c) => c !== code);
    control.setValue(on ? this.languages.map((l) => l.code).filter((c) => c === code || current.includes(c)) : current);
    control.markAsTouched();
  }

  /** The warning to show under a certificate: none for one that a later one of its kind (and name) replaces. */
  protected certificateState(index: number): { status: CertificateStatus | 'replaced'; days: number; date: string } {
    const all = this.form.controls.certificates.getRawValue();
    const expiresOn = all[index]?.expiresOn ?? '';
    if (all[index] && expiresOn && isReplaced(all[index], all)) return { status: 'replaced', days: 0, date: expiresOn };
    return { status: certificateStatus(expiresOn, this.today), days: expiresOn ? daysBetween(this.today, expiresOn) : 0, date: expiresOn };
  }

  protected save(): void {
    if (this.saving()) return;
    this.attempted.set(true);
    this.notice.set(null);
    this.form.markAllAsTouched();
    if (this.postcode.lookup().status === 'unknown') this.form.controls.postcode.setErrors({ postcodeUnknown: true });
    if (this.form.invalid) {
      this.formErrors.set([]);
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    const input = toMentorInput(this.form.getRawValue() as MentorFormValue);
    const invite = this.form.controls.inviteToLogin.value;
    const aliases = competenceAliases(input);
    this.formErrors.set(null);
    this.saving.set(true);
    const current = this.mentor();

    if (!current) {
      const body: MentorCreate = { ...input, inviteToLogin: invite };
      this.api.createMentor(this.supplierId, body).subscribe({
        next: (created) => {
          const state: MentorListNotice = { notice: invite ? 'createdInvited' : 'created', name: created.name };
          void this.router.navigate(['/supplier/mentors'], { state: { ...state } });
        },
        error: (error: unknown) => this.failed(error, aliases),
      });
      return;
    }

    const sendInvite = invite && current.account !== 'active';
    this.api
      .updateMentor(current.id, input)
      .pipe(switchMap((updated) => (sendInvite ? this.api.inviteMentor(current.id).pipe(switchMap(() => this.api.mentor(current.id))) : of(updated))))
      .subscribe({
        next: (updated) => {
          this.saving.set(false);
          this.fill(updated);
          this.notice.set({ tone: 'success', text: this.i18n.t(sendInvite ? 'mentor.savedInvited' : 'mentor.saved') });
        },
        error: (error: unknown) => this.failed(error, aliases),
      });
  }

  protected setActive(active: boolean): void {
    const current = this.mentor();
    if (!current || this.busy()) return;
    this.busy.set(true);
    this.api.updateMentor(current.id, { active }).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.mentor.set(updated);
        this.notice.set({ tone: 'success', text: this.i18n.t(active ? 'mentor.activated' : 'mentor.deactivated') });
      },
      error: (error: unknown) => this.actionFailed(error),
    });
  }

  protected sendInvitation(): void {
    const current = this.mentor();
    if (!current || this.busy()) return;
    this.busy.set(true);
    this.api
      .inviteMentor(current.id)
      .pipe(switchMap(() => this.api.mentor(current.id)))
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.mentor.set(updated);
          this.notice.set({ tone: 'success', text: this.i18n.t('mentor.inviteSent', { email: updated.email }) });
        },
        error: (error: unknown) => this.actionFailed(error),
      });
  }

  protected askDelete(): void {
    this.deleteDialog()?.nativeElement.showModal();
  }

  protected closeDelete(): void {
    this.deleteDialog()?.nativeElement.close();
  }

  protected confirmDelete(): void {
    const current = this.mentor();
    if (!current || this.busy()) return;
    this.busy.set(true);
    this.api.deleteMentor(current.id).subscribe({
      next: ({ outcome }) => {
        this.busy.set(false);
        this.closeDelete();
        if (outcome === 'deleted') {
          const state: MentorListNotice = { notice: 'deleted', name: current.name };
          void this.router.navigate(['/supplier/mentors'], { state: { ...state } });
        } else {
          this.mentor.set({ ...current, active: false });
          this.notice.set({ tone: 'info', text: this.i18n.t('mentor.deletedInstead') });
        }
      },
      error: (error: unknown) => {
        this.closeDelete();
        this.actionFailed(error);
      },
    });
  }

  private fill(mentor: Mentor): void {
    this.mentor.set(mentor);
    const value = toFormValue(mentor);
    const certificates = this.form.controls.certificates;
    certificates.clear();
    for (const c of value.certificates) certificates.push(this.certificateGroup(c));
    this.form.reset({ ...value, inviteToLogin: false });
  }

  private failed(error: unknown, aliases: Record<string, string>): void {
    this.saving.set(false);
    const body = error instanceof HttpErrorResponse ? error.error : undefined;
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    // A 409 about one field (another login has the new e-mail) is shown on that field, like a 400.
    if (status === 400 || (status === 409 && Object.keys(mapServerErrors(body, controlPaths(this.form), aliases).byPath).length)) {
      const mapped = mapServerErrors(body, controlPaths(this.form), aliases);
      applyServerErrors(this.form, mapped);
      this.formErrors.set(Object.keys(mapped.byPath).length || mapped.unplaced.length ? [...mapped.unplaced] : apiErrorMessages(body));
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    const messages = apiErrorMessages(body);
    this.formErrors.set(messages.length ? messages : [this.i18n.t(status === 0 || status >= 500 ? 'form.error.unavailable' : 'form.error.server')]);
  }

  private actionFailed(error: unknown): void {
    this.busy.set(false);
    const body = error instanceof HttpErrorResponse ? error.error : undefined;
    const messages = apiErrorMessages(body);
    this.formErrors.set(messages.length ? messages : [this.i18n.t('form.error.server')]);
  }
}
