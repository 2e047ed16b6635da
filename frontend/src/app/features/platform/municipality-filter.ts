import type { Municipality } from '@mentor/contracts';

export interface MunicipalityFilter {
  text: string;
  region: string;
}

/** Case- and accent-insensitive match on name or code, optionally within one region; sorted by name. */
export function filterMunicipalities(all: readonly Municipality[], filter: MunicipalityFilter): Municipality[] {
  const needle = normalise(filter.text.trim());
  return all
    .filter((m) => !filter.region || m.region === filter.region)
    .filter((m) => !needle || normalise(m.name).includes(needle) || m.code.includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** The regions present in the list, in Danish alphabetical order. */
export function regionsOf(all: readonly Municipality[]): string[] {
  return [...new Set(all.map((m) => m.region))].sort((a, b) => a.localeCompare(b, 'da'));
}

function normalise(value: string): string {
  return value.toLocaleLowerCase('da');
}
