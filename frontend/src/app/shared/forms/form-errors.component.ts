import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * The error summary above a form's buttons, announced at once:
 * `<mm-form-errors [messages]="formErrors()" [invalid]="form.invalid" testId="case-error" />`.
 * `messages` is null until a submit was attempted; then it holds the server's messages (maybe none).
 * `invalid` adds the "correct the marked fields" line.
 */
@Component({
  selector: 'mm-form-errors',
  imports: [TranslatePipe],
  host: { 'aria-live': 'assertive', 'aria-atomic': 'true', class: 'form-errors' },
  template: `
    @if (messages(); as list) {
      @if (invalid() || list.length) {
        <div class="alert alert-error" [attr.data-testid]="testId()">
          @if (invalid()) {
            <p>{{ 'form.error.summary' | t }}</p>
          }
          @if (list.length) {
            <ul>
              @for (message of list; track $index) {
                <li>{{ message }}</li>
              }
            </ul>
          }
        </div>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormErrorsComponent {
  readonly messages = input.required<readonly string[] | null>();
  readonly invalid = input(false);
  readonly testId = input<string | null>(null);
}
