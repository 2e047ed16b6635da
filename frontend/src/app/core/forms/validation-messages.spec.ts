import { validationMessage } from './validation-messages';

describe('validationMessage', () => {
  it('prefers the server’s words', () => {
    expect(validationMessage({ required: true, server: ['CVR er allerede registreret'] })).toEqual({ text: 'CVR er allerede registreret' });
  });

  it.each([
    [{ required: true }, { key: 'form.error.required' }],
    [{ atLeastOne: true }, { key: 'form.error.atLeastOne' }],
    [{ email: true }, { key: 'form.error.email' }],
    [{ cvr: 'format' }, { key: 'form.error.cvrFormat' }],
    [{ cvr: 'checksum' }, { key: 'form.error.cvrChecksum' }],
    [{ minlength: { requiredLength: 12, actualLength: 3 } }, { key: 'form.error.minlength', params: { length: 12 } }],
    [{ min: { min: 0, actual: -1 } }, { key: 'form.error.min', params: { min: 0 } }],
    [{ somethingNew: true }, { key: 'form.error.invalid' }],
  ])('maps %p', (errors, expected) => {
    expect(validationMessage(errors)).toEqual(expected);
  });

  it('says nothing without errors', () => {
    expect(validationMessage(null)).toBeNull();
  });
});
