import { TARGET_GROUPS, TargetGroup } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { CASE_STATUS_KEYS, statusTone, targetGroupLabel } from '../../shared/courses/course-labels';
import { NeedsChipsComponent } from '../../shared/courses/needs-chips.component';
import { SelectValueDirective } from '../../shared/forms/select-value.directive';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { PagerComponent } from '../../shared/ui/pager.component';
import { caseSearchFromQuery, caseSearchToQuery } from './case-list-query';
import { CaseSearch, CasesApiService } from './cases-api.service';

const PAGE_SIZE = 20;

/** The caseworker's cases: mine or all of the municipality's, filtered in the URL. */
@Component({
  selector: 'mm-case-list-page',
  imports: [RouterLink, TranslatePipe, DatePipe, LoadStatusComponent, PagerComponent, SelectValueDirective, NeedsChipsComponent],
  templateUrl: './case-list.page.html',
  styleUrl: './case-list.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseListPage {
  private readonly api = inject(CasesApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(TranslationService);

  private readonly query = toSignal(this.route.queryParams, { initialValue: {} });
  protected readonly search = computed(() => caseSearchFromQuery(this.query()));
  protected readonly cases = loadable(() => this.api.cases({ ...this.search(), pageSize: PAGE_SIZE }));
  protected readonly reference = signal('');
  protected readonly filtered = computed(() => {
    const s = this.search();
    return !!(s.status || s.targetGroup || s.reference);
  });

  protected readonly targetGroups = TARGET_GROUPS;
  protected readonly statusKeys = CASE_STATUS_KEYS;
  protected readonly tone = statusTone;
  protected readonly pageSize = PAGE_SIZE;

  constructor() {
    effect(() => this.reference.set(this.search().reference ?? ''));
  }

  protected label(item: { labelDa: string; labelEn: string }): string {
    return this.i18n.label(item);
  }

  protected targetGroup(code: string): string {
    return this.i18n.label(targetGroupLabel(code));
  }

  protected set(patch: Partial<CaseSearch>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: caseSearchToQuery({ ...this.search(), ...patch, page: undefined }) });
  }

  protected setTargetGroup(value: string): void {
    this.set({ targetGroup: (value || undefined) as TargetGroup | undefined });
  }

  protected setStatus(value: string): void {
    this.set({ status: value === 'open' || value === 'closed' ? value : undefined });
  }

  protected reset(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: caseSearchToQuery({ mine: this.search().mine }) });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: caseSearchToQuery({ ...this.search(), page }) });
  }
}
