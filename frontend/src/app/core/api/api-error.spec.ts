import { apiErrorMessages, fieldErrors, isApiError } from './api-error';

describe('api errors', () => {
  it('reads a single message and a list of messages', () => {
    expect(apiErrorMessages({ statusCode: 409, error: 'Conflict', message: 'Tender is closed' })).toEqual(['Tender is closed']);
    expect(apiErrorMessages({ statusCode: 400, error: 'Bad Request', message: ['cvr must be 8 digits', ''] })).toEqual([
      'cvr must be 8 digits',
    ]);
  });

  it('ignores bodies that are not API errors', () => {
    expect(isApiError('<html>Bad gateway</html>')).toBe(false);
    expect(apiErrorMessages(null)).toEqual([]);
    expect(apiErrorMessages({ message: 'no status' })).toEqual([]);
  });

  it('maps field errors by field path', () => {
    expect(
      fieldErrors({
        statusCode: 400,
        error: 'Bad Request',
        message: ['admin.email must be an email'],
        fields: [{ field: 'admin.email', messages: ['admin.email must be an email'] }],
      }),
    ).toEqual({ 'admin.email': ['admin.email must be an email'] });
  });
});
