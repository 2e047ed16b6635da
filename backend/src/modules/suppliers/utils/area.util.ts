import { readMunicipalities } from '../../../core/database/seed/reference-data.seeder';

let byCode: Map<string, string> | undefined;
let byRegion: Map<string, string[]> | undefined;

function load() {
  if (!byCode || !byRegion) {
    const all = readMunicipalities();
    byCode = new Map(all.map((m) => [m.code, m.region]));
    byRegion = new Map();
    for (const m of all) byRegion.set(m.region, [...(byRegion.get(m.region) ?? []), m.code]);
  }
  return { byCode, byRegion };
}

export function regionOfMunicipality(code: string): string | undefined {
  return load().byCode.get(code);
}

export function municipalitiesOfRegion(region: string): string[] {
  return load().byRegion.get(region) ?? [];
}
