import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslationService } from '../../core/i18n/translation.service';
import { formatValue } from './chart-format';
import { ChartFigureComponent } from './chart-figure.component';
import { ChartLegendComponent, LegendItem } from './chart-legend.component';
import { ChartPlotComponent } from './chart-plot.component';
import {
  ChartSeries,
  ValueScale,
  axisTicks,
  domainMax,
  gridLines,
  labelStep,
  linePath,
  plotArea,
  pointX,
  scaleLinear,
  seriesColor,
  seriesDash,
  seriesPoints,
} from './chart-scale';
import { ChartTableComponent, ChartTableRow } from './chart-table.component';

const WIDTH = 640;
const MARGINS = { top: 14, right: 16, bottom: 34, left: 48 };

/**
 * Several series over the same categories (months): y in [0, 1] shown as % (`scale="percent"`), or
 * a free scale from 0. Missing values are gaps. `role="img"` with a title and description; the
 * same figures as a table (see `mm-chart-figure`).
 */
@Component({
  selector: 'mm-line-chart',
  imports: [ChartFigureComponent, ChartPlotComponent, ChartLegendComponent, ChartTableComponent],
  template: `
    <mm-chart-figure [heading]="heading()" [empty]="categories().length === 0 || series().length === 0">
      <mm-chart-plot chartGraphic [heading]="heading()" [summary]="summary()" [width]="width" [height]="height()" [grid]="grid()">
        <svg:g>
          @for (label of categories(); track $index) {
            @if ($index % step() === 0) {
              <text class="tick" [attr.x]="x($index)" [attr.y]="plot().y + plot().height + 18" text-anchor="middle">{{ label }}</text>
            }
          }
          @for (line of lines(); track $index) {
            <path class="line" [attr.d]="line.path" [attr.stroke]="line.color" [attr.stroke-dasharray]="line.dash || null" />
            @for (point of line.points; track $index) {
              @if (point) {
                <circle [attr.cx]="point.x" [attr.cy]="point.y" r="3.5" [attr.fill]="line.color">
                  <title>{{ line.name }}, {{ categories()[$index] }}: {{ format(line.values[$index]) }}</title>
                </circle>
              }
            }
          }
        </svg:g>
      </mm-chart-plot>
      <mm-chart-legend [items]="legend()" />
      <mm-chart-table chartTable [heading]="heading()" [categoryHeader]="categoryHeader()" [columns]="tableColumns()" [rows]="tableRows()" />
    </mm-chart-figure>
  `,
  styles: `
    .tick { fill: var(--mm-ink-muted); }
    .line { fill: none; stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineChartComponent {
  private readonly i18n = inject(TranslationService);

  /** The chart's title (already translated): the caption, the SVG's title and the table's caption. */
  readonly heading = input.required<string>();
  /** The x-axis labels, e.g. formatted months. */
  readonly categories = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  readonly scale = input<ValueScale>('percent');
  /** The table's first column header; "Periode" by default. */
  readonly categoryHeader = input<string>('');
  readonly height = input(260);

  protected readonly width = WIDTH;
  protected readonly plot = computed(() => plotArea(WIDTH, this.height(), MARGINS));
  private readonly yTicks = computed(() => axisTicks(domainMax(this.series().flatMap((s) => s.values), this.scale())));
  private readonly top = computed(() => this.yTicks()[this.yTicks().length - 1] || 1);
  private readonly y = computed(() => scaleLinear(0, this.top(), this.plot().y + this.plot().height, this.plot().y));
  protected readonly grid = computed(() => gridLines(this.yTicks(), this.y(), this.plot(), 'vertical', (v) => this.format(v)));
  protected readonly step = computed(() => labelStep(this.categories().length, 8));
  protected readonly lines = computed(() =>
    this.series().map((s, i) => {
      const points = seriesPoints(s.values, this.top(), this.plot());
      return { name: s.name, values: s.values, color: seriesColor(s, i), dash: seriesDash(i), points, path: linePath(points) };
    }),
  );
  protected readonly legend = computed(() => this.lines().map((l): LegendItem => ({ name: l.name, color: l.color, marker: 'line', dash: l.dash })));
  protected readonly tableColumns = computed(() => this.series().map((s) => s.name));
  protected readonly tableRows = computed(() => this.categories().map((label, c): ChartTableRow => ({ label, cells: this.series().map((s) => this.format(s.values[c])) })));
  /** The description read with the image: each series' latest figure. */
  protected readonly summary = computed(() => {
    const values = this.series()
      .map((s) => {
        const last = [...s.values].reverse().find((v) => v !== null && v !== undefined);
        return `${s.name}: ${this.format(last ?? null)}`;
      })
      .join('; ');
    return this.i18n.t('charts.latest', { values });
  });

  protected x(index: number): number {
    return pointX(index, this.categories().length, this.plot());
  }

  protected format(value: number | null | undefined): string {
    return formatValue(value, this.scale(), this.i18n.lang());
  }
}
