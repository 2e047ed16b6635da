import { Assignment } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { COURSE_STATUS_KEYS, agreementUrl, statusTone } from './course-labels';
import { GoalsListComponent } from './goals-list.component';

/**
 * A course (forløb) as the supplier and the mentor see it: period, hours, goals and milestones,
 * and the mentor agreement. The citizen's name and phone appear only when the API sent them,
 * which it does to the assigned mentor.
 */
@Component({
  selector: 'mm-course-card',
  imports: [TranslatePipe, DatePipe, GoalsListComponent],
  template: `
    @let c = course();
    <article class="card course" data-testid="course-card" [attr.data-status]="c.status" [attr.aria-labelledby]="'course-title-' + c.id">
      <div class="course-head">
        <div>
          <h2 class="course-title" [id]="'course-title-' + c.id">
            @if (showMentor()) {
              {{ c.mentorName }}
            } @else {
              {{ c.citizen?.name ?? ('course.untitled' | t) }}
            }
          </h2>
          <p class="meta">
            <span class="badge" [class]="tone(c.status)">{{ statusKeys[c.status] | t }}</span>
            {{ c.startDate | date }} – {{ c.endDate | date }} · {{ 'request.hoursValue' | t: { hours: c.hoursPerWeek } }}
            @if (c.previousAssignmentId) {
              · {{ 'course.extension' | t }}
            }
          </p>
          @if (c.endedReason) {
            <p class="meta">{{ 'course.endedReason' | t }}: {{ c.endedReason }}</p>
          }
        </div>
        <div class="links">
          <a class="btn btn-secondary btn-small" [href]="url(c.id, 'html')" target="_blank" rel="noopener" data-testid="course-agreement">{{ 'course.agreementHtml' | t }}</a>
          <a class="btn btn-secondary btn-small" [href]="url(c.id, 'pdf')" target="_blank" rel="noopener" data-testid="course-agreement-pdf">{{ 'course.agreementPdf' | t }}</a>
        </div>
      </div>
      @if (c.citizen; as citizen) {
        <div class="citizen" data-testid="course-citizen">
          <h3>{{ 'course.citizen' | t }}</h3>
          <p>
            <strong>{{ citizen.name }}</strong> ·
            <a [href]="'tel:' + citizen.phone">{{ citizen.phone }}</a>
          </p>
          <p class="hint">{{ 'course.citizenHint' | t }}</p>
        </div>
      }
      <h3>{{ 'request.section.goals' | t }}</h3>
      <mm-goals-list [goals]="c.goals" />
    </article>
  `,
  styles: `
    .course { padding: 1rem 1.25rem; }
    .course-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.75rem 1rem; margin-bottom: 0.5rem; }
    .course-title { margin: 0 0 0.25rem; font-size: 1.15rem; }
    .meta { margin: 0 0 0.35rem; color: var(--mm-ink-muted); }
    .meta .badge { margin-right: 0.3rem; }
    .links { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-start; }
    h3 { font-size: 1rem; margin: 0.75rem 0 0.4rem; }
    .citizen { padding: 0.6rem 0.9rem; background: var(--mm-primary-soft); border-radius: var(--mm-radius-sm); }
    .citizen h3 { margin-top: 0; }
    .citizen p { margin: 0; }
    .citizen .hint { font-size: 0.86rem; color: var(--mm-ink-muted); margin-top: 0.2rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseCardComponent {
  readonly course = input.required<Assignment>();
  /** The supplier's view names the mentor; the mentor's own view does not need to. */
  readonly showMentor = input(true);
  protected readonly statusKeys = COURSE_STATUS_KEYS;
  protected readonly tone = statusTone;
  protected readonly url = agreementUrl;
}
