import {
  axisTicks,
  bandCentre,
  barDataMax,
  barRects,
  domainMax,
  gridLines,
  labelStep,
  linePath,
  niceMax,
  plotArea,
  pointX,
  scaleLinear,
  seriesColor,
  seriesDash,
  seriesPoints,
  shares,
  ticks,
  truncateLabel,
  usageBar,
} from './chart-scale';

const plot = { x: 10, y: 0, width: 100, height: 50 };

describe('scales and ticks', () => {
  it('computes the plot inside the margins, never negative', () => {
    expect(plotArea(640, 260, { top: 10, right: 20, bottom: 30, left: 40 })).toEqual({ x: 40, y: 10, width: 580, height: 220 });
    expect(plotArea(10, 10, { top: 10, right: 20, bottom: 30, left: 40 })).toEqual({ x: 40, y: 10, width: 0, height: 0 });
  });

  it.each([
    [0, 1],
    [-3, 1],
    [Number.NaN, 1],
    [0.3, 0.5],
    [0.07, 0.1],
    [1, 1],
    [3, 5],
    [12, 20],
    [21, 25],
    [240, 250],
    [251, 500],
    [999, 1000],
  ])('rounds %p up to the nice maximum %p', (value, nice) => {
    expect(niceMax(value)).toBe(nice);
  });

  it('keeps shares on a 0–100 % axis unless a value exceeds 1', () => {
    expect(domainMax([0.2, null, 0.4], 'percent')).toBe(1);
    expect(domainMax([], 'percent')).toBe(1);
    expect(domainMax([1.3], 'percent')).toBe(2);
    expect(domainMax([17, undefined, 3], 'number')).toBe(20);
    expect(domainMax([null], 'number')).toBe(1);
  });

  it('divides the axis into equal steps', () => {
    expect(ticks(1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(ticks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(ticks(0)).toEqual([0]);
  });

  it('gives counts whole ticks only', () => {
    expect(axisTicks(1, false)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(axisTicks(1, true)).toEqual([0, 1]);
    expect(axisTicks(2.5, true)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(5, true)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(axisTicks(10, true)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(axisTicks(20, true)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(0, true)).toEqual([0, 1]);
  });

  it('maps a domain linearly, also reversed for the upward y axis', () => {
    const y = scaleLinear(0, 1, 100, 0);
    expect(y(0)).toBe(100);
    expect(y(0.25)).toBe(75);
    expect(y(1)).toBe(0);
    expect(scaleLinear(5, 5, 3, 9)(7)).toBe(3);
  });

  it('draws a gridline per tick, labelled left of an upward axis or beneath a rightward one', () => {
    const at = (v: number) => v * 10;
    const label = (v: number) => `${v} t`;
    expect(gridLines([0, 5], at, plot, 'vertical', label)).toEqual([
      { value: 0, label: '0 t', x1: 10, y1: 0, x2: 110, y2: 0, labelX: 4, labelY: 4, anchor: 'end' },
      { value: 5, label: '5 t', x1: 10, y1: 50, x2: 110, y2: 50, labelX: 4, labelY: 54, anchor: 'end' },
    ]);
    expect(gridLines([2], at, plot, 'horizontal', label)).toEqual([{ value: 2, label: '2 t', x1: 20, y1: 0, x2: 20, y2: 50, labelX: 20, labelY: 66, anchor: 'middle' }]);
  });
});

describe('lines', () => {
  it('spaces points evenly and centres a single one', () => {
    expect([0, 1, 2].map((i) => pointX(i, 3, plot))).toEqual([10, 60, 110]);
    expect(pointX(0, 1, plot)).toBe(60);
  });

  it('scales values bottom-up and keeps missing ones as gaps', () => {
    expect(seriesPoints([0, null, 1, 0.5], 1, { x: 0, y: 0, width: 30, height: 100 })).toEqual([
      { x: 0, y: 100 },
      null,
      { x: 20, y: 0 },
      { x: 30, y: 50 },
    ]);
  });

  it('breaks the path at gaps and leaves lone points to the markers', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5, y: 20 }, null, { x: 15, y: 5 }, null, { x: 25, y: 1 }, { x: 30.123, y: 2 }])).toBe(
      'M0 10 L5 20 M25 1 L30.12 2',
    );
    expect(linePath([null, { x: 1, y: 1 }, null])).toBe('');
    expect(linePath([])).toBe('');
  });
});

describe('bars', () => {
  it('computes shares, all zero for an empty total', () => {
    expect(shares([1, 3])).toEqual([0.25, 0.75]);
    expect(shares([0, 0])).toEqual([0, 0]);
    expect(shares([-2, 2])).toEqual([0, 1]);
  });

  it('lays out grouped vertical bars side by side from the bottom', () => {
    const rects = barRects(
      [
        [10, 5],
        [20, 0],
      ],
      { mode: 'grouped', orientation: 'vertical', plot: { x: 0, y: 0, width: 100, height: 40 }, max: 20 },
    );
    // band 50, offset 6, thickness 19; the zero bar is left out.
    expect(rects).toEqual([
      { category: 0, series: 0, value: 10, drawn: 10, x: 6, y: 20, width: 19, height: 20 },
      { category: 0, series: 1, value: 20, drawn: 20, x: 25, y: 0, width: 19, height: 40 },
      { category: 1, series: 0, value: 5, drawn: 5, x: 56, y: 30, width: 19, height: 10 },
    ]);
  });

  it('stacks bars on each other and normalises them to 100 % bars', () => {
    const stacked = barRects([[1], [3]], { mode: 'stacked', orientation: 'vertical', plot: { x: 0, y: 0, width: 10, height: 40 }, max: 4 });
    expect(stacked.map((r) => [r.y, r.height])).toEqual([
      [30, 10],
      [0, 30],
    ]);
    const normalised = barRects([[1], [3]], { mode: 'stacked', orientation: 'horizontal', plot: { x: 0, y: 0, width: 100, height: 10 }, max: 99, normalise: true });
    expect(normalised.map((r) => [r.x, r.width, r.value, r.drawn])).toEqual([
      [0, 25, 1, 0.25],
      [25, 75, 3, 0.75],
    ]);
    expect(normalised[0]).toMatchObject({ y: 2, height: 6 });
  });

  it('cuts bars at the end of the axis and ignores negative or missing values', () => {
    const rects = barRects([[30, -1, null]], { mode: 'grouped', orientation: 'horizontal', plot: { x: 5, y: 0, width: 100, height: 30 }, max: 20 });
    expect(rects).toHaveLength(1);
    expect(rects[0]).toMatchObject({ x: 5, width: 100 });
  });

  it('finds the value axis maximum: the largest stack or bar', () => {
    const data = [
      [1, 4],
      [2, 1],
    ];
    expect(barDataMax(data, 'stacked')).toBe(5);
    expect(barDataMax(data, 'grouped')).toBe(4);
    expect(barDataMax([], 'grouped')).toBe(0);
  });

  it('centres category labels in their bands', () => {
    expect(bandCentre(0, 4, 100, 10)).toBe(22.5);
    expect(bandCentre(3, 4, 100, 10)).toBe(97.5);
  });
});

describe('usage against ceiling', () => {
  it('scales to the ceiling when within it', () => {
    expect(usageBar(50, 80, 200)).toEqual({ used: 0.25, granted: 0.4, ceiling: 1, shareOfCeiling: 0.25, overCeiling: false, grantedOverCeiling: false });
  });

  it('shows an overrun past the ceiling mark', () => {
    const bar = usageBar(300, 250, 200);
    expect(bar.used).toBe(1);
    expect(bar.ceiling).toBeCloseTo(2 / 3);
    expect(bar.shareOfCeiling).toBe(1.5);
    expect(bar.overCeiling).toBe(true);
    expect(bar.grantedOverCeiling).toBe(true);
  });

  it('works without a ceiling and with nothing used', () => {
    expect(usageBar(10, 40, null)).toMatchObject({ used: 0.25, granted: 1, ceiling: null, shareOfCeiling: null, overCeiling: false });
    expect(usageBar(0, 0, 0)).toMatchObject({ used: 0, granted: 0, ceiling: null });
  });
});

describe('labels and styles', () => {
  it('truncates long labels with an ellipsis', () => {
    expect(truncateLabel('Fleksjob', 10)).toBe('Fleksjob');
    expect(truncateLabel('Aktivitetsparate kontanthjælpsmodtagere', 12)).toBe('Aktivitetsp…');
    expect(truncateLabel('  Jobparate  ', 20)).toBe('Jobparate');
    expect(truncateLabel('Aktivitetsparate kontanthjælpsmodtagere (12)', 20)).toBe('Aktivitetspara… (12)');
  });

  it('thins axis labels to at most the given number', () => {
    expect(labelStep(6, 8)).toBe(1);
    expect(labelStep(12, 8)).toBe(2);
    expect(labelStep(25, 8)).toBe(4);
  });

  it('uses the palette unless a series brings its own colour, and varies dashes', () => {
    expect(seriesColor({}, 0)).toBe('#004b87');
    expect(seriesColor({}, 6)).toBe('#004b87');
    expect(seriesColor({ color: 'red' }, 1)).toBe('red');
    expect(seriesDash(0)).toBe('');
    expect(seriesDash(1)).not.toBe('');
  });
});
