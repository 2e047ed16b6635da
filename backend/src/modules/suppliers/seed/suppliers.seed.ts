import { EntityManager } from 'typeorm';

import { CompetenceLevel, Gender, OrganisationType } from '@mentor/contracts';

import { DemoSeedContext, DemoSeedStep } from '../../../core/database/seed/demo-data.seeder';
import { seededRandom } from '../../../core/database/seed/seed-random';
import { MentorCertificateEntity } from '../entities/mentor-certificate.entity';
import { MentorCompetenceEntity } from '../entities/mentor-competence.entity';
import { MentorEntity } from '../entities/mentor.entity';
import { SupplierEntity } from '../entities/supplier.entity';
import { competenceProfile } from '../mentors.service';
import { syncMatchColumns } from '../utils/match-columns.util';

interface DemoSupplier {
  key: string;
  cvrBase: string;
  name: string;
  address: string;
  postcode: string;
  organisationType: OrganisationType;
  municipalities: string[];
  regions: string[];
  description: string;
  /** Postcodes the mentors live in. */
  area: string[];
  profiles: string[];
  mentors: number;
}

/** Mentor archetypes: background text, competences with levels, usual languages. */
const PROFILES: Record<string, { background: string; competences: [string, CompetenceLevel][]; youth?: boolean }> = {
  police: { background: 'Tidligere politibetjent, mange år i SSP-samarbejdet og med unge i bandemiljøer', competences: [['youth_crime', 3], ['substance_abuse', 2], ['youth_education', 2]], youth: true },
  prison: { background: 'Tidligere fængselsbetjent i Kriminalforsorgen, arbejder med løsladte unge', competences: [['youth_crime', 3], ['housing_homelessness', 2], ['substance_abuse', 2]], youth: true },
  psychiatricNurse: { background: 'Sygeplejerske med 10 års erfaring fra distriktspsykiatrien', competences: [['psychiatric', 3], ['anxiety_stress', 3], ['physical_health', 2]] },
  psychologist: { background: 'Cand.psych., erfaring med angst, depression og stressramte ledige', competences: [['anxiety_stress', 3], ['psychiatric', 2], ['family', 2]] },
  socialWorker: { background: 'Socialrådgiver fra jobcenter og kommunal familieafdeling', competences: [['family', 3], ['debt_finance', 2], ['housing_homelessness', 2], ['youth_education', 1]] },
  addiction: { background: 'Misbrugsbehandler og tidligere gadeplansmedarbejder', competences: [['substance_abuse', 3], ['housing_homelessness', 2], ['psychiatric', 1]] },
  educator: { background: 'Pædagog med speciale i autisme og ADHD, har arbejdet på STU', competences: [['autism_adhd', 3], ['youth_education', 2], ['education_retention', 2]], youth: true },
  teacher: { background: 'Tidligere faglærer på erhvervsskole, studievejleder', competences: [['youth_education', 3], ['education_retention', 3], ['autism_adhd', 1]], youth: true },
  jobConsultant: { background: 'Virksomhedskonsulent med netværk i bygge- og servicebranchen', competences: [['job_retention', 3], ['physical_health', 1], ['debt_finance', 1]] },
  integration: { background: 'Integrationskonsulent, selv kommet til Danmark som flygtning', competences: [['refugee_integration', 3], ['family', 2], ['job_retention', 1]] },
  debtAdviser: { background: 'Gældsrådgiver fra frivillig rådgivning og boligsocial indsats', competences: [['debt_finance', 3], ['housing_homelessness', 2]] },
  physio: { background: 'Fysioterapeut, erfaring med kroniske smerter og sygemeldte', competences: [['physical_health', 3], ['anxiety_stress', 2], ['job_retention', 2]] },
};

