import { OrganisationType, ORGANISATION_TYPES, SupplierRegistration, compactCvr, cvrProblem } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { apiErrorMessages, isApiError } from '../../../core/api/api-error';
import { ReferenceDataService } from '../../../core/api/reference-data.service';
import { AuthService } from '../../../core/auth/auth.service';
import { applyServerErrors, controlPaths, cvrValidator, focusFirstInvalid, matchingPasswords, phoneValidator, postcodeValidator } from '../../../core/forms/form-errors';
import { mapServerErrors } from '../../../core/forms/server-errors';
import { loadable } from '../../../core/http/loadable';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { TranslationService } from '../../../core/i18n/translation.service';
import { TranslationKey } from '../../../core/i18n/translations';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { controlVersion } from '../../../shared/forms/field-state';
import { FieldStateDirective } from '../../../shared/forms/field-state.directive';
import { ORGANISATION_TYPE_KEYS } from '../../../shared/mentors/mentor-labels';
import { postcodeLookup } from '../../../shared/postcode/postcode-lookup';
import { PostcodeStatusComponent } from '../../../shared/postcode/postcode-status.component';
import { LoadStatusComponent } from '../../../shared/ui/load-status.component';
import { PublicHeaderComponent } from '../../../shared/ui/public-header.component';
import { MunicipalityPickerComponent } from '../municipality-picker.component';
import { EMPTY_AREA, ServedArea, isEmptyArea, toServedPayload } from '../../../shared/served-area/served-area';
import { SuppliersApiService } from '../suppliers-api.service';
import { FormErrorsComponent } from '../../../shared/forms/form-errors.component';

type CvrStatus = { tone: 'ok' | 'problem' | 'muted'; key: TranslationKey; params?: Record<string, number> } | { tone: 'problem'; text: string } | null;

