import { HttpStatus } from '@nestjs/common';

import { AppException } from '../../core/http/app-exception';

export enum CaseExceptionCode {
  CASE_EXISTS = 'CASE_EXISTS',
  CASE_CLOSED = 'CASE_CLOSED',
  START_IN_PAST = 'START_IN_PAST',
  REQUEST_NOT_OPEN = 'REQUEST_NOT_OPEN',
  NOT_A_CANDIDATE = 'NOT_A_CANDIDATE',
  OFFER_NOT_PENDING = 'OFFER_NOT_PENDING',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  NO_CAPACITY = 'NO_CAPACITY',
  ASSIGNMENT_ENDED = 'ASSIGNMENT_ENDED',
  EXTENSION_TOO_LONG = 'EXTENSION_TOO_LONG',
  END_DATE = 'END_DATE',
  WEIGHTS = 'WEIGHTS',
  QUALITY_BLOCKED = 'QUALITY_BLOCKED',
}

const STATUS: Record<CaseExceptionCode, HttpStatus> = {
  CASE_EXISTS: HttpStatus.CONFLICT,
  CASE_CLOSED: HttpStatus.CONFLICT,
  START_IN_PAST: HttpStatus.BAD_REQUEST,
  REQUEST_NOT_OPEN: HttpStatus.CONFLICT,
  NOT_A_CANDIDATE: HttpStatus.CONFLICT,
  OFFER_NOT_PENDING: HttpStatus.CONFLICT,
  OFFER_EXPIRED: HttpStatus.CONFLICT,
  NO_CAPACITY: HttpStatus.CONFLICT,
  ASSIGNMENT_ENDED: HttpStatus.CONFLICT,
  EXTENSION_TOO_LONG: HttpStatus.BAD_REQUEST,
  END_DATE: HttpStatus.BAD_REQUEST,
  WEIGHTS: HttpStatus.BAD_REQUEST,
  QUALITY_BLOCKED: HttpStatus.CONFLICT,
};

export class CaseException extends AppException<CaseExceptionCode> {
  constructor(code: CaseExceptionCode, message: string, details?: Record<string, string | number>) {
    super(code, STATUS[code], message, details);
  }
}