const SUPPLIERS: DemoSupplier[] = [
  { key: 'nordmentor', cvrBase: '', name: 'Nord Mentor ApS', address: 'Hvidovrevej 80', postcode: '2650', organisationType: 'company', municipalities: [], regions: ['Region Hovedstaden'], description: 'Mentorer med baggrund i politi, psykiatri og misbrugsbehandling. Vi dækker hele Region Hovedstaden.', area: ['2650', '2500', '2600', '2620', '2630'], profiles: ['police', 'psychiatricNurse', 'addiction', 'police', 'socialWorker', 'psychologist'], mentors: 7 },
  { key: 'brobyg', cvrBase: '', name: 'Brobyg Mentorhus A/S', address: 'Stationstorvet 5', postcode: '2620', organisationType: 'company', municipalities: ['0165', '0167', '0153', '0183', '0187'], regions: [], description: 'Vestegnens mentorhus: unge, uddannelse og fastholdelse.', area: ['2620', '2600', '2635', '2640', '2650'], profiles: ['teacher', 'educator', 'prison', 'jobConsultant', 'integration'], mentors: 6 },
  { key: 'ungekraft', cvrBase: '3904115', name: 'Ungekraft ApS', address: 'Nørrebrogade 120', postcode: '2200', organisationType: 'company', municipalities: ['0101', '0147', '0167', '0165'], regions: [], description: 'Unge mellem kriminalitet og uddannelse. Flere af vores mentorer er tidligere politifolk.', area: ['2200', '2400', '2450', '2300'], profiles: ['police', 'prison', 'teacher', 'police'], mentors: 5 },
  { key: 'psykmentor', cvrBase: '4012331', name: 'Psykiatrimentor Danmark ApS', address: 'Amagerbrogade 30', postcode: '2300', organisationType: 'company', municipalities: [], regions: ['Region Hovedstaden', 'Region Sjælland'], description: 'Mentorstøtte efter psykiatrisk indlæggelse og ved angst og depression.', area: ['2300', '2770', '4000', '2100'], profiles: ['psychiatricNurse', 'psychologist', 'psychiatricNurse'], mentors: 5 },
  { key: 'broentiljob', cvrBase: '3766545', name: 'Broen til Job I/S', address: 'Roskildevej 10', postcode: '2630', organisationType: 'company', municipalities: ['0169', '0167', '0165', '0159', '0161'], regions: [], description: 'Virksomhedsnære mentorer og fastholdelse i job.', area: ['2630', '2640', '2605', '2610'], profiles: ['jobConsultant', 'physio', 'debtAdviser'], mentors: 4 },
  { key: 'kompas', cvrBase: '3590117', name: 'Kompas Mentorservice', address: 'Algade 12', postcode: '4000', organisationType: 'self_employed', municipalities: ['0265', '0253', '0269'], regions: [], description: 'Selvstændig mentor med erfaring fra misbrugsområdet.', area: ['4000', '4130'], profiles: ['addiction'], mentors: 2 },
  { key: 'vestegnen', cvrBase: '4233908', name: 'Vestegnens Mentorkorps', address: 'Brøndby Nord Vej 2', postcode: '2605', organisationType: 'company', municipalities: ['0153', '0165', '0167', '0183', '0187', '0175'], regions: [], description: 'Bredt mentorkorps til kontanthjælps- og ressourceforløbsmodtagere.', area: ['2605', '2660', '2670', '2650'], profiles: ['socialWorker', 'addiction', 'integration', 'debtAdviser', 'educator'], mentors: 6 },
  { key: 'trinfortrin', cvrBase: '3811220', name: 'Trin for Trin Mentor ApS', address: 'Lyngbyvej 200', postcode: '2800', organisationType: 'company', municipalities: ['0173', '0157', '0151', '0101'], regions: [], description: 'Struktur i hverdagen for unge med autisme og ADHD.', area: ['2800', '2900', '2820'], profiles: ['educator', 'teacher', 'educator'], mentors: 4 },
  { key: 'fremad', cvrBase: '2931559', name: 'Fremad Fastholdelse A/S', address: 'Industrivej 4', postcode: '2600', organisationType: 'retention_employer', municipalities: ['0169', '0167'], regions: [], description: 'Fastholdelsesmentorer på vores egne arbejdspladser.', area: ['2600', '2650'], profiles: ['jobConsultant', 'physio'], mentors: 3 },
  { key: 'kea', cvrBase: '3107725', name: 'Vestegnens Erhvervsskole – studiementorer', address: 'Skolevej 1', postcode: '2620', organisationType: 'education_institution', municipalities: ['0165', '0167', '0153'], regions: [], description: 'Studiementorer der fastholder elever i erhvervsuddannelse.', area: ['2620', '2650', '2605'], profiles: ['teacher', 'educator'], mentors: 3 },
  { key: 'nystart', cvrBase: '4101196', name: 'Ny Start Integration ApS', address: 'Tingbjerg Allé 8', postcode: '2700', organisationType: 'company', municipalities: ['0101', '0151', '0167', '0165'], regions: [], description: 'Flersprogede mentorer til flygtninge og indvandrere.', area: ['2700', '2720', '2610', '2650'], profiles: ['integration', 'integration', 'socialWorker', 'jobConsultant'], mentors: 5 },
  { key: 'sjaelland', cvrBase: '3677781', name: 'Sjællands Mentorhus', address: 'Torvet 3', postcode: '4100', organisationType: 'company', municipalities: [], regions: ['Region Sjælland'], description: 'Mentorer i hele Region Sjælland.', area: ['4100', '4200', '4700', '4300'], profiles: ['socialWorker', 'psychologist', 'addiction', 'prison'], mentors: 4 },
  { key: 'jysk', cvrBase: '3925840', name: 'Jysk Mentorcenter ApS', address: 'Søndergade 40', postcode: '8000', organisationType: 'company', municipalities: ['0751', '0741', '0727'], regions: [], description: 'Mentorstøtte i Østjylland.', area: ['8000', '8200', '8210', '8260'], profiles: ['police', 'psychiatricNurse', 'teacher', 'jobConsultant'], mentors: 4 },
  { key: 'nordjysk', cvrBase: '3401883', name: 'Nordjysk Mentorordning', address: 'Boulevarden 9', postcode: '9000', organisationType: 'company', municipalities: ['0851', '0813', '0860'], regions: [], description: 'Mentorer i Nordjylland.', area: ['9000', '9200', '9210'], profiles: ['addiction', 'socialWorker', 'educator'], mentors: 3 },
];

