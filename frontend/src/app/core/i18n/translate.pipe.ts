import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslationService } from './translation.service';
import { TranslationKey, TranslationParams } from './translations';

/**
 * `{{ 'nav.cases' | t }}` or `{{ 'common.pageOf' | t: { page, pages } }}`. Impure, because the
 * result depends on the language signal as well as the key; the lookup is a property read.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
