import { TENDER_STATUSES, TenderStatus } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { loadable } from '../../core/http/loadable';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { SelectValueDirective } from '../../shared/forms/select-value.directive';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { PagerComponent } from '../../shared/ui/pager.component';
import { ProcurementApiService } from './procurement-api.service';
import { CountdownComponent, TENDER_STATUS_KEYS, TenderStatusComponent } from './tender-ui';

const PAGE_SIZE = 20;

/** The municipality's tenders, drafts included: `/procurement/tenders?status=…&page=…`. */
@Component({
  selector: 'mm-tenders-page',
  imports: [RouterLink, TranslatePipe, DateTimePipe, LoadStatusComponent, PagerComponent, SelectValueDirective, TenderStatusComponent, CountdownComponent],
  template: `
    <header class="page-header page-header-with-action">
      <div>
        <p class="eyebrow">{{ 'nav.section.procurement' | t }}</p>
        <h1>{{ 'nav.procurement.tenders' | t }}</h1>
        <p class="lead">{{ 'area.procurement.tenders' | t }}</p>
      </div>
      <a class="btn btn-primary" routerLink="/procurement/tenders/new" data-testid="tender-new"><span aria-hidden="true">+</span> {{ 'tenders.new' | t }}</a>
    </header>

    <form class="filters" role="search" (submit)="$event.preventDefault()">
      <div class="field">
        <label for="tenders-status">{{ 'tenders.filter.status' | t }}</label>
        <select id="tenders-status" #status [mmValue]="search().status ?? ''" (change)="filter(status.value)" data-testid="filter-status">
          <option value="">{{ 'tenders.filter.anyStatus' | t }}</option>
          @for (s of statuses; track s) {
            <option [value]="s">{{ statusKeys[s] | t }}</option>
          }
        </select>
      </div>
    </form>

    <mm-load-status [state]="tenders.state()" (retry)="tenders.reload()" />
    @if (tenders.value(); as result) {
      <p class="result-count" role="status">{{ 'tenders.count' | t: { total: result.total } }}</p>
      @if (result.items.length === 0) {
        <p class="empty">{{ 'tenders.empty' | t }}</p>
      } @else {
        <div class="table-wrap">
          <table class="table" data-testid="tender-table">
            <caption class="visually-hidden">{{ 'nav.procurement.tenders' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'tenders.col.title' | t }}</th>
                <th scope="col">{{ 'tenders.col.status' | t }}</th>
                <th scope="col">{{ 'tenders.col.lots' | t }}</th>
                <th scope="col">{{ 'tender.questionDeadline' | t }}</th>
                <th scope="col">{{ 'tender.bidDeadline' | t }}</th>
                <th scope="col">{{ 'tenders.col.bids' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (t of result.items; track t.id) {
                <tr data-testid="tender-row">
                  <th scope="row">
                    <a [routerLink]="['/procurement/tenders', t.id]" data-testid="tender-link">{{ t.title }}</a>
                    @if (t.needsEuNotice) {
                      <span class="badge badge-warning eu">{{ 'tender.euNotice' | t }}</span>
                    }
                  </th>
                  <td><mm-tender-status [status]="t.status" /></td>
                  <td class="numeric">{{ t.lots.length }}</td>
                  <td>{{ t.questionDeadline | dateTime }}</td>
                  <td>
                    {{ t.bidDeadline | dateTime }}
                    @if (t.status === 'published') {
                      <br /><mm-countdown [deadline]="t.bidDeadline" />
                    }
                  </td>
                  <td>
                    @if (t.bidCount === null || t.status === 'published' || t.status === 'draft') {
                      <span class="sealed">{{ (t.status === 'draft' ? 'tenders.notPublished' : 'tender.sealedShort') | t }}</span>
                    } @else {
                      <span class="numeric">{{ t.bidCount }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <mm-pager [page]="result.page" [total]="result.total" [pageSize]="result.pageSize || pageSize" (pageChange)="goTo($event)" />
      }
    }
  `,
  styles: `
    .eu { margin-left: 0.4rem; }
    .sealed { color: var(--mm-ink-muted); font-size: 0.9rem; }
    th[scope='row'] { min-width: 16rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TendersPage {
  private readonly api = inject(ProcurementApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });

  protected readonly statuses = TENDER_STATUSES;
  protected readonly statusKeys = TENDER_STATUS_KEYS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly search = computed(() => {
    const status = this.query().get('status');
    const page = Number(this.query().get('page'));
    return {
      status: (TENDER_STATUSES as readonly string[]).includes(status ?? '') ? (status as TenderStatus) : undefined,
      page: Number.isInteger(page) && page > 1 ? page : undefined,
    };
  });
  protected readonly tenders = loadable(() => this.api.tenders({ ...this.search(), pageSize: PAGE_SIZE }));

  protected filter(status: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { status: status || null, page: null }, queryParamsHandling: 'merge' });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }
}
