import { AbstractControl, FormArray, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import { compactCvr, cvrProblem } from '@mentor/contracts';
import { MappedServerErrors } from './server-errors';

/** Every control path of a form, e.g. `admin.email`, `certificates.0.kind`, and the groups themselves. */
export function controlPaths(control: AbstractControl, prefix = ''): string[] {
  const children =
    control instanceof FormGroup || control instanceof FormArray
      ? Object.entries(control.controls as Record<string, AbstractControl>)
      : [];
  return children.flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...controlPaths(child, path)];
  });
}

/**
 * Shows server field errors on their controls as the `server` error. Angular re-runs a control's
 * validators when its value changes, so the server's verdict disappears as soon as the user edits.
 */
export function applyServerErrors(form: AbstractControl, mapped: MappedServerErrors): AbstractControl[] {
  const placed: AbstractControl[] = [];
  for (const [path, messages] of Object.entries(mapped.byPath)) {
    const control = form.get(path);
    if (!control) continue;
    control.setErrors({ ...(control.errors ?? {}), server: messages });
    control.markAsTouched();
    placed.push(control);
  }
  return placed;
}

/** The API's rule: 8 digits with a valid check digit, spaces allowed as people write it ("3512 1005"). */
export const cvrValidator: ValidatorFn = (control): ValidationErrors | null => {
  const value = compactCvr(String(control.value ?? ''));
  if (!value) return null;
  const problem = cvrProblem(value);
  return problem ? { cvr: problem } : null;
};

export const postcodeValidator: ValidatorFn = (control): ValidationErrors | null => {
  const value = String(control.value ?? '').trim();
  return !value || /^\d{4}$/.test(value) ? null : { postcode: 'format' };
};

/** The API's rule: 8–12 digits, optionally after +45 and with spaces or dashes, e.g. "12 34 56 78". */
export const phoneValidator: ValidatorFn = (control): ValidationErrors | null => {
  const value = String(control.value ?? '').trim();
  return !value || /^(\+\d{2,3})?\d{8,12}$/.test(value.replace(/[\s-]/g, '')) ? null : { phone: true };
};

/** On a group: `confirm` must equal `password`; the error is set on the confirmation control. */
export function matchingPasswords(password: string, confirm: string): ValidatorFn {
  return (group) => {
    const a = group.get(password);
    const b = group.get(confirm);
    if (!a || !b) return null;
    const mismatch = !!b.value && a.value !== b.value;
    const others = { ...(b.errors ?? {}) };
    delete others['passwordMismatch'];
    b.setErrors(mismatch ? { ...others, passwordMismatch: true } : Object.keys(others).length ? others : null);
    return null;
  };
}

/** Focuses the first invalid field in the form element, so a keyboard user lands on the problem. */
export function focusFirstInvalid(formElement: HTMLElement | undefined): void {
  setTimeout(() => {
    const target = formElement?.querySelector<HTMLElement>('[aria-invalid="true"], .ng-invalid:not(form):not(fieldset):not([formgroupname]):not([formarrayname])');
    target?.focus();
  });
}
