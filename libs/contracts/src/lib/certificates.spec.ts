import { certificateSeriesKey, currentCertificates } from './suppliers';

describe('currentCertificates', () => {
  it('keeps the latest-expiring certificate of each kind, and of each named `other`', () => {
    const old = { kind: 'criminal_record', expiresOn: '2025-01-01' };
    const renewed = { kind: 'criminal_record', expiresOn: '2028-01-01' };
    const child = { kind: 'child_certificate', expiresOn: '2026-05-01' };
    const firstAidOld = { kind: 'other', name: 'Psykisk førstehjælp', expiresOn: '2024-01-01' };
    const firstAidNew = { kind: 'other', name: ' psykisk FØRSTEHJÆLP ', expiresOn: '2027-01-01' };
    const driving = { kind: 'other', name: 'Kørekort', expiresOn: '2024-06-01' };
    const current = currentCertificates([old, child, renewed, firstAidOld, driving, firstAidNew]);
    expect(current).toEqual([renewed, child, firstAidNew, driving]);
  });

  it('groups by kind alone for the named kinds, by name for `other`', () => {
    expect(certificateSeriesKey({ kind: 'criminal_record', name: 'Straffeattest 2026' })).toBe('criminal_record');
    expect(certificateSeriesKey({ kind: 'other', name: ' Kørekort ' })).toBe('other:kørekort');
    expect(certificateSeriesKey({ kind: 'other' })).toBe('other:');
  });
});
