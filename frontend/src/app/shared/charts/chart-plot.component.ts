import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { chartId } from './chart-figure.component';
import { GridLine } from './chart-scale';

/**
 * The drawing of an axis chart: an SVG image (`role="img"`) titled by the chart's heading and
 * described by its figures in words, with the value axis' gridlines and labels. The chart's own
 * marks come as content in an SVG group, so that they are made as SVG elements:
 *
 *   <mm-chart-plot chartGraphic [heading]="…" [summary]="…" [width]="…" [height]="…" [grid]="…"> <svg:g> … </svg:g> </mm-chart-plot>
 */
@Component({
  selector: 'mm-chart-plot',
  template: `
    <svg class="chart-svg" [attr.viewBox]="'0 0 ' + width() + ' ' + height()" role="img" [attr.aria-labelledby]="id + '-title'" [attr.aria-describedby]="id + '-desc'">
      <title [id]="id + '-title'">{{ heading() }}</title>
      <desc [id]="id + '-desc'">{{ summary() }}</desc>
      @for (g of grid(); track g.value) {
        <line class="grid" [attr.x1]="g.x1" [attr.y1]="g.y1" [attr.x2]="g.x2" [attr.y2]="g.y2" />
        <text class="tick" [attr.x]="g.labelX" [attr.y]="g.labelY" [attr.text-anchor]="g.anchor">{{ g.label }}</text>
      }
      <ng-content />
    </svg>
  `,
  styles: `
    :host { display: block; }
    .chart-svg { display: block; width: 100%; min-width: 32rem; height: auto; overflow: visible; font-size: 12px; }
    .grid { stroke: var(--mm-border); stroke-width: 1; }
    .tick { fill: var(--mm-ink-muted); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartPlotComponent {
  /** The chart's title: the image's accessible name. */
  readonly heading = input.required<string>();
  /** The figures in words: the image's description. */
  readonly summary = input.required<string>();
  /** The viewBox, in SVG user units; the image scales to the page's width. */
  readonly width = input.required<number>();
  readonly height = input.required<number>();
  readonly grid = input<readonly GridLine[]>([]);

  protected readonly id = chartId('plot');
}