const FIRST = {
  female: ['Anne', 'Mette', 'Camilla', 'Sara', 'Fatima', 'Louise', 'Maria', 'Hanne', 'Julie', 'Aisha', 'Katrine', 'Signe', 'Birgitte', 'Nadia', 'Pernille'],
  male: ['Jens', 'Mikkel', 'Ali', 'Thomas', 'Kasper', 'Omar', 'Lars', 'Henrik', 'Mads', 'Ahmed', 'Søren', 'Rasmus', 'Peter', 'Jonas', 'Emre'],
};
const LAST = ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Hussein', 'Yilmaz', 'Madsen', 'Kristensen', 'Olsen', 'Khan', 'Thomsen', 'Poulsen'];
const EXTRA_LANGUAGES = ['en', 'ar', 'tr', 'so', 'ur', 'fa', 'pl', 'de', 'ku', 'ti'];

/** Completes 7 digits with the modulus-11 check digit; bases without one are not used. */
export function withCvrCheckDigit(base: string): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  const sum = [...base].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  const check = (11 - (sum % 11)) % 11;
  if (check === 10) throw new Error(`CVR base ${base} has no valid check digit; pick another.`);
  return base + check;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86400_000);

export const suppliersSeedStep: DemoSeedStep = {
  name: 'suppliers and mentors',
  async run(manager: EntityManager, context: DemoSeedContext) {
    const random = seededRandom(20261124);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    let mentorNo = 0;
    for (const spec of SUPPLIERS) {
      const profile = {
        address: spec.address,
        postcode: spec.postcode,
        email: `kontakt@${spec.key}.demo`,
        phone: `+45 ${String(30000000 + Math.floor(random() * 69999999)).replace(/(\d{2})(?=\d)/g, '$1 ')}`,
        organisationType: spec.organisationType,
        municipalitiesServed: spec.municipalities,
        regionsServed: spec.regions,
        description: spec.description,
      };
      let supplier = context.suppliers.get(spec.key);
      if (supplier) {
        await manager.update(SupplierEntity, { id: supplier.id }, profile);
        Object.assign(supplier, profile);
      } else {
        supplier = await manager.save(manager.create(SupplierEntity, { cvr: withCvrCheckDigit(spec.cvrBase), name: spec.name, ...profile }));
        context.suppliers.set(spec.key, supplier);
      }

      // The demo mentor account's mentor record is the supplier's first mentor.
      const existing = await manager.find(MentorEntity, { where: { supplierId: supplier.id } });
      for (let i = 0; i < spec.mentors; i++) {
        mentorNo++;
        const archetype = PROFILES[spec.profiles[i % spec.profiles.length]];
        const gender: Gender = random() < 0.55 ? 'female' : 'male';
        const name = existing[i]?.name ?? `${pick(FIRST[gender])} ${pick(LAST)}`;
        const languages = ['da', ...(random() < 0.45 ? [pick(EXTRA_LANGUAGES)] : []), ...(random() < 0.25 ? ['en'] : [])].filter((l, j, all) => all.indexOf(l) === j);
        const capacity = [5, 8, 10, 12, 15, 20, 25, 30][Math.floor(random() * 8)];
        const fields = {
          supplierId: supplier.id,
          name,
          email: existing[i]?.email ?? `${name.toLowerCase().replace(/[^a-zæøå]+/g, '.').normalize('NFD').replace(/[\u0300-\u036f]/g, '')}.${mentorNo}@${spec.key}.demo`,
          phone: `+45 ${20000000 + mentorNo * 7919}`.replace(/(\d{2})(?=(\d{2})+$)/g, '$1 '),
          gender: existing[i] ? ('male' as Gender) : gender,
          languages,
          yearsOfExperience: 1 + Math.floor(random() * 20),
          postcode: pick(spec.area),
          weeklyCapacityHours: capacity,
          hoursInUse: 0,
          maxTravelKm: [20, 30, 40, 40, 50][Math.floor(random() * 5)],
          background: archetype.background,
          active: true,
        };
        let mentorId: string;
        if (existing[i]) {
          await manager.update(MentorEntity, { id: existing[i].id }, fields);
          mentorId = existing[i].id;
        } else {
          mentorId = (await manager.save(manager.create(MentorEntity, fields))).id;
        }
        // Levels vary a little around the archetype, never above 3.
        const competences = archetype.competences.map(([code, level]) => ({ mentorId, code, level: Math.max(1, Math.min(3, level - (random() < 0.2 ? 1 : 0))) as CompetenceLevel }));
        await manager.insert(MentorCompetenceEntity, competences);
        await manager.update(MentorEntity, { id: mentorId }, { competenceProfile: competenceProfile(competences) });
        // Certificates: most are valid for years; some expire within two months, a few have expired.
        const roll = random();
        const expiresIn = roll < 0.12 ? -20 - Math.floor(random() * 60) : roll < 0.3 ? 10 + Math.floor(random() * 45) : 200 + Math.floor(random() * 600);
        const certificates = [{ kind: 'criminal_record', expiresIn }, ...(archetype.youth ? [{ kind: 'child_certificate', expiresIn: expiresIn + 30 }] : [])];
        await manager.insert(
          MentorCertificateEntity,
          certificates.map((c) => ({ mentorId, kind: c.kind, issuedOn: iso(addDays(context.today, c.expiresIn - 730)), expiresOn: iso(addDays(context.today, c.expiresIn)) })),
        );
      }
    }
    // The columns the matching prefilter reads (postcode centroid, competence levels, certificate validity).
    await syncMatchColumns(manager, 'all');
  },
};
