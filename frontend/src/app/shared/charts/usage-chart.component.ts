import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslationService } from '../../core/i18n/translation.service';
import { formatNumber, formatPercent } from './chart-format';
import { ChartFigureComponent } from './chart-figure.component';
import { ChartLegendComponent, LegendItem } from './chart-legend.component';
import { UsageRow, usageBar } from './chart-scale';
import { ChartTableComponent } from './chart-table.component';

export type { UsageRow } from './chart-scale';

/**
 * Hours used against a ceiling, one horizontal bar per row: used (solid), granted but not yet used
 * (light), the ceiling as a mark; past the ceiling the bar turns to the warning colour. Each bar is
 * an image whose title says the figures, which are also written beside it and in the table.
 */
@Component({
  selector: 'mm-usage-chart',
  imports: [ChartFigureComponent, ChartLegendComponent, ChartTableComponent],
  template: `
    <mm-chart-figure [heading]="heading()" [empty]="rows().length === 0">
      <ul chartGraphic class="usage-list">
        @for (row of bars(); track $index) {
          <li class="usage-row" data-testid="usage-row" [attr.data-over]="row.bar.overCeiling">
            <span class="usage-label">
              {{ row.label }}
              @if (row.detail) {
                <span class="usage-detail">{{ row.detail }}</span>
              }
            </span>
            <svg class="usage-bar" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" [attr.aria-label]="row.text">
              <title>{{ row.text }}</title>
              <rect class="track" x="0" y="2" width="100" height="10" />
              <rect class="granted" x="0" y="2" [attr.width]="100 * row.bar.granted" height="10" />
              <rect class="used" [class.is-over]="row.bar.overCeiling" x="0" y="2" [attr.width]="100 * row.bar.used" height="10" />
              @if (row.bar.ceiling !== null) {
                <line class="ceiling" [attr.x1]="100 * row.bar.ceiling" [attr.x2]="100 * row.bar.ceiling" y1="0" y2="14" vector-effect="non-scaling-stroke" />
              }
            </svg>
            <span class="usage-figures" aria-hidden="true">{{ row.short }}</span>
          </li>
        }
      </ul>
      <mm-chart-legend [items]="legend()" />
      <mm-chart-table chartTable [heading]="heading()" [categoryHeader]="categoryHeader()" [columns]="tableColumns()" [rows]="bars()" />
    </mm-chart-figure>
  `,
  styles: `
    .usage-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }
    .usage-row { display: grid; grid-template-columns: minmax(10rem, 2fr) minmax(8rem, 3fr) minmax(7rem, auto); gap: 0.25rem 1rem; align-items: center; }
    @media (max-width: 40rem) { .usage-row { grid-template-columns: 1fr auto; } .usage-bar { grid-column: 1 / -1; grid-row: 2; } }
    .usage-label { font-weight: 600; }
    .usage-detail { display: block; font-weight: 400; font-size: 0.85rem; color: var(--mm-ink-muted); }
    .usage-bar { display: block; width: 100%; height: 1.1rem; overflow: visible; }
    .track { fill: var(--mm-surface-sunken); }
    .granted { fill: var(--mm-primary-soft); stroke: var(--mm-info-border); stroke-width: 0.3; }
    .used { fill: var(--mm-primary); }
    .used.is-over { fill: var(--mm-warning); }
    .ceiling { stroke: var(--mm-ink); stroke-width: 2; }
    .usage-figures { font-variant-numeric: tabular-nums; white-space: nowrap; font-size: 0.9rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsageChartComponent {
  private readonly i18n = inject(TranslationService);

  readonly heading = input.required<string>();
  readonly rows = input.required<readonly UsageRow[]>();
  readonly categoryHeader = input<string>('');

  /** Each row's bar, its figures in words (the bar's title and the short text beside it), and its table cells. */
  protected readonly bars = computed(() => {
    const lang = this.i18n.lang();
    return this.rows().map((row) => {
      const bar = usageBar(row.used, row.granted, row.ceiling);
      const used = formatNumber(row.used, lang, 1);
      const granted = formatNumber(row.granted, lang, 1);
      const ceiling = row.ceiling === null ? null : formatNumber(row.ceiling, lang, 1);
      const share = formatPercent(bar.shareOfCeiling, lang);
      const text =
        ceiling === null
          ? this.i18n.t('charts.usageNoCeiling', { label: row.label, used, granted })
          : this.i18n.t('charts.usageText', { label: row.label, used, granted, ceiling, share });
      const short = ceiling === null ? this.i18n.t('charts.usageShortNoCeiling', { used }) : this.i18n.t('charts.usageShort', { used, ceiling, share });
      return { ...row, bar, text, short, cells: [used, granted, ceiling ?? this.i18n.t('charts.noCeiling'), share] };
    });
  });

  /** The same colours as the bars' `.used`, `.granted` and `.ceiling`. */
  protected readonly legend = computed((): LegendItem[] => [
    { name: this.i18n.t('charts.used'), color: 'var(--mm-primary)' },
    { name: this.i18n.t('charts.grantedNotUsed'), color: 'var(--mm-primary-soft)', border: 'var(--mm-info-border)' },
    { name: this.i18n.t('charts.ceiling'), color: 'var(--mm-ink)', marker: 'mark' },
  ]);
  protected readonly tableColumns = computed(() => [this.i18n.t('charts.used'), this.i18n.t('charts.granted'), this.i18n.t('charts.ceiling'), this.i18n.t('charts.shareOfCeiling')]);
}
