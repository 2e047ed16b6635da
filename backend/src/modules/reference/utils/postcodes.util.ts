import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Postcode } from '@mentor/contracts';

const FILE = join(__dirname, '../../../core/database/seed/data/postcodes.csv');

export interface PostcodeRow extends Postcode {
  largeRecipient: boolean;
}

let index: Map<string, PostcodeRow> | undefined;

/** Every Danish postcode from the shipped data (see seed/data/README.md), read once. */
export function postcodeIndex(): Map<string, PostcodeRow> {
  if (!index) {
    const [header, ...lines] = readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
    if (header !== 'postcode,name,large_recipient,lat,lon') throw new Error(`${FILE}: unexpected header "${header}"`);
    index = new Map(
      lines.map((line, i) => {
        const [postcode, name, large, lat, lon] = line.split(',');
        if (!/^\d{4}$/.test(postcode) || !name || Number.isNaN(Number(lat)) || Number.isNaN(Number(lon))) throw new Error(`${FILE}:${i + 2}: not a postcode row: "${line}"`);
        return [postcode, { postcode, name, largeRecipient: large === 'true', lat: Number(lat), lon: Number(lon) }];
      }),
    );
  }
  return index;
}

export function findPostcode(postcode: string): PostcodeRow | undefined {
  return postcodeIndex().get(postcode);
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in km between two points given in degrees. */
export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The same distance in SQL, for filters and sorting in the database: `$lat`/`$lon` are the
 * parameter names of the origin, `p` the alias of a joined postcode row.
 */
export function greatCircleSql(alias: string, latParam: string, lonParam: string): string {
  return `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(power(sin(radians(${alias}.lat - :${latParam}) / 2), 2) + cos(radians(:${latParam})) * cos(radians(${alias}.lat)) * power(sin(radians(${alias}.lon - :${lonParam}) / 2), 2)))))`;
}
