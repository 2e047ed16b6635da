import type { Municipality } from '@mentor/contracts';
import { filterMunicipalities, regionsOf } from './municipality-filter';

const list: Municipality[] = [
  { code: '0167', name: 'Hvidovre', region: 'Region Hovedstaden' },
  { code: '0165', name: 'Albertslund', region: 'Region Hovedstaden' },
  { code: '0851', name: 'Aalborg', region: 'Region Nordjylland' },
  { code: '0259', name: 'Køge', region: 'Region Sjælland' },
];

describe('filterMunicipalities', () => {
  it('returns everything, sorted the Danish way, without a filter', () => {
    // In Danish "Aa" sorts as "Å", after "Ø".
    expect(filterMunicipalities(list, { text: '', region: '' }).map((m) => m.name)).toEqual([
      'Albertslund',
      'Hvidovre',
      'Køge',
      'Aalborg',
    ]);
  });

  it('matches name case-insensitively and code by substring', () => {
    expect(filterMunicipalities(list, { text: 'KØ', region: '' }).map((m) => m.code)).toEqual(['0259']);
    expect(filterMunicipalities(list, { text: '016', region: '' }).map((m) => m.code)).toEqual(['0165', '0167']);
  });

  it('narrows to a region and combines with text', () => {
    expect(filterMunicipalities(list, { text: '', region: 'Region Hovedstaden' })).toHaveLength(2);
    expect(filterMunicipalities(list, { text: 'hvid', region: 'Region Nordjylland' })).toEqual([]);
  });

  it('lists the distinct regions', () => {
    expect(regionsOf(list)).toEqual(['Region Hovedstaden', 'Region Nordjylland', 'Region Sjælland']);
  });
});
