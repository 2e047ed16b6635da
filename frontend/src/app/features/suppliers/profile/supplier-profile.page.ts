import { Municipality, SupplierProfile, SupplierUpdate } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { apiErrorMessages } from '../../../core/api/api-error';
import { ReferenceDataService } from '../../../core/api/reference-data.service';
import { AuthService } from '../../../core/auth/auth.service';
import { applyServerErrors, controlPaths, focusFirstInvalid, phoneValidator, postcodeValidator } from '../../../core/forms/form-errors';
import { mapServerErrors } from '../../../core/forms/server-errors';
import { loadable } from '../../../core/http/loadable';
import { DateTimePipe } from '../../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { TranslationService } from '../../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../../shared/forms/field-state.directive';
import { CapacityBarComponent } from '../../../shared/mentors/capacity-bar.component';
import { ORGANISATION_TYPE_KEYS } from '../../../shared/mentors/mentor-labels';
import { postcodeLookup } from '../../../shared/postcode/postcode-lookup';
import { PostcodeStatusComponent } from '../../../shared/postcode/postcode-status.component';
import { LoadStatusComponent } from '../../../shared/ui/load-status.component';
import { MunicipalityPickerComponent } from '../municipality-picker.component';
import { EMPTY_AREA, ServedArea, fromServed, isEmptyArea, servedNames, toServedPayload } from '../../../shared/served-area/served-area';
import { SuppliersApiService } from '../suppliers-api.service';
import { FormErrorsComponent } from '../../../shared/forms/form-errors.component';

/** The supplier admin's view of the company as municipalities see it, with an edit form. */
@Component({
  selector: 'mm-supplier-profile-page',
  imports: [FormErrorsComponent, 
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    DateTimePipe,
    LoadStatusComponent,
    FieldErrorComponent,
    FieldStateDirective,
    PostcodeStatusComponent,
    MunicipalityPickerComponent,
    CapacityBarComponent,
  ],
  templateUrl: './supplier-profile.page.html',
  styleUrl: './supplier-profile.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupplierProfilePage {
  private readonly reference = inject(ReferenceDataService);
  private readonly api = inject(SuppliersApiService);
  private readonly i18n = inject(TranslationService);
  private readonly supplierId = inject(AuthService).user()?.supplierId ?? '';
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');

  protected readonly profile = loadable(() => this.api.supplier(this.supplierId));
  protected readonly municipalities = loadable(() => this.reference.municipalities());
  protected readonly organisationTypeKeys = ORGANISATION_TYPE_KEYS;

  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly notice = signal(false);
  protected readonly formErrors = signal<string[] | null>(null);
  protected readonly area = signal<ServedArea>(EMPTY_AREA);
  protected readonly areaError = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    address: ['', [Validators.required, Validators.maxLength(200)]],
    postcode: ['', [Validators.required, postcodeValidator]],
    email: ['', [Validators.required, Validators.email]],
    phone: ['', [Validators.required, phoneValidator]],
    description: ['', Validators.maxLength(2000)],
  });
  private readonly postcodeValue = toSignal(this.form.controls.postcode.valueChanges, { initialValue: '' });
  protected readonly postcode = postcodeLookup(this.postcodeValue);

  protected readonly served = computed(() => {
    const profile = this.profile.value();
    const all = this.municipalities.value() ?? [];
    if (!profile) return null;
    return servedNames(fromServed(profile.municipalitiesServed, profile.regionsServed, all), all);
  });

  protected edit(profile: SupplierProfile, all: readonly Municipality[]): void {
    this.form.reset({
      name: profile.name,
      address: profile.address,
      postcode: profile.postcode,
      email: profile.email,
      phone: profile.phone,
      description: profile.description ?? '',
    });
    this.area.set(fromServed(profile.municipalitiesServed, profile.regionsServed, all));
    this.areaError.set(null);
    this.formErrors.set(null);
    this.notice.set(false);
    this.editing.set(true);
  }

  protected cancel(): void {
    this.editing.set(false);
  }

  protected onAreaChange(area: ServedArea): void {
    this.area.set(area);
    this.areaError.set(null);
  }

  protected save(): void {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    if (this.postcode.lookup().status === 'unknown') this.form.controls.postcode.setErrors({ postcodeUnknown: true });
    if (isEmptyArea(this.area())) this.areaError.set(this.i18n.t('served.required'));
    if (this.form.invalid || isEmptyArea(this.area())) {
      this.formErrors.set([]);
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    const v = this.form.getRawValue();
    const update: SupplierUpdate = {
      name: v.name.trim(),
      address: v.address.trim(),
      postcode: v.postcode.trim(),
      email: v.email.trim(),
      phone: v.phone.trim(),
      description: v.description.trim(),
      ...toServedPayload(this.area()),
    };
    this.saving.set(true);
    this.formErrors.set(null);
    this.api.updateSupplier(this.supplierId, update).subscribe({
      next: () => {
        this.saving.set(false);
        this.editing.set(false);
        this.notice.set(true);
        this.profile.reload();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const body = error instanceof HttpErrorResponse ? error.error : undefined;
        const status = error instanceof HttpErrorResponse ? error.status : 0;
        if (status === 400) {
          const mapped = mapServerErrors(body, [...controlPaths(this.form), 'municipalitiesServed', 'regionsServed']);
          applyServerErrors(this.form, mapped);
          const areaMessages = [...(mapped.byPath['municipalitiesServed'] ?? []), ...(mapped.byPath['regionsServed'] ?? [])];
          this.areaError.set(areaMessages.length ? areaMessages.join(' ') : null);
          this.formErrors.set(Object.keys(mapped.byPath).length || mapped.unplaced.length ? [...mapped.unplaced] : apiErrorMessages(body));
          focusFirstInvalid(this.formElement()?.nativeElement);
        } else {
          const messages = apiErrorMessages(body);
          this.formErrors.set(messages.length ? messages : [this.i18n.t(status === 0 || status >= 500 ? 'form.error.unavailable' : 'form.error.server')]);
        }
      },
    });
  }
}
