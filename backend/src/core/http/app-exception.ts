import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * Base of each module's domain exception (`TenderException` with `TenderExceptionCode` …): a
 * stable code for clients and a message that says what to do. The error filter maps it to HTTP.
 */
export abstract class AppException<Code extends string = string> extends HttpException {
  protected constructor(
    readonly code: Code,
    status: HttpStatus,
    message: string,
    details?: Record<string, string | number>,
  ) {
    // A message about one field starts with its path ("weeks: …"); forms place it on that field.
    const field = /^([a-zA-Z][\w.[\]]*): (.+)$/s.exec(message);
    const fields = field ? [{ field: field[1], messages: [field[2]] }] : undefined;
    super({ statusCode: status, error: HttpStatus[status] ?? 'Error', message, code, ...(fields ? { fields } : {}), ...(details ? { details } : {}) }, status);
  }
}
