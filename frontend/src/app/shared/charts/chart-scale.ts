/**
 * The geometry of the small SVG charts: value scales, ticks, line paths with gaps, bar rectangles
 * (grouped or stacked, vertical or horizontal) and the "used against ceiling" bar. Framework-free
 * and unit-tested; the components only draw what these functions return.
 */

/** The inner drawing area of a chart, in SVG user units. */
export interface Plot {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** `percent`: values are shares in [0, 1] shown as %; `number`: a free scale from 0. */
export type ValueScale = 'percent' | 'number';

export function plotArea(width: number, height: number, margins: Margins): Plot {
  return {
    x: margins.left,
    y: margins.top,
    width: Math.max(0, width - margins.left - margins.right),
    height: Math.max(0, height - margins.top - margins.bottom),
  };
}

/** The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above `value`; 1 for nothing. */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const fraction = value / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  // Floating point: 0.3 / 0.1 is 2.9999999999999996, so round the product to the power's precision.
  return Number((nice * power).toPrecision(12));
}

/** The top of the value axis: 1 (100 %) for shares, unless a value exceeds it; else a nice maximum. */
export function domainMax(values: readonly (number | null | undefined)[], scale: ValueScale): number {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const max = finite.length ? Math.max(...finite) : 0;
  if (scale === 'percent') return max <= 1 ? 1 : niceMax(max);
  return niceMax(max);
}

/** `count` equal steps from 0 to `max`, both included. */
export function ticks(max: number, count = 4): number[] {
  const steps = Math.max(1, Math.round(count));
  if (!(max > 0)) return [0];
  return Array.from({ length: steps + 1 }, (_, i) => Number(((max * i) / steps).toPrecision(12)));
}

/**
 * The value axis' ticks from 0 to the top. For counts (`integer`), the top is rounded up to a whole
 * number and divided into whole steps (4, 5, 3 or 2 of them), so no axis reads "2,5 forløb".
 */
export function axisTicks(max: number, integer = false): number[] {
  if (!integer) return ticks(max, 4);
  const top = Math.max(1, Math.ceil(max));
  const steps = [4, 5, 3, 2].find((n) => top % n === 0 && top / n >= 1) ?? 1;
  return ticks(top, top < steps ? top : steps);
}

/** Maps [d0, d1] linearly onto [r0, r1]; a zero-width domain maps everything to r0. */
export function scaleLinear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0;
  return (value: number) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** A gridline across the plot at one tick of the value axis, and its label and where it stands. */
export interface GridLine {
  value: number;
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  labelX: number;
  labelY: number;
  anchor: 'end' | 'middle';
}

/**
 * The value axis' gridlines, one per tick at `position(tick)`: across the plot with the label left
 * of it when the values run up (`vertical`: columns and lines), or down the plot with the label
 * beneath when they run right (`horizontal` bars).
 */
export function gridLines(
  tickValues: readonly number[],
  position: (value: number) => number,
  plot: Plot,
  orientation: Orientation,
  format: (value: number) => string,
): GridLine[] {
  return tickValues.map((value) => {
    const at = position(value);
    const label = format(value);
    return orientation === 'vertical'
      ? { value, label, x1: plot.x, y1: at, x2: plot.x + plot.width, y2: at, labelX: plot.x - 6, labelY: at + 4, anchor: 'end' }
      : { value, label, x1: at, y1: plot.y, x2: at, y2: plot.y + plot.height, labelX: at, labelY: plot.y + plot.height + 16, anchor: 'middle' };
  });
}

/** The x of the i-th of `count` evenly spaced points across the plot; a single point sits in the middle. */
export function pointX(index: number, count: number, plot: Plot): number {
  if (count <= 1) return plot.x + plot.width / 2;
  return plot.x + (plot.width * index) / (count - 1);
}

export interface Point {
  x: number;
  y: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * An SVG path through the points, broken where a point is missing (null): a month without figures
 * is a gap, not a line to zero. A lone point between gaps draws nothing (the markers show it).
 */
export function linePath(points: readonly (Point | null)[]): string {
  const parts: string[] = [];
  let run: Point[] = [];
  const flush = () => {
    if (run.length > 1) parts.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' '));
    run = [];
  };
  for (const point of points) {
    if (point) run.push(point);
    else flush();
  }
  flush();
  return parts.join(' ');
}

