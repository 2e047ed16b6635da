import { certificateOfKind, certificateStatus, certificateWarnings, capacityShare, daysBetween, isReplaced, isoToday, topCompetences } from './mentor-rules';

describe('certificate status', () => {
  const today = '2026-03-01';

  it.each([
    ['2026-02-28', 'expired'],
    ['2026-03-01', 'expiring'],
    ['2026-04-30', 'expiring'], // 60 days
    ['2026-05-01', 'valid'], // 61 days
    ['2030-01-01T00:00:00.000Z', 'valid'],
    ['', 'unknown'],
    [null, 'unknown'],
    ['soon', 'unknown'],
  ] as const)('a certificate expiring %p is %s', (expiresOn, status) => {
    expect(certificateStatus(expiresOn, today)).toBe(status);
  });

  it('lists warnings for expiring and expired certificates only', () => {
    expect(
      certificateWarnings(
        [
          { kind: 'criminal_record', issuedOn: '2023-01-01', expiresOn: '2026-01-01' },
          { kind: 'child_certificate', issuedOn: '2024-01-01', expiresOn: '2026-03-20' },
          { kind: 'first_aid', issuedOn: '2025-01-01', expiresOn: '2028-01-01' },
        ],
        today,
      ),
    ).toEqual([
      { kind: 'criminal_record', expiresOn: '2026-01-01', status: 'expired' },
      { kind: 'child_certificate', expiresOn: '2026-03-20', status: 'expiring' },
    ]);
  });

  it('does not warn of a certificate that a renewed one of the same kind (and name) replaces', () => {
    const old = { kind: 'criminal_record', issuedOn: '2022-01-01', expiresOn: '2025-01-01' };
    const renewed = { kind: 'criminal_record', issuedOn: '2025-01-01', expiresOn: '2028-01-01' };
    const namedOld = { kind: 'other', name: 'Psykisk førstehjælp', issuedOn: '2022-01-01', expiresOn: '2025-01-01' };
    const otherName = { kind: 'other', name: 'Kørekort', issuedOn: '2024-01-01', expiresOn: '2029-01-01' };
    const all = [old, renewed, namedOld, otherName];
    expect(certificateWarnings(all, today)).toEqual([{ kind: 'other', name: 'Psykisk førstehjælp', expiresOn: '2025-01-01', status: 'expired' }]);
    expect(all.map((c) => isReplaced(c, all))).toEqual([true, false, false, false]);
  });

  it('picks the longest-valid certificate of a kind, or says it is missing', () => {
    const certs = [
      { kind: 'criminal_record', issuedOn: '2022-01-01', expiresOn: '2025-01-01' },
      { kind: 'criminal_record', issuedOn: '2025-01-01', expiresOn: '2028-01-01' },
    ];
    expect(certificateOfKind(certs, 'criminal_record', today)).toEqual({ status: 'valid', expiresOn: '2028-01-01' });
    expect(certificateOfKind(certs, 'child_certificate', today)).toEqual({ status: 'missing' });
  });

  it('counts days across a daylight-saving change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(isoToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('topCompetences and capacity', () => {
  it('orders by level, then taxonomy order', () => {
    expect(
      topCompetences(
        [
          { code: 'family', level: 1 },
          { code: 'anxiety_stress', level: 3 },
          { code: 'psychiatric', level: 2 },
          { code: 'youth_crime', level: 3 },
        ],
        3,
      ).map((c) => c.code),
    ).toEqual(['anxiety_stress', 'youth_crime', 'psychiatric']);
  });

  it('bounds the capacity share', () => {
    expect(capacityShare(5, 20)).toBe(0.25);
    expect(capacityShare(30, 20)).toBe(1);
    expect(capacityShare(0, 0)).toBe(0);
  });
});