/** Public: a supplier registers its company and first administrator, and is then logged in. */
@Component({
  selector: 'mm-register-page',
  imports: [FormErrorsComponent, 
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PublicHeaderComponent,
    FieldErrorComponent,
    FieldStateDirective,
    PostcodeStatusComponent,
    MunicipalityPickerComponent,
    LoadStatusComponent,
  ],
  templateUrl: './register.page.html',
  styleUrl: './register.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPage {
  private readonly reference = inject(ReferenceDataService);
  private readonly api = inject(SuppliersApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    cvr: ['', [Validators.required, cvrValidator]],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    organisationType: ['company' as OrganisationType, Validators.required],
    address: ['', [Validators.required, Validators.maxLength(200)]],
    postcode: ['', [Validators.required, postcodeValidator]],
    email: ['', [Validators.required, Validators.email]],
    phone: ['', [Validators.required, phoneValidator]],
    description: ['', Validators.maxLength(2000)],
    admin: this.fb.group(
      {
        name: ['', [Validators.required, Validators.maxLength(200)]],
        email: ['', [Validators.required, Validators.email]],
        password: ['', [Validators.required, Validators.minLength(12)]],
        passwordConfirm: ['', Validators.required],
      },
      { validators: matchingPasswords('password', 'passwordConfirm') },
    ),
  });

  protected readonly municipalities = loadable(() => this.reference.municipalities());
  protected readonly organisationTypes = ORGANISATION_TYPES;
  protected readonly organisationTypeKeys = ORGANISATION_TYPE_KEYS;
  protected readonly area = signal<ServedArea>(EMPTY_AREA);
  protected readonly areaServerError = signal<string | null>(null);
  protected readonly attempted = signal(false);
  protected readonly submitting = signal(false);
  protected readonly formErrors = signal<string[] | null>(null);

  private readonly postcodeValue = toSignal(this.form.controls.postcode.valueChanges, { initialValue: '' });
  protected readonly postcode = postcodeLookup(this.postcodeValue);

  protected readonly areaError = computed(() => {
    if (this.areaServerError()) return this.areaServerError();
    return this.attempted() && isEmptyArea(this.area()) ? this.i18n.t('served.required') : null;
  });

  private readonly cvrState = controlVersion();
  /** The CVR check as you type: digits so far, then format or checksum, then the server's verdict. */
  protected readonly cvrStatus = computed<CvrStatus>(() => {
    this.cvrState.version();
    const control = this.form.controls.cvr;
    const server = control.errors?.['server'] as string[] | undefined;
    if (server?.length) return { tone: 'problem', text: server.join(' ') };
    const value = compactCvr(control.value);
    if (!value) return control.touched ? { tone: 'problem', key: 'form.error.required' } : null;
    const problem = cvrProblem(value);
    if (!problem) return { tone: 'ok', key: 'cvr.valid' };
    if (/^\d{1,7}$/.test(value) && !control.touched) return { tone: 'muted', key: 'cvr.typing', params: { count: value.length } };
    return { tone: 'problem', key: problem === 'checksum' ? 'form.error.cvrChecksum' : 'form.error.cvrFormat' };
  });
  protected readonly cvrInvalid = computed(() => this.cvrStatus()?.tone === 'problem');

  constructor() {
    this.cvrState.watch(this.form.controls.cvr);
  }

  protected cvrText(status: NonNullable<CvrStatus>): string {
    return 'text' in status ? status.text : this.i18n.t(status.key, status.params);
  }

  protected onAreaChange(area: ServedArea): void {
    this.area.set(area);
    this.areaServerError.set(null);
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.attempted.set(true);
    this.form.markAllAsTouched();
    if (this.postcode.lookup().status === 'unknown') this.form.controls.postcode.setErrors({ postcodeUnknown: true });
    if (this.form.invalid || isEmptyArea(this.area())) {
      this.formErrors.set([]);
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    this.formErrors.set(null);
    this.submitting.set(true);
    this.api.register(this.payload()).subscribe({
      next: (response) => {
        this.auth.signedIn(response.user);
        void this.router.navigateByUrl('/supplier/profile');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.showServerError(error);
      },
    });
  }

  private payload(): SupplierRegistration {
    const v = this.form.getRawValue();
    const description = v.description.trim();
    return {
      cvr: compactCvr(v.cvr),
      name: v.name.trim(),
      address: v.address.trim(),
      postcode: v.postcode.trim(),
      email: v.email.trim(),
      phone: v.phone.trim(),
      organisationType: v.organisationType,
      ...toServedPayload(this.area()),
      ...(description ? { description } : {}),
      admin: { name: v.admin.name.trim(), email: v.admin.email.trim(), password: v.admin.password },
    };
  }

  private showServerError(error: unknown): void {
    const body = error instanceof HttpErrorResponse ? error.error : undefined;
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    const code = isApiError(body) ? body.code : undefined;
    if (status === 409 && code === 'CVR_TAKEN') {
      this.form.controls.cvr.setErrors({ server: [this.i18n.t('register.cvrTaken')] });
      this.form.controls.cvr.markAsTouched();
      this.formErrors.set([]);
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    if (status === 409 && code === 'EMAIL_TAKEN') {
      this.form.controls.admin.controls.email.setErrors({ server: [this.i18n.t('register.emailTaken')] });
      this.formErrors.set([]);
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    if (status === 400) {
      const mapped = mapServerErrors(body, [...controlPaths(this.form), 'municipalitiesServed', 'regionsServed']);
      applyServerErrors(this.form, mapped);
      const areaMessages = [...(mapped.byPath['municipalitiesServed'] ?? []), ...(mapped.byPath['regionsServed'] ?? [])];
      this.areaServerError.set(areaMessages.length ? areaMessages.join(' ') : null);
      const placed = Object.keys(mapped.byPath).length > 0;
      this.formErrors.set(placed || mapped.unplaced.length ? [...mapped.unplaced] : apiErrorMessages(body));
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    const messages = apiErrorMessages(body);
    this.formErrors.set(messages.length ? messages : [this.i18n.t(status === 0 || status >= 500 ? 'form.error.unavailable' : 'form.error.server')]);
  }
}
