import {
  mentorSearchFromQuery,
  mentorSearchToQuery,
  searchParams,
  supplierSearchFromQuery,
  supplierSearchToQuery,
  switchTabQuery,
  tabFromQuery,
} from './search-query';

describe('mentor search ↔ URL query', () => {
  it('reads every filter of a bookmarked search', () => {
    expect(
      mentorSearchFromQuery({
        q: ' Ahmed ',
        competence: 'youth_crime',
        minLevel: '2',
        language: 'ar',
        region: 'Region Hovedstaden',
        municipality: '0167',
        freeCapacity: '5',
        certificate: 'child_certificate',
        near: '2650',
        radiusKm: '15',
        sort: 'distance',
        page: '3',
      }),
    ).toEqual({
      q: 'Ahmed',
      competence: 'youth_crime',
      minLevel: 2,
      language: 'ar',
      region: 'Region Hovedstaden',
      municipality: '0167',
      freeCapacity: 5,
      certificate: 'child_certificate',
      near: '2650',
      radiusKm: 15,
      sort: 'distance',
      page: 3,
    });
  });

  it('drops values that are not allowed instead of sending them on', () => {
    expect(
      mentorSearchFromQuery({
        competence: 'astrology',
        minLevel: '9',
        language: 'xx',
        freeCapacity: '-1',
        supplierId: 'abc',
        certificate: 'driving_licence',
        near: '26500',
        radiusKm: '10',
        sort: 'price',
        page: 'two',
        includeInactive: 'no',
      }),
    ).toEqual({});
  });

  it('keeps free capacity within what a mentor can offer, and only real supplier ids', () => {
    expect(mentorSearchFromQuery({ freeCapacity: '60' })).toEqual({ freeCapacity: 60 });
    expect(mentorSearchFromQuery({ freeCapacity: '61' })).toEqual({});
    expect(mentorSearchFromQuery({ freeCapacity: '100' })).toEqual({});
    expect(mentorSearchFromQuery({ supplierId: '0B1C3A52-7E41-4F0A-9C55-2D6E8F9A1B2C' })).toEqual({ supplierId: '0b1c3a52-7e41-4f0a-9c55-2d6e8f9a1b2c' });
    expect(mentorSearchFromQuery({ supplierId: '0b1c3a52-7e41-4f0a-9c55-2d6e8f9a1b2' })).toEqual({});
  });

  it('drops dependent filters without what they depend on', () => {
    expect(mentorSearchFromQuery({ minLevel: '2', radiusKm: '10', sort: 'distance' })).toEqual({});
    expect(mentorSearchFromQuery({ competence: 'family', minLevel: '2' })).toEqual({ competence: 'family', minLevel: 2 });
  });

  it('takes the first of repeated parameters', () => {
    expect(mentorSearchFromQuery({ language: ['da', 'ar'] })).toEqual({ language: 'da' });
  });

  it('writes only what is set, leaving page 1 out, and round-trips', () => {
    const query = mentorSearchToQuery({ q: '', competence: 'family', minLevel: 3, page: 1, includeInactive: false, near: '2650', radiusKm: 20 });
    expect(query).toEqual({ competence: 'family', minLevel: '3', near: '2650', radiusKm: '20' });
    expect(mentorSearchToQuery(mentorSearchFromQuery(query))).toEqual(query);
    expect(mentorSearchToQuery({ includeInactive: true, page: 2 })).toEqual({ includeInactive: 'true', page: '2' });
  });
});

describe('supplier search ↔ URL query', () => {
  it('reads and writes the supplier filters', () => {
    const search = supplierSearchFromQuery({ organisationType: 'self_employed', sort: '-capacity', competence: 'family', minLevel: '1', freeCapacity: '3' });
    expect(search).toEqual({ organisationType: 'self_employed', sort: '-capacity', competence: 'family', minLevel: 1 });
    expect(supplierSearchToQuery(search)).toEqual({ organisationType: 'self_employed', sort: '-capacity', competence: 'family', minLevel: '1' });
    expect(supplierSearchFromQuery({ organisationType: 'bank', sort: 'distance' })).toEqual({});
  });
});

describe('tabs', () => {
  it('reads the tab, mentors by default', () => {
    expect(tabFromQuery({})).toBe('mentors');
    expect(tabFromQuery({ tab: 'suppliers' })).toBe('suppliers');
    expect(tabFromQuery({ tab: 'other' })).toBe('mentors');
  });

  it('keeps the shared filters when switching tab and drops sort, page and mentor-only ones', () => {
    const params = { competence: 'family', minLevel: '2', language: 'ar', near: '2650', sort: 'distance', page: '4' };
    expect(switchTabQuery(params, 'suppliers')).toEqual({ tab: 'suppliers', competence: 'family', minLevel: '2', language: 'ar' });
    expect(switchTabQuery({ tab: 'suppliers', q: 'nord', organisationType: 'company' }, 'mentors')).toEqual({ q: 'nord' });
  });
});

describe('searchParams', () => {
  it('gives the API strings and leaves empty values out', () => {
    expect(searchParams({ q: '', minLevel: 2, includeInactive: true, near: undefined, freeCapacity: 0 })).toEqual({
      minLevel: '2',
      includeInactive: 'true',
      freeCapacity: '0',
    });
  });
});
