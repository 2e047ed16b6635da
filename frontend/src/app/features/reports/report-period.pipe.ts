import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslationService } from '../../core/i18n/translation.service';
import { formatPeriod } from './report-rules';

/** `{{ r.period | reportPeriod }}`: `2026-05` → "maj 2026" / "May 2026"; impure like `t`. */
@Pipe({ name: 'reportPeriod', pure: false })
export class ReportPeriodPipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(period: string): string {
    return formatPeriod(period, this.i18n.lang());
  }
}
