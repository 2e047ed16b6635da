import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';

import { ApiError } from '@mentor/contracts';

import { RequestContext } from '../context/request-context';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Every error leaves in one shape, `{ statusCode, error, message }` (+ `fields`, `code`).
 * Unexpected errors are logged with the request id and answered without internals.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const body = this.toApiError(exception, req);
    if (body.statusCode >= 500) {
      const err = exception as Error;
      // The message and stack only: request bodies may hold citizen data and are never logged.
      this.logger.error(`${req.method} ${req.path} failed (request ${RequestContext.requestId()}): ${err?.message}`, err?.stack);
    }
    if (!res.headersSent) res.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown, req: Request): ApiError {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'string') return { statusCode: status, error: TITLES[status] ?? 'Error', message: response };
      const r = response as Partial<ApiError> & { message?: string | string[] };
      return {
        statusCode: status,
        error: r.error ?? TITLES[status] ?? 'Error',
        message: r.message ?? exception.message,
        ...(r.fields ? { fields: r.fields } : {}),
        ...(r.code ? { code: r.code } : {}),
        ...(r.details ? { details: r.details } : {}),
      };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      if (code === '23505') return { statusCode: 409, error: TITLES[409], message: 'This already exists.', code: 'DUPLICATE' };
      if (code === '40001' || code === '40P01') return { statusCode: 409, error: TITLES[409], message: 'Someone changed this at the same time. Reload and try again.', code: 'CONCURRENT_CHANGE' };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: TITLES[500],
      message: `Something went wrong on our side (request ${RequestContext.requestId() ?? req.headers['x-request-id'] ?? 'unknown'}). Try again; if it keeps failing, contact support with this request id.`,
    };
  }
}

