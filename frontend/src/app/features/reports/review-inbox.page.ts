import { Outcome } from '@mentor/contracts';
import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EMPTY } from 'rxjs';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { targetGroupLabel } from '../../shared/courses/course-labels';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { PagerComponent } from '../../shared/ui/pager.component';
import { FollowupFormComponent } from './followup-form.component';
import { FOLLOW_UP_KEYS } from './report-labels';
import { INBOX_TABS, InboxTab, inboxTab } from './report-rules';
import { ReportTableComponent } from './report-table.component';
import { ReportsApiService } from './reports-api.service';

const PAGE_SIZE = 20;

/** What the review page hands back after a decision, shown above the inbox. */
export interface ReviewNotice {
  reviewed?: 'accept' | 'return';
  reference?: string;
}

/**
 * The caseworker's review inbox: `/cases/reports`. Reports handed in and waiting for review, the
 * overdue ones (due date passed, not handed in), and the follow-ups to record after a course.
 */
@Component({
  selector: 'mm-review-inbox-page',
  imports: [RouterLink, TranslatePipe, DatePipe, LoadStatusComponent, PagerComponent, ReportTableComponent, FollowupFormComponent],
  templateUrl: './review-inbox.page.html',
  styleUrl: './review-inbox.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewInboxPage {
  private readonly api = inject(ReportsApiService);
  private readonly i18n = inject(TranslationService);

  /** `?tab=` from the URL. */
  readonly tab = input<string>();
  protected readonly current = computed<InboxTab>(() => inboxTab(this.tab()));
  protected readonly tabs = INBOX_TABS;
  /** The page of the current tab: back to the first when the tab changes. */
  protected readonly page = linkedSignal({ source: this.current, computation: () => 1 });
  protected readonly pageSize = PAGE_SIZE;

  protected readonly reports = loadable(() => {
    const tab = this.current();
    if (tab === 'followups') return EMPTY;
    return this.api.reports(tab === 'submitted' ? { status: 'submitted', page: this.page(), pageSize: PAGE_SIZE } : { overdue: true, page: this.page(), pageSize: PAGE_SIZE });
  });
  protected readonly outcomes = loadable(() => (this.current() === 'followups' ? this.api.openOutcomes(this.page(), PAGE_SIZE) : EMPTY));
  /** Follow-ups recorded on this visit: they stay in the list, marked done, until the next load. */
  protected readonly recorded = signal<Record<string, Outcome>>({});

  protected readonly notice: ReviewNotice | null;

  protected readonly followUpKeys = FOLLOW_UP_KEYS;

  constructor() {
    const state = inject(Location).getState() as ReviewNotice | null;
    this.notice = state?.reviewed ? { reviewed: state.reviewed, reference: state.reference } : null;
  }

  protected tabKey(tab: InboxTab) {
    return tab === 'submitted' ? 'reportReview.tab.submitted' : tab === 'overdue' ? 'reportReview.tab.overdue' : 'reportReview.tab.followups';
  }

  protected targetGroup(code: string): string {
    return this.i18n.label(targetGroupLabel(code));
  }

  protected markRecorded(outcome: Outcome): void {
    this.recorded.update((all) => ({ ...all, [outcome.id]: outcome }));
  }

  protected refresh(): void {
    this.recorded.set({});
    if (this.current() === 'followups') this.outcomes.reload();
    else this.reports.reload();
  }
}
