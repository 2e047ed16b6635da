import { AfterContentInit, Directive, ElementRef, computed, inject, input } from '@angular/core';
import { NgControl } from '@angular/forms';
import { controlVersion, showsErrors } from './field-state';

/**
 * On a form control element: sets `aria-invalid` and points `aria-describedby` at its hint (the
 * ids given) and, while it shows one, at its error (`<id>-error`, rendered by `mm-field-error`).
 */
@Directive({
  selector: '[mmFieldState]',
  host: {
    '[attr.aria-invalid]': 'invalid() ? "true" : null',
    '[attr.aria-describedby]': 'describedBy()',
  },
})
export class FieldStateDirective implements AfterContentInit {
  /** Ids of hints that describe the field, space-separated; may be empty. */
  readonly hints = input('', { alias: 'mmFieldState' });

  private readonly ngControl = inject(NgControl, { self: true });
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly state = controlVersion();

  protected readonly invalid = computed(() => {
    this.state.version();
    return showsErrors(this.ngControl.control);
  });

  protected readonly describedBy = computed(() => {
    const ids = this.hints().split(/\s+/).filter(Boolean);
    if (this.invalid()) ids.push(`${this.element.nativeElement.id}-error`);
    return ids.length ? ids.join(' ') : null;
  });

  ngAfterContentInit(): void {
    // The control is attached by the forms directive's own hooks, which have run by now.
    this.state.watch(this.ngControl.control);
  }
}
