import { findPostcode, greatCircleKm, postcodeIndex } from '../postcodes.util';

describe('findPostcode', () => {
  it.each([
    ['2650', 'Hvidovre'],
    ['8000', 'Aarhus C'],
    ['5000', 'Odense C'],
    ['9000', 'Aalborg'],
    ['1050', 'København K'],
    ['2500', 'Valby'],
    ['0800', 'Høje Taastrup'],
  ])('knows %s %s', (postcode, town) => {
    expect(findPostcode(postcode)).toMatchObject({ postcode, name: town });
  });

  it.each([['0000'], ['9999'], ['1234'], ['26500'], ['265'], ['abcd'], ['']])('does not know %p', (postcode) => {
    expect(findPostcode(postcode)).toBeUndefined();
  });

  // Lookups are exact: the API's DTOs trim what users type before they look it up.
  it.each([[' 2650'], ['2650 '], ['26 50'], ['\t8000\n']])('does not read %p as a postcode', (postcode) => {
    expect(findPostcode(postcode)).toBeUndefined();
  });

  it('reads every row of the shipped list, with coordinates inside Denmark', () => {
    const rows = [...postcodeIndex().values()];
    expect(rows.length).toBeGreaterThan(1000);
    for (const row of rows) {
      expect(row.lat).toBeGreaterThan(54.5);
      expect(row.lat).toBeLessThan(57.8);
      expect(row.lon).toBeGreaterThan(8);
      expect(row.lon).toBeLessThan(15.3);
    }
  });
});

describe('greatCircleKm', () => {
  const at = (postcode: string) => findPostcode(postcode)!;

  // Expected values computed apart from the haversine code under test, with the spherical law of
  // cosines on the same mean Earth radius (6371.0088 km) and the coordinates of postcodes.csv.
  it.each([
    ['2650', '8000', 152.522], // Hvidovre – Aarhus C
    ['2650', '5000', 132.912], // Hvidovre – Odense C
    ['8000', '9000', 101.302], // Aarhus C – Aalborg
    ['1050', '9000', 225.928], // København K – Aalborg
    ['1050', '2650', 9.806], // København K – Hvidovre
    ['2650', '2500', 3.889], // Hvidovre – Valby
  ])('%s – %s is %p km', (from, to, km) => {
    expect(Math.abs(greatCircleKm(at(from), at(to)) - km)).toBeLessThan(0.05);
  });

  it('puts Hvidovre and Aarhus C 150–160 km apart, as a map does', () => {
    const km = greatCircleKm(at('2650'), at('8000'));
    expect(km).toBeGreaterThan(150);
    expect(km).toBeLessThan(160);
  });

  it('is zero from a place to itself, and between postcodes that share a centroid', () => {
    expect(greatCircleKm(at('2650'), at('2650'))).toBe(0);
    expect(greatCircleKm(at('1050'), at('1051'))).toBe(0);
  });

  it.each([
    ['2650', '8000'],
    ['5000', '9000'],
    ['1050', '2500'],
  ])('is the same from %s to %s as back', (a, b) => {
    expect(greatCircleKm(at(a), at(b))).toBeCloseTo(greatCircleKm(at(b), at(a)), 9);
  });

  it('is about 111.2 km per degree of latitude along a meridian', () => {
    expect(greatCircleKm({ lat: 55, lon: 12 }, { lat: 56, lon: 12 })).toBeCloseTo(111.195, 2);
  });
});
