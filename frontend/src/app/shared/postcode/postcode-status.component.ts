import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PostcodeLookup } from './postcode-lookup';

/** The town of a typed postcode, or "unknown postcode", below the field; announced politely. */
@Component({
  selector: 'mm-postcode-status',
  imports: [TranslatePipe],
  host: { 'aria-live': 'polite' },
  template: `
    @switch (lookup().status) {
      @case ('loading') {
        <p class="field-status is-muted" [id]="id()">{{ 'postcode.looking' | t }}</p>
      }
      @case ('found') {
        @if (lookup(); as l) {
          @if (l.status === 'found') {
            <p class="field-status is-ok" [id]="id()" [attr.data-testid]="testId()">✓ {{ l.postcode.name }}</p>
          }
        }
      }
      @case ('unknown') {
        <p class="field-status is-problem" [id]="id()" [attr.data-testid]="testId()">{{ 'postcode.unknown' | t }}</p>
      }
      @case ('unavailable') {
        <p class="field-status is-muted" [id]="id()">{{ 'postcode.unavailable' | t }}</p>
      }
      @default {
        <p class="field-status" [id]="id()"></p>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PostcodeStatusComponent {
  readonly lookup = input.required<PostcodeLookup>();
  readonly id = input.required<string>();
  readonly testId = input<string>();
}
