import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { formatValue } from './chart-format';
import { ChartFigureComponent, chartId } from './chart-figure.component';
import {
  ChartSeries,
  ValueScale,
  axisTicks,
  domainMax,
  labelStep,
  linePath,
  plotArea,
  pointX,
  scaleLinear,
  seriesColor,
  seriesDash,
  seriesPoints,
} from './chart-scale';

const WIDTH = 640;
const MARGINS = { top: 14, right: 16, bottom: 34, left: 48 };

/**
 * Several series over the same categories (months): y in [0, 1] shown as % (`scale="percent"`), or
 * a free scale from 0. Missing values are gaps. `role="img"` with a title and description; the
 * same figures as a table (see `mm-chart-figure`).
 */
@Component({
  selector: 'mm-line-chart',
  imports: [TranslatePipe, ChartFigureComponent],
  template: `
    <mm-chart-figure [heading]="heading()" [empty]="categories().length === 0 || series().length === 0">
      <svg chartGraphic class="chart-svg" [attr.viewBox]="'0 0 ' + width + ' ' + height()" role="img" [attr.aria-labelledby]="id + '-title'" [attr.aria-describedby]="id + '-desc'">
        <title [id]="id + '-title'">{{ heading() }}</title>
        <desc [id]="id + '-desc'">{{ summary() }}</desc>
        @for (tick of yTicks(); track tick) {
          <line class="grid" [attr.x1]="plot().x" [attr.x2]="plot().x + plot().width" [attr.y1]="y()(tick)" [attr.y2]="y()(tick)" />
          <text class="tick" [attr.x]="plot().x - 6" [attr.y]="y()(tick) + 4" text-anchor="end">{{ format(tick) }}</text>
        }
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
      </svg>
      <ul class="legend" aria-hidden="true">
        @for (line of lines(); track $index) {
          <li>
            <svg width="28" height="10" viewBox="0 0 28 10"><line x1="1" x2="27" y1="5" y2="5" [attr.stroke]="line.color" stroke-width="3" [attr.stroke-dasharray]="line.dash || null" /></svg>
            {{ line.name }}
          </li>
        }
      </ul>
      <table chartTable class="table">
        <caption>{{ heading() }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ categoryHeader() || ('charts.category' | t) }}</th>
            @for (s of series(); track $index) {
              <th scope="col" class="numeric">{{ s.name }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (label of categories(); track $index; let c = $index) {
            <tr>
              <th scope="row">{{ label }}</th>
              @for (s of series(); track $index) {
                <td class="numeric">{{ format(s.values[c]) }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </mm-chart-figure>
  `,
  styles: `
    .chart-svg { display: block; width: 100%; min-width: 32rem; height: auto; overflow: visible; font-size: 12px; }
    .grid { stroke: var(--mm-border); stroke-width: 1; }
    .tick { fill: var(--mm-ink-muted); }
    .line { fill: none; stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
    .legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.25rem; list-style: none; margin: 0.5rem 0 0; padding: 0; font-size: 0.9rem; }
    .legend li { display: flex; align-items: center; gap: 0.4rem; }
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

  protected readonly id = chartId('line');
  protected readonly width = WIDTH;
  protected readonly plot = computed(() => plotArea(WIDTH, this.height(), MARGINS));
  protected readonly yTicks = computed(() => axisTicks(domainMax(this.series().flatMap((s) => s.values), this.scale())));
  private readonly top = computed(() => this.yTicks()[this.yTicks().length - 1] || 1);
  protected readonly y = computed(() => scaleLinear(0, this.top(), this.plot().y + this.plot().height, this.plot().y));
  protected readonly step = computed(() => labelStep(this.categories().length, 8));
  protected readonly lines = computed(() =>
    this.series().map((s, i) => {
      const points = seriesPoints(s.values, this.top(), this.plot());
      return { name: s.name, values: s.values, color: seriesColor(s, i), dash: seriesDash(i), points, path: linePath(points) };
    }),
  );
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
