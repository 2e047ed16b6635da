import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { formatNumber, formatPercent } from './chart-format';
import { ChartFigureComponent } from './chart-figure.component';
import { UsageRow, usageBar } from './chart-scale';

export type { UsageRow } from './chart-scale';

/**
 * Hours used against a ceiling, one horizontal bar per row: used (solid), granted but not yet used
 * (light), the ceiling as a mark; past the ceiling the bar turns to the warning colour. Each bar is
 * an image whose title says the figures, which are also written beside it and in the table.
 */
@Component({
  selector: 'mm-usage-chart',
  imports: [TranslatePipe, ChartFigureComponent],
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
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch used"></span>{{ 'charts.used' | t }}</li>
        <li><span class="swatch granted"></span>{{ 'charts.grantedNotUsed' | t }}</li>
        <li><span class="swatch ceiling"></span>{{ 'charts.ceiling' | t }}</li>
      </ul>
      <table chartTable class="table">
        <caption>{{ heading() }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ categoryHeader() || ('charts.category' | t) }}</th>
            <th scope="col" class="numeric">{{ 'charts.used' | t }}</th>
            <th scope="col" class="numeric">{{ 'charts.granted' | t }}</th>
            <th scope="col" class="numeric">{{ 'charts.ceiling' | t }}</th>
            <th scope="col" class="numeric">{{ 'charts.shareOfCeiling' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of bars(); track $index) {
            <tr>
              <th scope="row">{{ row.label }} @if (row.detail) { <span class="usage-detail">{{ row.detail }}</span> }</th>
              <td class="numeric">{{ number(row.used) }}</td>
              <td class="numeric">{{ number(row.granted) }}</td>
              <td class="numeric">{{ row.ceiling === null ? ('charts.noCeiling' | t) : number(row.ceiling) }}</td>
              <td class="numeric">{{ percent(row.bar.shareOfCeiling) }}</td>
            </tr>
          }
        </tbody>
      </table>
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
    .legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.25rem; list-style: none; margin: 0.75rem 0 0; padding: 0; font-size: 0.9rem; }
    .legend li { display: flex; align-items: center; gap: 0.4rem; }
    .swatch { display: inline-block; width: 0.85rem; height: 0.85rem; border-radius: 2px; }
    .swatch.used { background: var(--mm-primary); }
    .swatch.granted { background: var(--mm-primary-soft); border: 1px solid var(--mm-info-border); }
    .swatch.ceiling { width: 3px; background: var(--mm-ink); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsageChartComponent {
  private readonly i18n = inject(TranslationService);

  readonly heading = input.required<string>();
  readonly rows = input.required<readonly UsageRow[]>();
  readonly categoryHeader = input<string>('');

  protected readonly bars = computed(() => {
    const lang = this.i18n.lang();
    return this.rows().map((row) => {
      const bar = usageBar(row.used, row.granted, row.ceiling);
      const used = formatNumber(row.used, lang, 1);
      const granted = formatNumber(row.granted, lang, 1);
      const text =
        row.ceiling === null
          ? this.i18n.t('charts.usageNoCeiling', { label: row.label, used, granted })
          : this.i18n.t('charts.usageText', { label: row.label, used, granted, ceiling: formatNumber(row.ceiling, lang, 1), share: formatPercent(bar.shareOfCeiling, lang) });
      const short =
        row.ceiling === null
          ? this.i18n.t('charts.usageShortNoCeiling', { used })
          : this.i18n.t('charts.usageShort', { used, ceiling: formatNumber(row.ceiling, lang, 1), share: formatPercent(bar.shareOfCeiling, lang) });
      return { ...row, bar, text, short };
    });
  });

  protected number(value: number): string {
    return formatNumber(value, this.i18n.lang(), 1);
  }

  protected percent(value: number | null): string {
    return formatPercent(value, this.i18n.lang());
  }
}
