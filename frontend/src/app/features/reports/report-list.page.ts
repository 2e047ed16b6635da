import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { loadable } from '../../core/http/loadable';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationKey } from '../../core/i18n/translations';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { REPORT_GROUPS, ReportGroup, groupReports } from './report-rules';
import { ReportTableComponent } from './report-table.component';
import { ReportsApiService } from './reports-api.service';

/** How a route shows the list: its texts, where a report opens, and whether rows name the mentor. */
export interface ReportListData {
  eyebrow: TranslationKey;
  heading: TranslationKey;
  lead: TranslationKey;
  /** The form's base path: `/mentor/reports` or `/supplier/courses/reports`. */
  base: string;
  showMentor: boolean;
}

/** Enough for one mentor's courses; a supplier with more sees the note below the list. */
const PAGE_SIZE = 100;

const GROUP_KEYS: Readonly<Record<ReportGroup, { heading: TranslationKey; empty: TranslationKey }>> = {
  todo: { heading: 'reports.group.todo', empty: 'reports.group.todoEmpty' },
  returned: { heading: 'reports.group.returned', empty: 'reports.group.returnedEmpty' },
  submitted: { heading: 'reports.group.submitted', empty: 'reports.group.submittedEmpty' },
};

/**
 * The mentor's reports (`/mentor/reports`) and the supplier's (`/supplier/courses/reports`):
 * the ones to write, the returned ones and the handed-in ones, each with its due date.
 */
@Component({
  selector: 'mm-report-list-page',
  imports: [TranslatePipe, LoadStatusComponent, ReportTableComponent],
  templateUrl: './report-list.page.html',
  styleUrl: './report-list.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportListPage {
  private readonly api = inject(ReportsApiService);
  protected readonly view = inject(ActivatedRoute).snapshot.data as ReportListData;

  protected readonly reports = loadable(() => this.api.reports({ pageSize: PAGE_SIZE }));
  protected readonly groups = computed(() => groupReports(this.reports.value()?.items ?? []));
  protected readonly groupOrder = REPORT_GROUPS;
  protected readonly groupKeys = GROUP_KEYS;
}
