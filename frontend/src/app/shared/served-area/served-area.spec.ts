import { Municipality } from '@mentor/contracts';
import {
  EMPTY_AREA,
  fromServed,
  groupByRegion,
  isEmptyArea,
  isServed,
  regionSummary,
  toServedPayload,
  toggleMunicipality,
  toggleRegion,
} from './served-area';

const m = (code: string, name: string, region: string): Municipality => ({ code, name, region });
const HVIDOVRE = m('0167', 'Hvidovre', 'Region Hovedstaden');
const ALBERTSLUND = m('0165', 'Albertslund', 'Region Hovedstaden');
const KOBENHAVN = m('0101', 'København', 'Region Hovedstaden');
const ROSKILDE = m('0265', 'Roskilde', 'Region Sjælland');
const AARHUS = m('0751', 'Aarhus', 'Region Midtjylland');
const ALL = [AARHUS, ROSKILDE, HVIDOVRE, KOBENHAVN, ALBERTSLUND];

describe('groupByRegion', () => {
  it('orders regions officially and municipalities alphabetically', () => {
    expect(groupByRegion(ALL).map((g) => [g.region, g.municipalities.map((x) => x.name)])).toEqual([
      ['Region Hovedstaden', ['Albertslund', 'Hvidovre', 'København']],
      ['Region Sjælland', ['Roskilde']],
      ['Region Midtjylland', ['Aarhus']],
    ]);
  });
});

describe('served area selection', () => {
  it('selects single municipalities', () => {
    const area = toggleMunicipality(EMPTY_AREA, HVIDOVRE, ALL, true);
    expect(area).toEqual({ regions: [], municipalities: ['0167'] });
    expect(isServed(area, HVIDOVRE)).toBe(true);
    expect(isServed(area, ALBERTSLUND)).toBe(false);
    expect(toggleMunicipality(area, HVIDOVRE, ALL, false)).toEqual(EMPTY_AREA);
  });

  it('a whole region replaces its single municipalities and covers all of them', () => {
    let area = toggleMunicipality(EMPTY_AREA, HVIDOVRE, ALL, true);
    area = toggleMunicipality(area, ROSKILDE, ALL, true);
    area = toggleRegion(area, 'Region Hovedstaden', ALL, true);
    expect(area).toEqual({ regions: ['Region Hovedstaden'], municipalities: ['0265'] });
    expect(ALL.filter((x) => isServed(area, x)).map((x) => x.code).sort()).toEqual(['0101', '0165', '0167', '0265']);
    expect(toServedPayload(area)).toEqual({ municipalitiesServed: ['0265'], regionsServed: ['Region Hovedstaden'] });
  });

  it('deselecting one municipality of a whole region keeps the others, one by one', () => {
    const area = toggleMunicipality(toggleRegion(EMPTY_AREA, 'Region Hovedstaden', ALL, true), HVIDOVRE, ALL, false);
    expect(area.regions).toEqual([]);
    expect([...area.municipalities].sort()).toEqual(['0101', '0165']);
  });

  it('turning a region off removes all of it', () => {
    const area = toggleRegion(toggleMunicipality(EMPTY_AREA, KOBENHAVN, ALL, true), 'Region Hovedstaden', ALL, false);
    expect(isEmptyArea(area)).toBe(true);
  });

  it('summarises a region', () => {
    const groups = groupByRegion(ALL);
    const area = toggleMunicipality(EMPTY_AREA, HVIDOVRE, ALL, true);
    expect(regionSummary(area, groups[0])).toEqual({ whole: false, selected: 1, total: 3 });
    expect(regionSummary(toggleRegion(area, 'Region Hovedstaden', ALL, true), groups[0])).toEqual({ whole: true, selected: 3, total: 3 });
  });

  it('reads a supplier back without municipalities its regions already cover', () => {
    expect(fromServed(['0167', '0265'], ['Region Hovedstaden'], ALL)).toEqual({ regions: ['Region Hovedstaden'], municipalities: ['0265'] });
  });
});
