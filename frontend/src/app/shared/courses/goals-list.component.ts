import { Goal } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** A course's goals, each with its milestones (pejlemærker), as numbered lists. */
@Component({
  selector: 'mm-goals-list',
  imports: [TranslatePipe],
  template: `
    <ol class="goals" data-testid="goals">
      @for (goal of goals(); track $index) {
        <li class="goal">
          <span class="goal-text">{{ goal.text }}</span>
          @if (goal.milestones.length) {
            <span class="milestones-label">{{ 'goals.milestones' | t }}</span>
            <ul class="milestones">
              @for (milestone of goal.milestones; track $index) {
                <li>{{ milestone }}</li>
              }
            </ul>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .goals { margin: 0; padding-left: 1.4rem; display: grid; gap: 0.6rem; }
    .goal-text { display: block; font-weight: 600; }
    .milestones-label { display: block; font-size: 0.82rem; color: var(--mm-ink-muted); margin-top: 0.15rem; }
    .milestones { margin: 0.1rem 0 0; padding-left: 1.1rem; list-style: square; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalsListComponent {
  readonly goals = input.required<readonly Goal[]>();
}
