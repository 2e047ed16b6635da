import { Directive, ElementRef, afterEveryRender, inject, input } from '@angular/core';

/**
 * `<select [mmValue]="filter()">` for selects outside a form model. A plain `[value]` binding is set
 * before the `@for` options exist, so a value read from the URL would show as the first option;
 * this sets it again after each render, once the options are there.
 */
@Directive({ selector: 'select[mmValue]' })
export class SelectValueDirective {
  readonly mmValue = input<string | number | null | undefined>();
  private readonly element = inject<ElementRef<HTMLSelectElement>>(ElementRef);

  constructor() {
    afterEveryRender({
      write: () => {
        const wanted = String(this.mmValue() ?? '');
        const select = this.element.nativeElement;
        if (select.value !== wanted) select.value = wanted;
      },
    });
  }
}
