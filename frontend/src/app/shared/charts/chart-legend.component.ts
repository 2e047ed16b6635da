import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One entry of a chart's legend. */
export interface LegendItem {
  name: string;
  /** A CSS colour. */
  color: string;
  /** `swatch` (a filled square, the default), `line` (a line with `dash`), or `mark` (a thin bar, e.g. a ceiling). */
  marker?: 'swatch' | 'line' | 'mark';
  /** A line's `stroke-dasharray`. */
  dash?: string;
  /** An outline colour for a pale swatch. */
  border?: string;
}

/**
 * The legend under a chart: a marker and a name for each series. Hidden from screen readers, which
 * read the same names in the chart's description and table.
 */
@Component({
  selector: 'mm-chart-legend',
  template: `
    <ul class="legend" aria-hidden="true">
      @for (item of items(); track $index) {
        <li>
          @if (item.marker === 'line') {
            <svg width="28" height="10" viewBox="0 0 28 10"><line x1="1" x2="27" y1="5" y2="5" [attr.stroke]="item.color" stroke-width="3" [attr.stroke-dasharray]="item.dash || null" /></svg>
          } @else {
            <span class="swatch" [class.mark]="item.marker === 'mark'" [style.background]="item.color" [style.border]="item.border ? '1px solid ' + item.border : null"></span>
          }
          {{ item.name }}
        </li>
      }
    </ul>
  `,
  styles: `
    .legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.25rem; list-style: none; margin: 0.5rem 0 0; padding: 0; font-size: 0.9rem; }
    .legend li { display: flex; align-items: center; gap: 0.4rem; }
    .swatch { display: inline-block; width: 0.85rem; height: 0.85rem; border-radius: 2px; }
    .swatch.mark { width: 3px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartLegendComponent {
  readonly items = input.required<readonly LegendItem[]>();
}
