import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { loadable } from '../../core/http/loadable';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationKey } from '../../core/i18n/translations';
import { LoadStatusComponent } from '../ui/load-status.component';
import { PagerComponent } from '../ui/pager.component';
import { CourseCardComponent } from './course-card.component';
import { CoursesApiService } from './courses-api.service';

const PAGE_SIZE = 20;

/** How a route shows the course list: its texts, and whether each card names the mentor. */
export interface CoursesPageData {
  eyebrow: TranslationKey;
  heading: TranslationKey;
  lead: TranslationKey;
  emptyActive: TranslationKey;
  showMentor: boolean;
  /** The course reports' list, linked from the header. */
  reportsPath?: string;
}

/**
 * Courses, active or ended, each with goals and the mentor agreement: `/supplier/courses` (the
 * supplier's) and `/mentor/courses` (the mentor's own, with the citizen's name and phone).
 */
@Component({
  selector: 'mm-courses-page',
  imports: [RouterLink, TranslatePipe, LoadStatusComponent, PagerComponent, CourseCardComponent],
  template: `
    <header class="page-header page-header-with-action">
      <div>
        <p class="eyebrow">{{ view.eyebrow | t }}</p>
        <h1>{{ view.heading | t }}</h1>
        <p class="lead">{{ view.lead | t }}</p>
      </div>
      @if (view.reportsPath) {
        <a class="btn btn-secondary" [routerLink]="view.reportsPath" data-testid="courses-reports-link">{{ 'reports.coursesLink' | t }}</a>
      }
    </header>
    <div class="tabs" role="group" [attr.aria-label]="'courses.show' | t">
      <button type="button" class="tab" [attr.aria-pressed]="status() === 'active'" (click)="show('active')" data-testid="courses-active">{{ 'courseStatus.active' | t }}</button>
      <button type="button" class="tab" [attr.aria-pressed]="status() === 'ended'" (click)="show('ended')" data-testid="courses-ended">{{ 'courseStatus.ended' | t }}</button>
    </div>
    <mm-load-status [state]="courses.state()" (retry)="courses.reload()" />
    @if (courses.value(); as result) {
      <p class="result-count" role="status">{{ 'courses.count' | t: { total: result.total } }}</p>
      @for (course of result.items; track course.id) {
        <mm-course-card [course]="course" [showMentor]="view.showMentor" />
      } @empty {
        <p class="empty">{{ (status() === 'active' ? view.emptyActive : 'courses.emptyEnded') | t }}</p>
      }
      <mm-pager [page]="result.page" [total]="result.total" [pageSize]="result.pageSize || pageSize" (pageChange)="page.set($event)" />
    }
  `,
  styles: `
    .tabs { display: inline-flex; margin-bottom: 1rem; border: 1px solid var(--mm-primary); border-radius: var(--mm-radius-sm); overflow: hidden; }
    .tab { min-height: 2.5rem; padding: 0.4rem 1rem; border: 0; background: var(--mm-surface); color: var(--mm-primary); font: inherit; font-weight: 600; cursor: pointer; }
    .tab + .tab { border-left: 1px solid var(--mm-primary); }
    .tab[aria-pressed='true'] { background: var(--mm-primary); color: #fff; }
    mm-course-card { display: block; margin-bottom: 1rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoursesPage {
  private readonly api = inject(CoursesApiService);
  protected readonly view = inject(ActivatedRoute).snapshot.data as CoursesPageData;
  protected readonly status = signal<'active' | 'ended'>('active');
  protected readonly page = signal(1);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly courses = loadable(() => this.api.courses(this.status(), this.page(), PAGE_SIZE));

  protected show(status: 'active' | 'ended'): void {
    this.status.set(status);
    this.page.set(1);
  }
}
