import { ReportSummary } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { isoToday } from '../../shared/mentors/mentor-rules';
import { dueMarker, dueMarkerText, dueMarkerTone } from './report-rules';

/** "5 dage over fristen", "Frist om 2 dage" …: a report's due date in words, coloured by urgency. */
@Component({
  selector: 'mm-due-marker',
  imports: [TranslatePipe],
  template: `
    @if (text(); as t) {
      <span class="due-marker" [class]="'due-marker is-' + tone()" data-testid="report-overdue" [attr.data-tone]="tone()">
        @if (tone() === 'late') {
          <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="currentColor" /><path d="M8 4v5M8 11v1.2" stroke="#fff" stroke-width="1.8" /></svg>
        }
        {{ t.key | t: t.params }}
      </span>
    }
  `,
  styles: `
    .due-marker { display: inline-flex; align-items: center; gap: 0.3rem; font-size: 0.86rem; font-weight: 600; color: var(--mm-ink-muted); }
    .due-marker.is-late { color: var(--mm-error); }
    .due-marker.is-soon { color: var(--mm-warning-text); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DueMarkerComponent {
  readonly report = input.required<Pick<ReportSummary, 'status' | 'overdue' | 'daysOverdue' | 'dueOn' | 'periodEnd'>>();
  private readonly marker = computed(() => dueMarker(this.report(), isoToday()));
  protected readonly text = computed(() => {
    const marker = this.marker();
    return marker ? dueMarkerText(marker) : null;
  });
  protected readonly tone = computed(() => {
    const marker = this.marker();
    return marker ? dueMarkerTone(marker) : 'normal';
  });
}
