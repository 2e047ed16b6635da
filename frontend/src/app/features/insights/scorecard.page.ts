import { SURVEY_ANONYMITY_MINIMUM, Scorecard } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { BarChartComponent } from '../../shared/charts/bar-chart.component';
import { formatDkkChange, formatMonth, formatNumber, formatPercent, formatScore } from '../../shared/charts/chart-format';
import { ChartSeries } from '../../shared/charts/chart-scale';
import { LineChartComponent } from '../../shared/charts/line-chart.component';
import { UsageChartComponent } from '../../shared/charts/usage-chart.component';
import { FOLLOW_UP_KEYS, OUTCOME_COLORS, OUTCOME_KEYS, outcomeCounts, satisfactionOf } from '../../shared/quality/quality-view';
import { StandingBadgeComponent } from '../../shared/quality/standing-badge.component';
import { ScorecardQuery, scorecardQueryFromQuery, scorecardQueryToQuery } from '../../shared/search/search-query';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { InsightsApiService } from './insights-api.service';
import { InsightsFiltersComponent } from './insights-filters.component';
import { HISTORY_KEYS, HISTORY_METRICS, agreementUsageRows, historyData, scorecardAgreementOptions } from './scorecard-view';

/**
 * A supplier's scorecard: reporting quality, outcomes, satisfaction, hours against ceilings and
 * the mentors' figures. `/supplier/scorecard` for the supplier admin (their own supplier) and
 * `/directory/suppliers/:id/scorecard` for municipal users. Filters live in the URL query.
 */
@Component({
  selector: 'mm-scorecard-page',
  imports: [
    RouterLink,
    TranslatePipe,
    DatePipe,
    DateTimePipe,
    LoadStatusComponent,
    InsightsFiltersComponent,
    StandingBadgeComponent,
    LineChartComponent,
    BarChartComponent,
    UsageChartComponent,
  ],
  templateUrl: './scorecard.page.html',
  styleUrl: './insights.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScorecardPage {
  private readonly api = inject(InsightsApiService);
  private readonly i18n = inject(TranslationService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly ownSupplierId = inject(AuthService).user()?.supplierId ?? '';
  private readonly params = toSignal(this.route.queryParams, { requireSync: true });

  /** From `/directory/suppliers/:id/scorecard`; absent on the supplier's own `/supplier/scorecard`. */
  readonly id = input<string | undefined>(undefined);

  protected readonly municipal = computed(() => !!this.id());
  protected readonly supplierId = computed(() => this.id() || this.ownSupplierId);
  protected readonly query = computed<ScorecardQuery>(() => scorecardQueryFromQuery(this.params()));
  protected readonly scorecard = loadable(() => this.api.scorecard(this.supplierId(), this.query()));
  private readonly agreementList = loadable(() => this.api.agreements().pipe(map((page) => page.items), catchError(() => of([]))));

  protected readonly historyKeys = HISTORY_KEYS;
  protected readonly followUpKeys = FOLLOW_UP_KEYS;
  protected readonly anonymityMinimum = SURVEY_ANONYMITY_MINIMUM;

  protected readonly agreementOptions = computed(() =>
    scorecardAgreementOptions(this.supplierId(), this.agreementList.value() ?? [], this.scorecard.value()?.agreements ?? []),
  );

  protected readonly history = computed(() => {
    const s = this.scorecard.value();
    if (!s) return null;
    const lang = this.i18n.lang();
    const data = historyData(s.history);
    return {
      categories: data.months.map((m) => formatMonth(m, lang)),
      series: HISTORY_METRICS.map((metric): ChartSeries => ({ name: this.i18n.t(HISTORY_KEYS[metric]), values: data.values[metric] })),
    };
  });

  protected readonly outcomes = computed(() => {
    const s = this.scorecard.value();
    if (!s) return null;
    const { followUps, counts } = outcomeCounts(s.outcomes);
    const byFollowUp = new Map(s.outcomes.map((d) => [d.followUp, d]));
    return {
      categories: followUps.map((f) => this.i18n.t(FOLLOW_UP_KEYS[f])),
      series: (Object.keys(counts) as (keyof typeof counts)[]).map((status): ChartSeries => ({
        name: this.i18n.t(OUTCOME_KEYS[status]),
        values: counts[status],
        color: OUTCOME_COLORS[status],
      })),
      rows: followUps.map((f) => ({ followUp: f, distribution: byFollowUp.get(f) })),
      recorded: s.outcomes.reduce((sum, d) => sum + d.recorded, 0),
    };
  });

  protected readonly satisfaction = computed(() => {
    const s = this.scorecard.value();
    return s ? [satisfactionOf(s.satisfaction, 'citizen'), satisfactionOf(s.satisfaction, 'caseworker')] : [];
  });

  protected readonly usageRows = computed(() => agreementUsageRows(this.scorecard.value()?.agreements ?? []));

  protected apply(query: ScorecardQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: scorecardQueryToQuery(query) });
  }

  protected score(value: number | null): string {
    return formatScore(value, this.i18n.lang());
  }

  protected percent(value: number | null | undefined): string {
    return formatPercent(value, this.i18n.lang());
  }

  protected number(value: number | null | undefined, digits = 0): string {
    return formatNumber(value, this.i18n.lang(), digits);
  }

  protected dkk(value: number | null | undefined): string {
    return formatDkkChange(value, this.i18n.lang());
  }

  /** The quality score as a width for the meter under the tile (0–100). */
  protected meter(s: Scorecard): number {
    return Math.round(Math.min(1, Math.max(0, s.qualityScore ?? 0)) * 100);
  }
}
