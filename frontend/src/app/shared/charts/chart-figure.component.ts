import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

let nextId = 0;

/** A unique id prefix for a chart's title and description (`aria-labelledby` needs ids). */
export function chartId(kind: string): string {
  nextId += 1;
  return `mm-${kind}-${nextId}`;
}

/**
 * The frame every chart shares: a caption, a "Vis som tabel" toggle, the drawing and the same data
 * as a table. The table is always in the page: visually hidden beside the drawing (screen readers
 * and keyboard users reach it), shown instead of the drawing when the toggle is on.
 *
 *   <mm-chart-figure [heading]="…"> <svg chartGraphic …/> <table chartTable …/> <ul legend/> </mm-chart-figure>
 */
@Component({
  selector: 'mm-chart-figure',
  imports: [TranslatePipe],
  template: `
    <figure class="chart" [class.is-table]="asTable()">
      <figcaption class="chart-head">
        <span class="chart-title">{{ heading() }}</span>
        <button type="button" class="btn btn-quiet btn-small chart-toggle" [attr.aria-pressed]="asTable()" (click)="asTable.set(!asTable())" data-testid="chart-toggle">
          {{ 'charts.showTable' | t }}
        </button>
      </figcaption>
      @if (empty()) {
        <p class="chart-empty">{{ 'charts.noData' | t }}</p>
      } @else {
        <div class="chart-graphic" [hidden]="asTable()">
          <ng-content select="[chartGraphic]" />
          <ng-content />
        </div>
        <div class="chart-table" [class.visually-hidden]="!asTable()">
          <ng-content select="[chartTable]" />
        </div>
      }
    </figure>
  `,
  styles: `
    :host { display: block; }
    .chart { margin: 0; }
    .chart-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 0.5rem; margin-bottom: 0.5rem; }
    .chart-title { font-weight: 700; }
    .chart-empty { margin: 0; color: var(--mm-ink-muted); }
    .chart-graphic { position: relative; overflow-x: auto; }
    .chart-table { overflow-x: auto; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartFigureComponent {
  readonly heading = input.required<string>();
  /** Nothing to draw: a short note instead of empty axes. */
  readonly empty = input(false);
  protected readonly asTable = signal(false);
}
