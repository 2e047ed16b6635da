import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { EntityManager } from 'typeorm';

import { COMPETENCES, REGIONS } from '@mentor/contracts';

import { CompetenceEntity } from '../../../modules/reference/entities/competence.entity';
import { MunicipalityEntity } from '../../../modules/reference/entities/municipality.entity';
import { PostcodeEntity } from '../../../modules/reference/entities/postcode.entity';
import { postcodeIndex } from '../../../modules/reference/utils/postcodes.util';

/** Parses the shipped municipality list (see data/README.md for its provenance). */
export function readMunicipalities(file = join(__dirname, 'data', 'municipalities.csv')): MunicipalityEntity[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  if (header !== 'code,name,region') throw new Error(`${file}: unexpected header "${header}"`);
  return lines.map((line, i) => {
    const [code, name, region] = line.split(',');
    if (!/^\d{4}$/.test(code) || !name || !(REGIONS as readonly string[]).includes(region)) {
      throw new Error(`${file}:${i + 2}: not a municipality row: "${line}"`);
    }
    return Object.assign(new MunicipalityEntity(), { code, name, region });
  });
}

/**
 * Reference data every installation needs (municipalities, competences, postcodes), production included: inserts what is missing and
 * updates labels, so a new competence in @mentor/contracts reaches the database on the next start.
 */
export async function seedReferenceData(manager: EntityManager): Promise<void> {
  await manager.upsert(MunicipalityEntity, readMunicipalities(), ['code']);
  await manager.upsert(
    CompetenceEntity,
    COMPETENCES.map((c, i) => ({ ...c, sortOrder: i + 1 })),
    ['code'],
  );
  const postcodes = [...postcodeIndex().values()].map(({ postcode, name, largeRecipient, lat, lon }) => ({ postcode, name, largeRecipient, lat, lon }));
  for (let i = 0; i < postcodes.length; i += 500) await manager.upsert(PostcodeEntity, postcodes.slice(i, i + 500), ['postcode']);
}
