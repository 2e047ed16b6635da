import { ReportStatus } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { REPORT_STATUS_KEYS, reportTone } from './report-labels';

/** A report's status as a badge: "Skal skrives", "Afleveret", "Godkendt" … */
@Component({
  selector: 'mm-report-status',
  imports: [TranslatePipe],
  template: `<span class="badge" [class]="tone()">{{ keys[status()] | t }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportStatusComponent {
  readonly status = input.required<ReportStatus>();
  protected readonly keys = REPORT_STATUS_KEYS;
  protected readonly tone = computed(() => `badge ${reportTone(this.status())}`);
}
