import { ChangeDetectionStrategy, Component, computed, effect, input } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { validationMessage } from '../../core/forms/validation-messages';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { controlVersion, showsErrors } from './field-state';

/**
 * The error of one field, below it: `<mm-field-error [control]="form.controls.cvr" for="reg-cvr" />`
 * renders `#reg-cvr-error`, which the field's `mmFieldState` points to. Announced politely.
 */
@Component({
  selector: 'mm-field-error',
  imports: [TranslatePipe],
  host: { 'aria-live': 'polite', class: 'field-error-region' },
  template: `
    @if (message(); as m) {
      <p class="field-error" [id]="for() + '-error'" [attr.data-testid]="for() + '-error'">
        <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M8 4v5M8 11v1.2" stroke="#fff" stroke-width="1.8" />
        </svg>
        @if ('text' in m) {
          <span>{{ m.text }}</span>
        } @else {
          <span>{{ m.key | t: m.params }}</span>
        }
      </p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldErrorComponent {
  readonly control = input.required<AbstractControl | null>();
  /** The id of the field this error belongs to. */
  readonly for = input.required<string>();
  /** Show even before the field is touched (e.g. after a submit attempt on a group). */
  readonly force = input(false);

  private readonly state = controlVersion();

  protected readonly message = computed(() => {
    this.state.version();
    const control = this.control();
    if (!control || !(showsErrors(control) || (this.force() && control.invalid))) return null;
    return validationMessage(control.errors);
  });

  constructor() {
    effect(() => this.state.watch(this.control()));
  }
}
