import { EffectsQuery, FOLLOW_UPS, FollowUp, OUTCOME_STATUSES, SURVEY_ANONYMITY_MINIMUM, TARGET_GROUPS, TargetGroup } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import type { TranslationKey } from '../../core/i18n/translations';
import { BarChartComponent } from '../../shared/charts/bar-chart.component';
import { formatNumber, formatPercent } from '../../shared/charts/chart-format';
import { ChartSeries } from '../../shared/charts/chart-scale';
import { UsageChartComponent } from '../../shared/charts/usage-chart.component';
import { SelectValueDirective } from '../../shared/forms/select-value.directive';
import { FOLLOW_UP_KEYS, OUTCOME_COLORS, OUTCOME_KEYS, jobOrEducationShare } from '../../shared/quality/quality-view';
import { effectsQueryFromQuery, effectsQueryToQuery } from '../../shared/search/search-query';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import {
  EffectColumn,
  EffectSort,
  agreementOptions,
  ariaSort,
  ceilingRows,
  nextSort,
  outcomesByGroup,
  sortRows,
  supplierOptions,
} from './effects-view';
import { InsightsApiService } from './insights-api.service';
import { InsightsFiltersComponent } from './insights-filters.component';

const TARGET_GROUP_BY_CODE = new Map<string, (typeof TARGET_GROUPS)[number]>(TARGET_GROUPS.map((g) => [g.code, g]));

/** The table's columns in order, with their header keys; names sort as text, the rest as figures. */
const COLUMNS: readonly { column: EffectColumn; key: TranslationKey; numeric: boolean }[] = [
  { column: 'supplier', key: 'effects.col.supplier', numeric: false },
  { column: 'targetGroup', key: 'effects.col.targetGroup', numeric: false },
  { column: 'courses', key: 'effects.col.courses', numeric: true },
  { column: 'activeCourses', key: 'effects.col.active', numeric: true },
  { column: 'hoursGranted', key: 'effects.col.hoursGranted', numeric: true },
  { column: 'hoursUsed', key: 'effects.col.hoursUsed', numeric: true },
  { column: 'onTimeRate', key: 'effects.col.onTime', numeric: true },
  { column: 'acceptanceRate', key: 'effects.col.acceptance', numeric: true },
  { column: 'jobOrEducation', key: 'effects.col.jobOrEducation', numeric: true },
  { column: 'citizenSatisfaction', key: 'effects.col.citizen', numeric: true },
  { column: 'caseworkerSatisfaction', key: 'effects.col.caseworker', numeric: true },
];

/**
 * The municipality's effect dashboard, `/insights`: outcomes per follow-up and target group, hours
 * against the agreements' ceilings, the suppliers compared, and the totals; filters in the URL
 * query and the same report as a CSV download.
 */
@Component({
  selector: 'mm-effects-page',
  imports: [RouterLink, TranslatePipe, DatePipe, LoadStatusComponent, SelectValueDirective, InsightsFiltersComponent, BarChartComponent, UsageChartComponent],
  templateUrl: './effects.page.html',
  styleUrl: './insights.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EffectsPage {
  private readonly api = inject(InsightsApiService);
  private readonly i18n = inject(TranslationService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.queryParams, { requireSync: true });

  protected readonly query = computed<EffectsQuery>(() => effectsQueryFromQuery(this.params()));
  protected readonly report = loadable(() => this.api.effects(this.query()));
  private readonly agreements = loadable(() => this.api.agreements().pipe(map((page) => page.items), catchError(() => of([]))));
  protected readonly csvUrl = computed(() => this.api.effectsCsvUrl(this.query()));

  protected readonly followUps = FOLLOW_UPS;
  protected readonly followUpKeys = FOLLOW_UP_KEYS;
  protected readonly columns = COLUMNS;
  protected readonly anonymityMinimum = SURVEY_ANONYMITY_MINIMUM;
  protected readonly ariaSort = ariaSort;

  protected readonly followUp = signal<FollowUp>('end');
  protected readonly sort = signal<EffectSort>({ column: 'supplier', direction: 'asc' });

  protected readonly supplierOptions = computed(() => supplierOptions(this.agreements.value() ?? [], this.report.value()?.rows ?? []));
  protected readonly agreementOptions = computed(() => agreementOptions(this.agreements.value() ?? [], this.report.value()?.ceilings ?? []));

  protected readonly outcomes = computed(() => {
    const report = this.report.value();
    if (!report) return null;
    const { groups, counts } = outcomesByGroup(report, this.followUp());
    return {
      // Each bar is a share, so its label says how many courses it is a share of.
      categories: groups.map((g, i) => {
        const recorded = OUTCOME_STATUSES.reduce((sum, status) => sum + counts[status][i], 0);
        return `${g === 'all' ? this.i18n.t('effects.allGroups') : this.targetGroupLabel(g)} (${recorded})`;
      }),
      series: OUTCOME_STATUSES.map((status): ChartSeries => ({ name: this.i18n.t(OUTCOME_KEYS[status]), values: counts[status], color: OUTCOME_COLORS[status] })),
    };
  });

  /** Agreements with hours granted or used; the rest are only counted, or the chart drowns in empty bars. */
  protected readonly ceilings = computed(() => ceilingRows((this.report.value()?.ceilings ?? []).filter((c) => c.hoursGranted > 0 || c.hoursUsed > 0)));
  protected readonly unusedCeilings = computed(() => (this.report.value()?.ceilings ?? []).filter((c) => c.hoursGranted === 0 && c.hoursUsed === 0).length);

  protected readonly rows = computed(() => sortRows(this.report.value()?.rows ?? [], this.sort(), (code) => this.targetGroupLabel(code)));

  /** The supplier comparison as bars: job or education at the end, and reports on time, per row of the table. */
  protected readonly comparison = computed(() => {
    const rows = this.rows();
    const oneGroup = !!this.query().targetGroup || new Set(rows.map((r) => r.targetGroup)).size <= 1;
    return {
      categories: rows.map((r) => (oneGroup ? r.supplierName : `${r.supplierName} · ${this.targetGroupLabel(r.targetGroup)}`)),
      series: [
        { name: this.i18n.t('effects.col.jobOrEducation'), values: rows.map((r) => jobOrEducationShare(r.outcomes, 'end')), color: OUTCOME_COLORS.job },
        { name: this.i18n.t('effects.col.onTime'), values: rows.map((r) => r.onTimeRate), color: '#004b87' },
      ] satisfies ChartSeries[],
    };
  });

  protected apply(query: EffectsQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: effectsQueryToQuery(query) });
  }

  protected sortBy(column: EffectColumn): void {
    this.sort.update((current) => nextSort(current, column));
  }

  protected setFollowUp(value: string): void {
    if ((FOLLOW_UPS as readonly string[]).includes(value)) this.followUp.set(value as FollowUp);
  }

  protected targetGroupLabel(code: TargetGroup): string {
    const group = TARGET_GROUP_BY_CODE.get(code);
    return group ? this.i18n.label(group) : code;
  }

  protected jobOrEducation(row: { outcomes: Parameters<typeof jobOrEducationShare>[0] }): string {
    return this.percent(jobOrEducationShare(row.outcomes, 'end'));
  }

  protected percent(value: number | null | undefined): string {
    return formatPercent(value, this.i18n.lang());
  }

  protected number(value: number | null | undefined, digits = 0): string {
    return formatNumber(value, this.i18n.lang(), digits);
  }

  protected average(value: number | null | undefined): string {
    return value === null || value === undefined ? this.i18n.t('satisfaction.tooFewShort') : this.i18n.t('satisfaction.average', { average: this.number(value, 1) });
  }
}
