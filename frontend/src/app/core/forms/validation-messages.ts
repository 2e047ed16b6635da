import type { TranslationKey, TranslationParams } from '../i18n/translations';

/** What to say about a control's errors: a dictionary key, or the server's own words. */
export type ValidationMessage = { key: TranslationKey; params?: TranslationParams } | { text: string };

type Errors = Readonly<Record<string, unknown>> | null | undefined;

/**
 * The one message to show for a control, most useful first: the server's verdict (it has seen
 * more, e.g. a taken CVR), then what is missing, then what is wrong.
 */
export function validationMessage(errors: Errors): ValidationMessage | null {
  if (!errors) return null;
  const server = errors['server'];
  if (Array.isArray(server) && server.length) return { text: server.join(' ') };
  if (typeof server === 'string' && server) return { text: server };
  if (errors['required'] || errors['atLeastOne']) return { key: errors['atLeastOne'] ? 'form.error.atLeastOne' : 'form.error.required' };
  if (errors['email']) return { key: 'form.error.email' };
  if (errors['cvr'] === 'checksum') return { key: 'form.error.cvrChecksum' };
  if (errors['cvr']) return { key: 'form.error.cvrFormat' };
  if (errors['phone']) return { key: 'form.error.phone' };
  if (errors['postcodeUnknown']) return { key: 'form.error.postcodeUnknown' };
  if (errors['postcode']) return { key: 'form.error.postcode' };
  if (errors['passwordMismatch']) return { key: 'form.error.passwordMismatch' };
  if (errors['dateOrder']) return { key: 'form.error.dateOrder' };
  const minlength = errors['minlength'] as { requiredLength?: number } | undefined;
  if (minlength) return { key: 'form.error.minlength', params: { length: minlength.requiredLength ?? 0 } };
  const maxlength = errors['maxlength'] as { requiredLength?: number } | undefined;
  if (maxlength) return { key: 'form.error.maxlength', params: { length: maxlength.requiredLength ?? 0 } };
  const min = errors['min'] as { min?: number } | undefined;
  if (min) return { key: 'form.error.min', params: { min: min.min ?? 0 } };
  const max = errors['max'] as { max?: number } | undefined;
  if (max) return { key: 'form.error.max', params: { max: max.max ?? 0 } };
  return { key: 'form.error.invalid' };
}
