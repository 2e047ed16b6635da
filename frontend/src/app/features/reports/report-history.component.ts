import { ReportEvent } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { HISTORY_ACTION_KEYS } from './report-labels';

/** A report's history: each submission and each review, newest first, with the return comments. */
@Component({
  selector: 'mm-report-history',
  imports: [TranslatePipe, DateTimePipe],
  template: `
    <section class="history" aria-labelledby="history-heading" data-testid="report-history">
      <h2 id="history-heading">{{ 'reports.history.heading' | t }}</h2>
      @if (sorted().length === 0) {
        <p class="muted">{{ 'reports.history.empty' | t }}</p>
      } @else {
        <ol class="events">
          @for (event of sorted(); track $index) {
            <li class="event" [attr.data-action]="event.action" data-testid="report-history-entry">
              <span class="dot" [class]="'dot is-' + event.action" aria-hidden="true"></span>
              <div>
                <p class="what"><strong>{{ actionKeys[event.action] | t }}</strong> · {{ event.byName }}</p>
                <p class="when"><time [attr.datetime]="event.at">{{ event.at | dateTime }}</time></p>
                @if (event.comment) {
                  <blockquote class="comment">{{ event.comment }}</blockquote>
                }
              </div>
            </li>
          }
        </ol>
      }
    </section>
  `,
  styles: `
    h2 { font-size: 1.15rem; }
    .events { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
    .event { display: grid; grid-template-columns: 1rem minmax(0, 1fr); gap: 0.6rem; }
    .dot { width: 0.75rem; height: 0.75rem; margin-top: 0.35rem; border-radius: 50%; background: var(--mm-primary); }
    .dot.is-accepted { background: var(--mm-success); }
    .dot.is-returned { background: var(--mm-warning); }
    .what, .when { margin: 0; }
    .when { font-size: 0.86rem; color: var(--mm-ink-muted); }
    .comment { margin: 0.35rem 0 0; padding: 0.4rem 0.75rem; border-left: 3px solid var(--mm-warning); background: var(--mm-surface-sunken); white-space: pre-line; }
    .muted { color: var(--mm-ink-muted); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportHistoryComponent {
  readonly events = input.required<readonly ReportEvent[]>();
  protected readonly sorted = computed(() => [...this.events()].sort((a, b) => b.at.localeCompare(a.at)));
  protected readonly actionKeys = HISTORY_ACTION_KEYS;
}
