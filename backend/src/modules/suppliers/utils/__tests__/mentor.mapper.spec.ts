import { certificateWarnings } from '../mentor.mapper';

describe('certificateWarnings', () => {
  const today = '2026-06-01';

  it.each([
    ['no certificates', [], []],
    ['a valid one', [{ kind: 'criminal_record', expiresOn: '2027-06-01' }], []],
    ['one expiring within 60 days', [{ kind: 'criminal_record', expiresOn: '2026-07-31' }], [{ kind: 'criminal_record', expiresOn: '2026-07-31', status: 'expiring' }]],
    ['one 61 days away', [{ kind: 'criminal_record', expiresOn: '2026-08-01' }], []],
    ['one expiring today', [{ kind: 'child_certificate', expiresOn: '2026-06-01' }], [{ kind: 'child_certificate', expiresOn: '2026-06-01', status: 'expiring' }]],
    ['one expired yesterday', [{ kind: 'child_certificate', expiresOn: '2026-05-31' }], [{ kind: 'child_certificate', expiresOn: '2026-05-31', status: 'expired' }]],
    [
      'an expired one that has been renewed',
      [
        { kind: 'criminal_record', expiresOn: '2025-01-10' },
        { kind: 'criminal_record', expiresOn: '2028-01-10' },
      ],
      [],
    ],
    [
      'an expired one renewed by one that is itself expiring: only the renewal warns',
      [
        { kind: 'criminal_record', expiresOn: '2026-07-01' },
        { kind: 'criminal_record', expiresOn: '2024-07-01' },
      ],
      [{ kind: 'criminal_record', expiresOn: '2026-07-01', status: 'expiring' }],
    ],
    [
      'a renewal of one kind does not hide another kind',
      [
        { kind: 'criminal_record', expiresOn: '2025-01-10' },
        { kind: 'criminal_record', expiresOn: '2028-01-10' },
        { kind: 'child_certificate', expiresOn: '2026-05-01' },
      ],
      [{ kind: 'child_certificate', expiresOn: '2026-05-01', status: 'expired' }],
    ],
    [
      'certificates of kind other count per name',
      [
        { kind: 'other', name: 'Psykisk førstehjælp', expiresOn: '2025-03-01' },
        { kind: 'other', name: 'Psykisk førstehjælp', expiresOn: '2028-03-01' },
        { kind: 'other', name: 'Kørekort', expiresOn: '2026-02-01' },
      ],
      [{ kind: 'other', name: 'Kørekort', expiresOn: '2026-02-01', status: 'expired' }],
    ],
  ])('%s', (_what, certificates, warnings) => {
    expect(certificateWarnings(certificates, today)).toEqual(warnings);
  });

  it('lists the warnings soonest first', () => {
    const warnings = certificateWarnings(
      [
        { kind: 'criminal_record', expiresOn: '2026-07-20' },
        { kind: 'child_certificate', expiresOn: '2026-04-01' },
        { kind: 'first_aid', expiresOn: '2026-06-15' },
      ],
      today,
    );
    expect(warnings.map((w) => w.kind)).toEqual(['child_certificate', 'first_aid', 'criminal_record']);
  });
});
