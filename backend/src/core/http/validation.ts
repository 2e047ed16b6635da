import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

import { FieldError } from '@mentor/contracts';

/** Flattens class-validator's tree into one entry per bad field, with its dotted path. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

export class FieldValidationException extends BadRequestException {
  constructor(readonly fields: FieldError[]) {
    super({
      statusCode: 400,
      error: 'Bad Request',
      message: fields.flatMap((f) => f.messages.map((m) => (m.startsWith(f.field) ? m : `${f.field}: ${m}`))),
      fields,
    });
  }
}

/**
 * Input checking for every route: unknown fields are refused (a typo must not pass silently),
 * values are converted to their declared types, and the 400 names each bad field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new FieldValidationException(fieldErrors(errors)),
  });
}
