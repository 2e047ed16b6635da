import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { loadable } from '../../core/http/loadable';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { PagerComponent } from '../../shared/ui/pager.component';
import { CodeLabelsPipe } from '../procurement/code-labels.pipe';
import { CountdownComponent, TenderStatusComponent } from '../procurement/tender-ui';
import { SupplierTendersApiService } from './supplier-tenders-api.service';

const PAGE_SIZE = 20;

/** Published tenders from every municipality: `/supplier/tenders?open=1&page=…`. */
@Component({
  selector: 'mm-supplier-tenders-page',
  imports: [RouterLink, TranslatePipe, DateTimePipe, LoadStatusComponent, PagerComponent, TenderStatusComponent, CountdownComponent, CodeLabelsPipe],
  template: `
    <header class="page-header">
      <p class="eyebrow">{{ 'nav.section.supplierPortal' | t }}</p>
      <h1>{{ 'nav.supplier.tenders' | t }}</h1>
      <p class="lead">{{ 'area.supplier.tenders' | t }}</p>
    </header>

    <div class="filters" role="group" [attr.aria-label]="'tenders.filter.status' | t">
      <div class="field field-check">
        <label class="check">
          <input type="checkbox" [checked]="openOnly()" (change)="setOpen($any($event.target).checked)" data-testid="filter-open" />
          {{ 'supplierTenders.openOnly' | t }}
        </label>
      </div>
    </div>

    <mm-load-status [state]="tenders.state()" (retry)="tenders.reload()" />
    @if (tenders.value(); as result) {
      <p class="result-count" role="status">{{ 'tenders.count' | t: { total: result.total } }}</p>
      @if (result.items.length === 0) {
        <p class="empty">{{ 'supplierTenders.empty' | t }}</p>
      } @else {
        <ul class="tender-cards" data-testid="tender-list">
          @for (t of result.items; track t.id) {
            <li class="card tender-card" data-testid="tender-card">
              <div class="tender-card-head">
                <h2><a [routerLink]="['/supplier/tenders', t.id]" data-testid="tender-link">{{ t.title }}</a></h2>
                <mm-tender-status [status]="t.status" />
              </div>
              <p class="meta">{{ t.municipalityName }} · {{ 'supplierTenders.lots' | t: { count: t.lots.length } }}</p>
              <p class="meta">{{ lotsGroups(t.lots) | codeLabels: 'target' }}</p>
              <dl class="facts">
                <dt>{{ 'tender.questionDeadline' | t }}</dt>
                <dd>{{ t.questionDeadline | dateTime }}</dd>
                <dt>{{ 'tender.bidDeadline' | t }}</dt>
                <dd>
                  {{ t.bidDeadline | dateTime }}
                  @if (t.status === 'published') {
                    · <mm-countdown [deadline]="t.bidDeadline" />
                  }
                </dd>
              </dl>
            </li>
          }
        </ul>
        <mm-pager [page]="result.page" [total]="result.total" [pageSize]="result.pageSize || pageSize" (pageChange)="goTo($event)" />
      }
    }
  `,
  styles: `
    .tender-cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
    .tender-card { padding: 1.1rem 1.35rem; }
    .tender-card-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem 1rem; align-items: baseline; }
    .tender-card h2 { font-size: 1.15rem; margin: 0 0 0.35rem; }
    .meta { margin: 0 0 0.35rem; color: var(--mm-ink-muted); font-size: 0.92rem; }
    .facts { margin-top: 0.6rem; }
    .field-check { flex: 0 1 auto; justify-content: center; min-height: 2.75rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupplierTendersPage {
  private readonly api = inject(SupplierTendersApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });

  protected readonly pageSize = PAGE_SIZE;
  protected readonly openOnly = computed(() => this.query().get('open') === '1');
  private readonly page = computed(() => {
    const page = Number(this.query().get('page'));
    return Number.isInteger(page) && page > 1 ? page : undefined;
  });
  protected readonly tenders = loadable(() => this.api.tenders({ status: this.openOnly() ? 'published' : undefined, page: this.page(), pageSize: PAGE_SIZE }));

  protected lotsGroups(lots: readonly { targetGroups: readonly string[] }[]): string[] {
    return [...new Set(lots.flatMap((l) => l.targetGroups))];
  }

  protected setOpen(open: boolean): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { open: open ? 1 : null, page: null }, queryParamsHandling: 'merge' });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }
}
