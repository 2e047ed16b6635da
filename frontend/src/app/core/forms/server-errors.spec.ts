import { mapServerErrors } from './server-errors';

const error = (fields: { field: string; messages: string[] }[]) => ({
  statusCode: 400,
  error: 'Bad Request',
  message: fields.flatMap((f) => f.messages),
  fields,
});

describe('mapServerErrors', () => {
  it('puts each field error on the control with the same path', () => {
    const mapped = mapServerErrors(
      error([
        { field: 'cvr', messages: ['cvr must be a valid CVR number'] },
        { field: 'admin.email', messages: ['admin.email must be an email'] },
      ]),
      ['cvr', 'name', 'admin.email'],
    );
    expect(mapped.byPath).toEqual({ cvr: ['cvr must be a valid CVR number'], 'admin.email': ['admin.email must be an email'] });
    expect(mapped.unplaced).toEqual([]);
  });

  it('falls back to the nearest known parent, then to the unplaced list', () => {
    const mapped = mapServerErrors(
      error([
        { field: 'certificates.1.expiresOn', messages: ['expiresOn must be a date'] },
        { field: 'secretThing', messages: ['secretThing is not allowed'] },
      ]),
      ['certificates.1', 'name'],
    );
    expect(mapped.byPath).toEqual({ 'certificates.1': ['expiresOn must be a date'] });
    expect(mapped.unplaced).toEqual(['secretThing is not allowed']);
  });

  it('translates request paths to form paths through aliases', () => {
    const mapped = mapServerErrors(
      error([
        { field: 'competences.1.level', messages: ['level must be 1, 2 or 3'] },
        { field: 'competences.10', messages: ['unknown competence'] },
      ]),
      ['competences.autism_adhd', 'competences.family'],
      { 'competences.1': 'competences.autism_adhd', 'competences.10': 'competences.family' },
    );
    // `competences.1` must not capture `competences.10`.
    expect(mapped.byPath).toEqual({
      'competences.autism_adhd': ['level must be 1, 2 or 3'],
      'competences.family': ['unknown competence'],
    });
  });

  it('collects several errors on one control, and ignores bodies without fields', () => {
    const mapped = mapServerErrors(
      error([
        { field: 'admin.password', messages: ['too short'] },
        { field: 'admin.password.0', messages: ['weird'] },
      ]),
      ['admin.password'],
    );
    expect(mapped.byPath).toEqual({ 'admin.password': ['too short', 'weird'] });
    expect(mapServerErrors({ statusCode: 409, error: 'Conflict', message: 'taken' }, ['cvr'])).toEqual({ byPath: {}, unplaced: [] });
    expect(mapServerErrors('<html>', ['cvr'])).toEqual({ byPath: {}, unplaced: [] });
  });
});