/** The points of one series: x evenly spaced, y scaled from [0, max] onto the plot (bottom up); null stays null. */
export function seriesPoints(values: readonly (number | null | undefined)[], max: number, plot: Plot): (Point | null)[] {
  const y = scaleLinear(0, max, plot.y + plot.height, plot.y);
  return values.map((value, i) =>
    typeof value === 'number' && Number.isFinite(value) ? { x: pointX(i, values.length, plot), y: y(Math.max(0, value)) } : null,
  );
}

/** Each value's share of the sum; all zeros when the sum is zero. */
export function shares(values: readonly number[]): number[] {
  const total = values.reduce((sum, v) => sum + Math.max(0, v || 0), 0);
  return values.map((v) => (total > 0 ? Math.max(0, v || 0) / total : 0));
}

export type BarMode = 'grouped' | 'stacked';
export type Orientation = 'vertical' | 'horizontal';

export interface BarRect {
  category: number;
  series: number;
  /** The value as given (a count), and what was drawn (the share when normalised). */
  value: number;
  drawn: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarOptions {
  mode: BarMode;
  orientation: Orientation;
  plot: Plot;
  /** The value at the end of the value axis (1 when normalised). */
  max: number;
  /** Stacked only: draw each category's values as shares of its total (100 % bars). */
  normalise?: boolean;
}

/** The band (slot) of each category along the category axis, and the bar thickness within it. */
export function bandLayout(categories: number, seriesCount: number, mode: BarMode, length: number): { band: number; offset: number; thickness: number } {
  const band = categories > 0 ? length / categories : length;
  if (mode === 'stacked' || seriesCount <= 1) {
    const thickness = band * 0.6;
    return { band, offset: (band - thickness) / 2, thickness };
  }
  const thickness = (band * 0.76) / seriesCount;
  return { band, offset: band * 0.12, thickness };
}

/**
 * The rectangles of a bar chart. `data[series][category]`; negative or missing values count as 0,
 * and zero-length bars are left out. Vertical bars grow up from the bottom of the plot, horizontal
 * bars right from its left edge; categories run left to right, or top to bottom.
 */
export function barRects(data: readonly (readonly (number | null | undefined)[])[], options: BarOptions): BarRect[] {
  const { mode, orientation, plot } = options;
  const seriesCount = data.length;
  const categories = Math.max(0, ...data.map((s) => s.length));
  const vertical = orientation === 'vertical';
  const bandLength = vertical ? plot.width : plot.height;
  const valueLength = vertical ? plot.height : plot.width;
  const { band, offset, thickness } = bandLayout(categories, seriesCount, mode, bandLength);
  const max = options.max > 0 ? options.max : 1;
  const clean = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);
  const rects: BarRect[] = [];

  for (let c = 0; c < categories; c++) {
    const values = data.map((s) => clean(s[c]));
    const drawnValues = mode === 'stacked' && options.normalise ? shares(values) : values;
    const scaleMax = mode === 'stacked' && options.normalise ? 1 : max;
    let base = 0;
    for (let s = 0; s < seriesCount; s++) {
      const drawn = drawnValues[s];
      const length = Math.min(valueLength, (drawn / scaleMax) * valueLength);
      const start = mode === 'stacked' ? Math.min(valueLength, base) : 0;
      const visible = Math.min(length, valueLength - start);
      const across = c * band + offset + (mode === 'grouped' && seriesCount > 1 ? s * thickness : 0);
      if (mode === 'stacked') base += length;
      if (visible <= 0) continue;
      rects.push(
        vertical
          ? { category: c, series: s, value: values[s], drawn, x: round(plot.x + across), y: round(plot.y + valueLength - start - visible), width: round(thickness), height: round(visible) }
          : { category: c, series: s, value: values[s], drawn, x: round(plot.x + start), y: round(plot.y + across), width: round(visible), height: round(thickness) },
      );
    }
  }
  return rects;
}

