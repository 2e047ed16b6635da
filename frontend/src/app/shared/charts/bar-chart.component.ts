import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslationService } from '../../core/i18n/translation.service';
import { formatNumber, formatPercent } from './chart-format';
import { ChartFigureComponent } from './chart-figure.component';
import { ChartLegendComponent, LegendItem } from './chart-legend.component';
import { ChartPlotComponent } from './chart-plot.component';
import { ChartTableComponent, ChartTableRow } from './chart-table.component';
import {
  BarMode,
  ChartSeries,
  Orientation,
  ValueScale,
  axisTicks,
  bandCentre,
  barDataMax,
  barRects,
  domainMax,
  gridLines,
  plotArea,
  scaleLinear,
  seriesColor,
  shares,
  ticks,
  truncateLabel,
} from './chart-scale';

const WIDTH = 640;

/**
 * Bars per category, one per series side by side (`mode="grouped"`) or on top of each other
 * (`mode="stacked"`, optionally `normalise`d to 100 % bars of shares). Vertical columns, or
 * horizontal bars for long category names. `role="img"` with a title and description; the same
 * figures as a table (see `mm-chart-figure`).
 */
@Component({
  selector: 'mm-bar-chart',
  imports: [ChartFigureComponent, ChartPlotComponent, ChartLegendComponent, ChartTableComponent],
  template: `
    <mm-chart-figure [heading]="heading()" [empty]="categories().length === 0 || series().length === 0">
      <mm-chart-plot chartGraphic [heading]="heading()" [summary]="summary()" [width]="width" [height]="layout().height" [grid]="grid()">
        <svg:g>
          @for (label of categories(); track $index) {
            @if (vertical()) {
              <text class="tick" [attr.x]="centre($index)" [attr.y]="plot().y + plot().height + 18" text-anchor="middle">{{ short(label) }}<title>{{ label }}</title></text>
            } @else {
              <text class="tick label" [attr.x]="plot().x - 8" [attr.y]="centre($index) + 4" text-anchor="end">{{ short(label) }}<title>{{ label }}</title></text>
            }
          }
          @for (r of rects(); track $index) {
            <rect [attr.x]="r.x" [attr.y]="r.y" [attr.width]="r.width" [attr.height]="r.height" [attr.fill]="colors()[r.series]">
              <title>{{ categories()[r.category] }} – {{ series()[r.series].name }}: {{ cell(r.category, r.series) }}</title>
            </rect>
          }
          <line class="axis" [attr.x1]="plot().x" [attr.y1]="plot().y + plot().height" [attr.x2]="vertical() ? plot().x + plot().width : plot().x" [attr.y2]="vertical() ? plot().y + plot().height : plot().y" />
        </svg:g>
      </mm-chart-plot>
      <mm-chart-legend [items]="legend()" />
      <mm-chart-table chartTable [heading]="heading()" [categoryHeader]="categoryHeader()" [columns]="tableColumns()" [rows]="tableRows()" />
    </mm-chart-figure>
  `,
  styles: `
    .axis { stroke: var(--mm-border-strong); stroke-width: 1; }
    .tick { fill: var(--mm-ink-muted); }
    .tick.label { fill: var(--mm-ink); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChartComponent {
  private readonly i18n = inject(TranslationService);

  /** The chart's title (already translated): the caption, the SVG's title and the table's caption. */
  readonly heading = input.required<string>();
  readonly categories = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  readonly mode = input<BarMode>('grouped');
  readonly orientation = input<Orientation>('vertical');
  /** `percent`: values are shares in [0, 1]; `number`: counts or hours. */
  readonly scale = input<ValueScale>('number');
  /** Stacked: draw shares of each category's total (the table still lists the counts, with the share). */
  readonly normalise = input(false);
  /** Whole numbers (counts): whole ticks and no decimals. */
  readonly integer = input(false);
  readonly categoryHeader = input<string>('');
  /** Vertical charts only; horizontal ones grow with the number of categories. */
  readonly height = input(260);

  protected readonly width = WIDTH;
  protected readonly vertical = computed(() => this.orientation() === 'vertical');
  private readonly data = computed(() => this.series().map((s) => s.values));
  private readonly asShares = computed(() => this.mode() === 'stacked' && this.normalise());
  protected readonly colors = computed(() => this.series().map((s, i) => seriesColor(s, i)));
  private readonly maxLabel = computed(() => Math.min(34, Math.max(4, ...this.categories().map((c) => c.length))));

  protected readonly layout = computed(() => {
    const categories = this.categories().length;
    if (this.vertical()) return { height: this.height(), margins: { top: 14, right: 16, bottom: 36, left: 52 } };
    const band = this.mode() === 'stacked' ? 32 : Math.max(24, 13 * this.series().length + 10);
    const left = Math.round(this.maxLabel() * 6.4 + 14);
    return { height: 12 + categories * band + 28, margins: { top: 12, right: 24, bottom: 28, left } };
  });
  protected readonly plot = computed(() => plotArea(WIDTH, this.layout().height, this.layout().margins));
  protected readonly valueTicks = computed(() =>
    this.asShares() ? ticks(1, 4) : axisTicks(domainMax([barDataMax(this.data(), this.mode())], this.scale()), this.integer() && this.scale() === 'number'),
  );
  private readonly top = computed(() => this.valueTicks()[this.valueTicks().length - 1] || 1);
  protected readonly valuePos = computed(() => {
    const p = this.plot();
    return this.vertical() ? scaleLinear(0, this.top(), p.y + p.height, p.y) : scaleLinear(0, this.top(), p.x, p.x + p.width);
  });
  protected readonly grid = computed(() => gridLines(this.valueTicks(), this.valuePos(), this.plot(), this.orientation(), (v) => this.formatTick(v)));
  protected readonly rects = computed(() =>
    barRects(this.data(), { mode: this.mode(), orientation: this.orientation(), plot: this.plot(), max: this.top(), normalise: this.normalise() }),
  );
  private readonly totals = computed(() =>
    this.categories().map((_, c) => this.series().reduce((sum, s) => sum + Math.max(0, s.values[c] ?? 0), 0)),
  );
  private readonly shareTable = computed(() => this.categories().map((_, c) => shares(this.series().map((s) => s.values[c] ?? 0))));
  protected readonly legend = computed(() => this.series().map((s, i): LegendItem => ({ name: s.name, color: this.colors()[i] })));
  /** The table: a column per series, and the total of each stacked bar. */
  protected readonly tableColumns = computed(() => {
    const names = this.series().map((s) => s.name);
    return this.mode() === 'stacked' ? [...names, this.i18n.t('charts.total')] : names;
  });
  protected readonly tableRows = computed(() =>
    this.categories().map((label, c): ChartTableRow => {
      const cells = this.series().map((_, s) => this.cell(c, s));
      return { label, cells: this.mode() === 'stacked' ? [...cells, this.formatCount(this.totals()[c])] : cells };
    }),
  );
  protected readonly summary = computed(() => {
    const parts = this.categories().map((label, c) => `${label}: ${this.series().map((s, i) => `${s.name} ${this.cell(c, i)}`).join(', ')}`);
    return parts.join('; ');
  });

  protected centre(index: number): number {
    const p = this.plot();
    return this.vertical() ? bandCentre(index, this.categories().length, p.width, p.x) : bandCentre(index, this.categories().length, p.height, p.y);
  }

  protected short(label: string): string {
    if (!this.vertical()) return truncateLabel(label, this.maxLabel());
    const band = this.plot().width / Math.max(1, this.categories().length);
    return truncateLabel(label, Math.max(3, Math.floor(band / 6.6)));
  }

  protected formatTick(value: number): string {
    return this.asShares() || this.scale() === 'percent' ? formatPercent(value, this.i18n.lang()) : formatNumber(value, this.i18n.lang(), 1);
  }

  protected formatCount(value: number | null | undefined): string {
    return this.scale() === 'percent' ? formatPercent(value, this.i18n.lang()) : formatNumber(value, this.i18n.lang(), this.integer() ? 0 : 1);
  }

  /** A value as the table and tooltips show it: the count, and its share when the bars are shares. */
  protected cell(category: number, series: number): string {
    const value = this.series()[series]?.values[category] ?? null;
    const text = this.formatCount(value);
    if (!this.asShares() || value === null) return text;
    return `${text} (${formatPercent(this.shareTable()[category]?.[series] ?? 0, this.i18n.lang())})`;
  }
}
