import { Pipe, PipeTransform, inject } from '@angular/core';
import { formatDate } from './format';
import { TranslationService } from './translation.service';

/** `{{ '2026-05-01' | date }}` → "1. maj 2026" / "1 May 2026"; impure like `t`. */
@Pipe({ name: 'date', pure: false })
export class DatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(iso: string | undefined | null): string {
    return formatDate(iso, this.i18n.lang());
  }
}
