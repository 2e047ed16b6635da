import { CERTIFICATE_KINDS, COMPETENCE_CODES } from '@mentor/contracts';
import { MatchRequestProfile } from '@mentor/matching';

import { PrefilterRow, poolFromPrefilter, prefilterParameters, SupplierRow } from '../matching.service';

const UNMATCHABLE = 1 << 30;
const bit = (code: string) => 2 << (2 * COMPETENCE_CODES.indexOf(code as (typeof COMPETENCE_CODES)[number]));

describe('prefilterParameters', () => {
  const input = {
    municipalityCode: '0167',
    targetGroup: 'education_aid',
    startDate: '2026-12-07',
    hoursPerWeek: 4,
    languages: ['da'],
    requiredCertificates: ['criminal_record', 'child_certificate'],
    needs: [
      { code: 'youth_crime', severity: 3 as const },
      { code: 'family', severity: 2 as const },
      { code: 'psychiatric', severity: 3 as const },
    ],
    postcode: '2650',
    excludeMentorIds: [],
  };

  it('asks for the required certificate kinds and the severe needs (level ≥ 2) as bits', () => {
    const params = prefilterParameters(input);
    expect(params).toHaveLength(10);
    expect(params[5]).toBe((1 << CERTIFICATE_KINDS.indexOf('criminal_record')) | (1 << CERTIFICATE_KINDS.indexOf('child_certificate')));
    expect(params[6]).toBe(bit('youth_crime') | bit('psychiatric'));
    expect(params.slice(7, 9)).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('asks for nothing when nothing is required', () => {
    const params = prefilterParameters({ ...input, requiredCertificates: [], needs: [{ code: 'family', severity: 1 }] });
    expect(params[5]).toBe(0);
    expect(params[6]).toBe(0);
  });

  it.each([
    ['an unknown certificate kind', { requiredCertificates: ['diving_licence'] }, 5],
    ['a certificate kind given twice', { requiredCertificates: ['criminal_record', 'criminal_record'] }, 5],
    ['an unknown severe need', { needs: [{ code: 'astrology', severity: 3 as const }] }, 6],
    ['a severe need given twice', { needs: [{ code: 'family', severity: 3 as const }, { code: 'family', severity: 3 as const }] }, 6],
  ])('asks for a bit no mentor has for %s, so that filter removes everyone it sees', (_name, override, index) => {
    expect((prefilterParameters({ ...input, ...override })[index] as number) & UNMATCHABLE).toBe(UNMATCHABLE);
  });
});

describe('poolFromPrefilter', () => {
  const profile: MatchRequestProfile = {
    needs: [
      { code: 'youth_crime', severity: 3 },
      { code: 'family', severity: 1 },
    ],
    languages: ['ar'],
    requireLanguage: true,
    hoursPerWeek: 4,
    startDate: '2026-12-07',
    requiredCertificates: ['criminal_record'],
  };
  const supplier = (idx: number, allocation: SupplierRow['allocation_model']): SupplierRow => ({
    idx,
    supplier_id: `00000000-0000-0000-0000-00000000000${idx}`,
    agreement_id: `a-${idx}`,
    rank: idx + 1,
    hourly_rate: 450.5,
    allocation_model: allocation,
    supplier_quality: idx ? null : 0.75,
    supplier_standing: null,
    supplier_outcome: 0.5,
  });
  const levels = (youthCrime: number, family: number) =>
    (youthCrime << (2 * COMPETENCE_CODES.indexOf('youth_crime'))) | (family << (2 * COMPETENCE_CODES.indexOf('family'))) | (3 << (2 * COMPETENCE_CODES.indexOf('psychiatric')));
  const row = (survivors: string[], supplierIdx: number[], allocation: SupplierRow['allocation_model'] = 'objective_criteria'): PrefilterRow => ({
    total: '9',
    n_excluded: '0',
    n_capacity: '1',
    n_language: '1',
    n_certificates: '1',
    n_severe_needs: '1',
    n_distance: '1',
    suppliers: [supplier(0, 'objective_criteria'), supplier(1, allocation)],
    distances: { '2650': 12.345678901234567, '8000': 210.5 },
    unknown_postcode_km: 20015.114442035923,
    survivors: survivors.length ? survivors.join(';') : null,
    supplier_idx: survivors.length ? supplierIdx.join(',') : null,
  });

  it('decodes each survivor exactly, with the levels of the needs only', () => {
    const a = 'aaaaaaaa-0000-4000-8000-000000000001';
    const b = 'bbbbbbbb-0000-4000-8000-000000000002';
    const { pool, allocation, suppliers } = poolFromPrefilter(profile, row([`${a},12.35,4.35,40,${levels(3, 1)},0.812,2650,female`, `${b},7.50,0.00,0,${levels(2, 0)},,,other`], [1, 0]));
    expect(pool.length).toBe(2);
    expect(pool.candidate(0)).toEqual({
      mentorId: a,
      supplierId: '00000000-0000-0000-0000-000000000001',
      supplierRank: 2,
      hourlyRate: 450.5,
      competences: { youth_crime: 3, family: 1 },
      languages: ['ar'],
      gender: 'female',
      weeklyCapacityHours: 12.35,
      hoursInUse: 4.35,
      distanceKm: 12.345678901234567,
      maxTravelKm: 40,
      certificatesValidOnStart: ['criminal_record'],
      active: true,
      mentorQuality: 0.812,
      supplierQuality: null,
      supplierOutcome: 0.5,
    });
    // No postcode: as far as the prefilter puts it (half the globe).
    expect(pool.candidate(1)).toMatchObject({ mentorId: b, supplierQuality: 0.75, competences: { youth_crime: 2 }, mentorQuality: null, distanceKm: 20015.114442035923, maxTravelKm: 0, gender: 'other' });
    expect(allocation).toBe('objective_criteria');
    expect(suppliers.get('00000000-0000-0000-0000-000000000001')?.agreement_id).toBe('a-1');
  });

  it('puts a postcode the table does not know as far as none', () => {
    const { pool } = poolFromPrefilter(profile, row([`aaaaaaaa-0000-4000-8000-000000000001,10.00,0.00,40,0,,9999,male`, `aaaaaaaa-0000-4000-8000-000000000002,10.00,0.00,40,0,,8000,male`], [0, 0]));
    expect([...pool.distanceKm]).toEqual([20015.114442035923, 210.5]);
  });

  it('reads every decimal as Number() does', () => {
    const values: string[] = [];
    for (let i = 0; i < 2000; i++) values.push(((i * 7919) % 100000 / 100).toFixed(2), ((i * 104729) % 1000 / 1000).toFixed(3));
    const survivors = values.map((v, i) => `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, '0')},${v},${v},${i % 60},0,${v},2650,male`);
    const { pool } = poolFromPrefilter({ ...profile, needs: [] }, row(survivors, survivors.map(() => 0)));
    values.forEach((v, i) => {
      expect(pool.weeklyCapacityHours[i]).toBe(Number(v));
      expect(pool.mentorQuality[i]).toBe(Number(v));
    });
  });

  it('uses cascade when an agreement of a survivor was awarded by rank, or when nobody survived', () => {
    expect(poolFromPrefilter(profile, row([`aaaaaaaa-0000-4000-8000-000000000001,10.00,0.00,40,0,,2650,male`], [1], 'cascade')).allocation).toBe('cascade');
    expect(poolFromPrefilter(profile, row([], [])).allocation).toBe('cascade');
  });
});
