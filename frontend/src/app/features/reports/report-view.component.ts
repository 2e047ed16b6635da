import { MilestoneStatus, Report } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { MILESTONE_STATUS_KEYS, milestoneTone } from './report-labels';
import { hoursLeftAfter, milestoneSlots, savedMilestones } from './report-rules';

/**
 * A report read-only: the figures (monthly reports), each milestone of the agreement with its
 * status and note, the narrative and the progression assessment. The caseworker's review page and
 * the mentor's view of a handed-in report both show it.
 */
@Component({
  selector: 'mm-report-view',
  imports: [TranslatePipe],
  template: `
    @let r = report();
    @if (r.kind === 'monthly') {
      <section class="card part" aria-labelledby="view-figures" data-testid="report-figures">
        <h2 id="view-figures">{{ 'reports.form.figures' | t }}</h2>
        <dl class="figures">
          <div>
            <dt>{{ 'reports.form.hoursUsed' | t }}</dt>
            <dd data-testid="report-view-hours">{{ r.hoursUsed ?? '–' }}</dd>
          </div>
          <div>
            <dt>{{ 'reports.form.meetingsHeld' | t }}</dt>
            <dd data-testid="report-view-meetings-held">{{ r.meetingsHeld ?? '–' }}</dd>
          </div>
          <div>
            <dt>{{ 'reports.form.meetingsMissed' | t }}</dt>
            <dd data-testid="report-view-meetings-missed">{{ r.meetingsMissed ?? '–' }}</dd>
          </div>
        </dl>
        <p class="muted" data-testid="report-hours-remaining" [attr.data-value]="left()">
          {{ 'reports.form.hoursLeft' | t: { left: left(), granted: r.hoursGranted } }}
        </p>
      </section>
    }

    <section class="card part" aria-labelledby="view-milestones" data-testid="report-milestones">
      <h2 id="view-milestones">{{ 'reports.form.milestones' | t }}</h2>
      @for (goal of goals(); track $index) {
        <div class="goal">
          <h3>{{ goal.text }}</h3>
          <ul class="milestones">
            @for (m of goal.milestones; track m.index) {
              <li class="milestone" data-testid="milestone-view" [attr.data-status]="m.status || null">
                <div class="milestone-head">
                  <span class="milestone-text">{{ m.milestone }}</span>
                  @if (m.status) {
                    <span class="badge" [class]="tone(m.status)" [attr.data-testid]="'milestone-view-status-' + m.index">{{ statusKeys[m.status] | t }}</span>
                  } @else {
                    <span class="badge badge-neutral">{{ 'reports.milestone.none' | t }}</span>
                  }
                </div>
                @if (m.note) {
                  <p class="note">{{ m.note }}</p>
                }
              </li>
            }
          </ul>
        </div>
      } @empty {
        <p class="muted">{{ 'reports.form.noMilestones' | t }}</p>
      }
    </section>

    <section class="card part" aria-labelledby="view-narrative">
      <h2 id="view-narrative">{{ 'reports.form.narrative' | t }}</h2>
      <p class="text" data-testid="report-view-narrative">{{ r.narrative || ('reports.view.empty' | t) }}</p>
    </section>

    @if (r.kind === 'progression') {
      <section class="card part" aria-labelledby="view-progression" data-testid="report-view-progression">
        <h2 id="view-progression">{{ 'reports.form.progression' | t }}</h2>
        <h3>{{ 'reports.form.competences' | t }}</h3>
        <p class="text">{{ r.progression?.competences || ('reports.view.empty' | t) }}</p>
        <h3>{{ 'reports.form.resources' | t }}</h3>
        <p class="text">{{ r.progression?.resources || ('reports.view.empty' | t) }}</p>
        <h3>{{ 'reports.form.nextSteps' | t }}</h3>
        <p class="text">{{ r.progression?.nextSteps || ('reports.view.empty' | t) }}</p>
      </section>
    }
  `,
  styles: `
    :host { display: grid; gap: 1rem; }
    .part { padding: 1rem 1.25rem; }
    h2 { font-size: 1.15rem; margin: 0 0 0.75rem; }
    h3 { font-size: 1rem; margin: 0.75rem 0 0.35rem; }
    .figures { display: flex; flex-wrap: wrap; gap: 0.75rem 2rem; margin: 0 0 0.5rem; }
    .figures dt { font-size: 0.86rem; color: var(--mm-ink-muted); }
    .figures dd { margin: 0; font-size: 1.4rem; font-weight: 700; font-variant-numeric: tabular-nums; }
    .goal + .goal { margin-top: 0.5rem; }
    .goal h3 { margin-top: 0; }
    .milestones { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    .milestone { padding: 0.5rem 0.75rem; border: 1px solid var(--mm-border); border-radius: var(--mm-radius-sm); }
    .milestone-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; align-items: baseline; }
    .note { margin: 0.35rem 0 0; white-space: pre-line; }
    .text { margin: 0; white-space: pre-line; }
    .muted { margin: 0; color: var(--mm-ink-muted); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportViewComponent {
  readonly report = input.required<Report>();

  protected readonly statusKeys = MILESTONE_STATUS_KEYS;
  protected readonly tone = (status: MilestoneStatus) => milestoneTone(status);
  protected readonly left = computed(() => hoursLeftAfter(this.report().hoursRemaining, this.report().hoursUsed));

  /** The goals with their milestones, each with the report's answer. */
  protected readonly goals = computed(() => {
    const report = this.report();
    const answers = savedMilestones(report);
    const slots = milestoneSlots(report.goals);
    return report.goals.map((goal, goalIndex) => ({
      text: goal.text,
      milestones: slots.filter((s) => s.goalIndex === goalIndex).map((s) => ({ ...s, ...answers[s.index] })),
    }));
  });
}
