import { AGREEMENT_STATUSES, AgreementStatus } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { SelectValueDirective } from '../../shared/forms/select-value.directive';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { PagerComponent } from '../../shared/ui/pager.component';
import { CodeLabelsPipe } from './code-labels.pipe';
import { ProcurementApiService } from './procurement-api.service';
import { AGREEMENT_STATUS_KEYS } from './tender-ui';

const PAGE_SIZE = 25;

/** The municipality's framework agreements: `/procurement/agreements?status=…`. */
@Component({
  selector: 'mm-agreements-page',
  imports: [RouterLink, TranslatePipe, DatePipe, LoadStatusComponent, PagerComponent, SelectValueDirective, CodeLabelsPipe],
  template: `
    <header class="page-header">
      <p class="eyebrow">{{ 'nav.section.procurement' | t }}</p>
      <h1>{{ 'nav.procurement.agreements' | t }}</h1>
      <p class="lead">{{ 'area.procurement.agreements' | t }}</p>
    </header>

    <form class="filters" role="search" (submit)="$event.preventDefault()">
      <div class="field">
        <label for="agreements-status">{{ 'agreements.col.status' | t }}</label>
        <select id="agreements-status" #status [mmValue]="search().status ?? ''" (change)="filter(status.value)" data-testid="filter-status">
          <option value="">{{ 'tenders.filter.anyStatus' | t }}</option>
          @for (s of statuses; track s) {
            <option [value]="s">{{ statusKeys[s] | t }}</option>
          }
        </select>
      </div>
    </form>

    <mm-load-status [state]="agreements.state()" (retry)="agreements.reload()" />
    @if (agreements.value(); as result) {
      <p class="result-count" role="status">{{ 'agreements.count' | t: { total: result.total } }}</p>
      @if (result.items.length === 0) {
        <p class="empty">{{ 'agreements.empty' | t }}</p>
      } @else {
        <div class="table-wrap">
          <table class="table" data-testid="agreement-table">
            <caption class="visually-hidden">{{ 'nav.procurement.agreements' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'evaluation.supplier' | t }}</th>
                <th scope="col">{{ 'agreements.col.lot' | t }}</th>
                <th scope="col" class="numeric">{{ 'evaluation.rate' | t }}</th>
                <th scope="col" class="numeric">{{ 'evaluation.rank' | t }}</th>
                <th scope="col">{{ 'agreements.col.hours' | t }}</th>
                <th scope="col">{{ 'agreements.col.validity' | t }}</th>
                <th scope="col">{{ 'agreements.col.status' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (a of result.items; track a.id) {
                <tr data-testid="agreement-row">
                  <th scope="row">{{ a.supplierName }}</th>
                  <td>
                    <a [routerLink]="['/procurement/tenders', a.tenderId]">{{ a.tenderTitle }}</a>
                    <span class="sub">{{ a.lotTitle }}</span>
                    <span class="sub">{{ a.targetGroups | codeLabels: 'target' }}</span>
                  </td>
                  <td class="numeric">{{ a.hourlyRate.toLocaleString('da-DK', { minimumFractionDigits: 2 }) }} kr.</td>
                  <td class="numeric">{{ a.rank }}</td>
                  <td>
                    <span class="hours">{{ 'agreements.hoursOf' | t: { used: a.hoursUsed, ceiling: a.hourCeiling } }}</span>
                    <span class="bar" aria-hidden="true"><span class="fill" [style.width.%]="a.hourCeiling ? Math.min(100, (100 * a.hoursUsed) / a.hourCeiling) : 0"></span></span>
                  </td>
                  <td>
                    {{ a.validFrom | date }} – {{ a.validTo | date }}
                    @if (a.status === 'standstill' && a.standstillEndsOn) {
                      <span class="sub">{{ 'agreements.standstillUntil' | t: { date: (a.standstillEndsOn | date) } }}</span>
                    }
                  </td>
                  <td>
                    <span class="badge" [class.badge-info]="a.status === 'standstill'" [class.badge-ok]="a.status === 'in_force'" [class.badge-neutral]="a.status === 'expired' || a.status === 'cancelled'">{{ statusKeys[a.status] | t }}</span>
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
    .sub { display: block; font-size: 0.85rem; color: var(--mm-ink-muted); }
    .hours { display: block; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .bar { display: block; width: 8rem; height: 0.45rem; margin-top: 0.3rem; background: var(--mm-surface-sunken); border-radius: 999px; overflow: hidden; }
    .fill { display: block; height: 100%; background: var(--mm-primary); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementsPage {
  private readonly api = inject(ProcurementApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });

  protected readonly Math = Math;
  protected readonly statuses = AGREEMENT_STATUSES;
  protected readonly statusKeys = AGREEMENT_STATUS_KEYS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly search = computed(() => {
    const status = this.query().get('status');
    const page = Number(this.query().get('page'));
    return {
      status: (AGREEMENT_STATUSES as readonly string[]).includes(status ?? '') ? (status as AgreementStatus) : undefined,
      page: Number.isInteger(page) && page > 1 ? page : undefined,
    };
  });
  protected readonly agreements = loadable(() => this.api.agreements({ ...this.search(), pageSize: PAGE_SIZE }));

  protected filter(status: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { status: status || null, page: null }, queryParamsHandling: 'merge' });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }
}
