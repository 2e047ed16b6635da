import { Municipality, REGIONS } from '@mentor/contracts';

/**
 * Where a supplier works: whole regions (which also cover municipalities merged or added later)
 * and single municipalities outside them. A municipality inside a whole region is never listed
 * on its own, so the two lists never overlap.
 */
export interface ServedArea {
  readonly regions: readonly string[];
  readonly municipalities: readonly string[];
}

export const EMPTY_AREA: ServedArea = { regions: [], municipalities: [] };

export interface RegionGroup {
  region: string;
  municipalities: Municipality[];
}

/** Municipalities grouped by region, regions in the official order, names alphabetical (Danish). */
export function groupByRegion(all: readonly Municipality[]): RegionGroup[] {
  const order = (region: string) => {
    const i = (REGIONS as readonly string[]).indexOf(region);
    return i < 0 ? REGIONS.length : i;
  };
  const regions = [...new Set(all.map((m) => m.region))].sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'da'));
  return regions.map((region) => ({
    region,
    municipalities: all.filter((m) => m.region === region).sort((a, b) => a.name.localeCompare(b.name, 'da')),
  }));
}

export function isServed(area: ServedArea, municipality: Municipality): boolean {
  return area.regions.includes(municipality.region) || area.municipalities.includes(municipality.code);
}

/** Turns a whole region on (dropping its single municipalities, now implied) or off (nothing left of it). */
export function toggleRegion(area: ServedArea, region: string, all: readonly Municipality[], on: boolean): ServedArea {
  const inRegion = new Set(all.filter((m) => m.region === region).map((m) => m.code));
  return {
    regions: on ? unique([...area.regions, region]) : area.regions.filter((r) => r !== region),
    municipalities: area.municipalities.filter((code) => !inRegion.has(code)),
  };
}

/**
 * Selects or deselects one municipality. Deselecting one inside a whole region turns the region
 * into its other municipalities, listed one by one.
 */
export function toggleMunicipality(area: ServedArea, municipality: Municipality, all: readonly Municipality[], on: boolean): ServedArea {
  if (on) {
    if (isServed(area, municipality)) return area;
    return { ...area, municipalities: [...area.municipalities, municipality.code] };
  }
  if (area.regions.includes(municipality.region)) {
    const rest = all.filter((m) => m.region === municipality.region && m.code !== municipality.code).map((m) => m.code);
    return {
      regions: area.regions.filter((r) => r !== municipality.region),
      municipalities: unique([...area.municipalities, ...rest]),
    };
  }
  return { ...area, municipalities: area.municipalities.filter((code) => code !== municipality.code) };
}

/** How many of a region's municipalities are served, and whether the whole region is. */
export function regionSummary(area: ServedArea, group: RegionGroup): { whole: boolean; selected: number; total: number } {
  const whole = area.regions.includes(group.region);
  return {
    whole,
    selected: whole ? group.municipalities.length : group.municipalities.filter((m) => area.municipalities.includes(m.code)).length,
    total: group.municipalities.length,
  };
}

export function isEmptyArea(area: ServedArea): boolean {
  return area.regions.length === 0 && area.municipalities.length === 0;
}

/** The request fields: `municipalitiesServed` lists the single municipalities, `regionsServed` the whole regions. */
export function toServedPayload(area: ServedArea): { municipalitiesServed: string[]; regionsServed: string[] } {
  return { municipalitiesServed: [...area.municipalities].sort(), regionsServed: [...area.regions] };
}

/** Reads a supplier's served area back, dropping municipalities that its whole regions cover. */
export function fromServed(municipalitiesServed: readonly string[], regionsServed: readonly string[], all: readonly Municipality[]): ServedArea {
  const regionOf = new Map(all.map((m) => [m.code, m.region]));
  return {
    regions: unique(regionsServed),
    municipalities: unique(municipalitiesServed).filter((code) => !regionsServed.includes(regionOf.get(code) ?? '')),
  };
}

/** Names of what is served, for a read-only profile: "Region Hovedstaden (hele regionen)", then municipalities. */
export function servedNames(area: ServedArea, all: readonly Municipality[]): { regions: string[]; municipalities: string[] } {
  const byCode = new Map(all.map((m) => [m.code, m.name]));
  return {
    regions: [...area.regions],
    municipalities: area.municipalities.map((code) => byCode.get(code) ?? code).sort((a, b) => a.localeCompare(b, 'da')),
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
