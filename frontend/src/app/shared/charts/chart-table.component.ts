import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** One category of a chart as a table row: its name (and a second line), and the figures as shown. */
export interface ChartTableRow {
  label: string;
  detail?: string;
  cells: readonly string[];
}

/**
 * A chart's figures as a table, for `mm-chart-figure`'s table slot:
 * `<mm-chart-table chartTable [heading]="…" [columns]="…" [rows]="…" />`. The first column names the
 * categories; the others are figures, already formatted.
 */
@Component({
  selector: 'mm-chart-table',
  imports: [TranslatePipe],
  template: `
    <table class="table">
      <caption>{{ heading() }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ categoryHeader() || ('charts.category' | t) }}</th>
          @for (column of columns(); track $index) {
            <th scope="col" class="numeric">{{ column }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track $index) {
          <tr>
            <th scope="row">{{ row.label }} @if (row.detail) {<span class="detail">{{ row.detail }}</span>}</th>
            @for (cell of row.cells; track $index) {
              <td class="numeric">{{ cell }}</td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host { display: block; }
    .detail { display: block; font-weight: 400; font-size: 0.85rem; color: var(--mm-ink-muted); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartTableComponent {
  /** The caption: the chart's title. */
  readonly heading = input.required<string>();
  /** The first column's header; "Kategori" by default. */
  readonly categoryHeader = input<string>('');
  /** The headers of the figure columns. */
  readonly columns = input.required<readonly string[]>();
  readonly rows = input.required<readonly ChartTableRow[]>();
}