/** The centre of category `index` along the category axis (for its label). */
export function bandCentre(index: number, categories: number, length: number, start: number): number {
  const band = categories > 0 ? length / categories : length;
  return round(start + band * index + band / 2);
}

/** The largest stacked total or single value, the natural top of a bar chart's value axis. */
export function barDataMax(data: readonly (readonly (number | null | undefined)[])[], mode: BarMode): number {
  const clean = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);
  const categories = Math.max(0, ...data.map((s) => s.length));
  let max = 0;
  for (let c = 0; c < categories; c++) {
    const values = data.map((s) => clean(s[c]));
    max = Math.max(max, mode === 'stacked' ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values));
  }
  return max;
}

/**
 * A label cut to `max` characters with an ellipsis (SVG text does not wrap). A count in brackets at
 * the end, "Fleksjob (12)", is kept whole: the name is cut instead.
 */
export function truncateLabel(label: string, max: number): string {
  const text = label.trim();
  if (text.length <= max) return text;
  const count = /\s\(\d+\)$/.exec(text)?.[0] ?? '';
  const head = text.slice(0, text.length - count.length);
  return `${head.slice(0, Math.max(1, max - count.length - 1)).trimEnd()}…${count}`;
}

/** One row of the "used against ceiling" chart. */
export interface UsageRow {
  /** E.g. the agreement: tender, lot and supplier (already translated). */
  label: string;
  /** A second line under the label, e.g. the municipality. */
  detail?: string;
  used: number;
  granted: number;
  /** Null: the agreement has no ceiling. */
  ceiling: number | null;
}

export interface UsageBar {
  /** Fractions of the bar's full length, in [0, 1]. */
  used: number;
  granted: number;
  ceiling: number | null;
  /** Used hours as a share of the ceiling; null without a ceiling. */
  shareOfCeiling: number | null;
  overCeiling: boolean;
  /** Granted (reserved) hours beyond the ceiling. */
  grantedOverCeiling: boolean;
}

/**
 * A horizontal "used against ceiling" bar: the scale runs to the largest of ceiling, granted and
 * used, so an overrun shows past the ceiling mark instead of being cut off.
 */
export function usageBar(used: number, granted: number, ceiling: number | null): UsageBar {
  const u = Math.max(0, Number(used) || 0);
  const g = Math.max(0, Number(granted) || 0);
  const c = ceiling === null || ceiling === undefined || !Number.isFinite(ceiling) || ceiling <= 0 ? null : ceiling;
  const full = Math.max(c ?? 0, u, g, 1e-9);
  return {
    used: u / full,
    granted: g / full,
    ceiling: c === null ? null : c / full,
    shareOfCeiling: c === null ? null : u / c,
    overCeiling: c !== null && u > c,
    grantedOverCeiling: c !== null && g > c,
  };
}

/** One line or one set of bars: its legend name (already translated) and a value per category. */
export interface ChartSeries {
  name: string;
  values: readonly (number | null)[];
  /** A CSS colour; by default the palette's colour for the series' position. */
  color?: string;
}

/**
 * Colours that keep at least 3:1 contrast against white and differ for common colour blindness; lines
 * also differ by dash pattern and the legend and table carry the names, so colour is never alone.
 */
export const CHART_COLORS = ['#004b87', '#c25e00', '#1d7a3a', '#7b3fa0', '#b42318', '#4f5b67'] as const;
export const CHART_DASHES = ['', '7 4', '2 4', '10 4 2 4', '4 2', '1 3'] as const;

export function seriesColor(series: Pick<ChartSeries, 'color'>, index: number): string {
  return series.color ?? CHART_COLORS[index % CHART_COLORS.length];
}

export function seriesDash(index: number): string {
  return CHART_DASHES[index % CHART_DASHES.length];
}

/** Every k-th label so that at most `max` show along an axis (always the first one). */
export function labelStep(count: number, max: number): number {
  return count <= max || max <= 0 ? 1 : Math.ceil(count / max);
}
