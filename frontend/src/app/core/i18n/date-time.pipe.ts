import { Pipe, PipeTransform, inject } from '@angular/core';
import { formatDateTime } from './format';
import { TranslationService } from './translation.service';

/** `{{ mail.createdAt | dateTime }}` in the current language; impure for the same reason as `t`. */
@Pipe({ name: 'dateTime', pure: false })
export class DateTimePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(iso: string | undefined | null): string {
    return formatDateTime(iso, this.i18n.lang());
  }
}
