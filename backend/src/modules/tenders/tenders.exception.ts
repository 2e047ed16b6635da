import { HttpStatus } from '@nestjs/common';

import { AppException } from '../../core/http/app-exception';

export enum TenderExceptionCode {
  /** The tender's state forbids this (message says which state allows it). */
  INVALID_STATE = 'INVALID_STATE',
  WEIGHTS = 'WEIGHTS',
  TIMELINE = 'TIMELINE',
  INVALID_INPUT = 'INVALID_INPUT',
  QUESTION_DEADLINE_PASSED = 'QUESTION_DEADLINE_PASSED',
  BID_AFTER_DEADLINE = 'BID_AFTER_DEADLINE',
  BID_EXISTS = 'BID_EXISTS',
  BIDS_SEALED = 'BIDS_SEALED',
  EVALUATION_INCOMPLETE = 'EVALUATION_INCOMPLETE',
}

const STATUS: Record<TenderExceptionCode, HttpStatus> = {
  INVALID_STATE: HttpStatus.CONFLICT,
  WEIGHTS: HttpStatus.BAD_REQUEST,
  TIMELINE: HttpStatus.BAD_REQUEST,
  INVALID_INPUT: HttpStatus.BAD_REQUEST,
  QUESTION_DEADLINE_PASSED: HttpStatus.CONFLICT,
  BID_AFTER_DEADLINE: HttpStatus.CONFLICT,
  BID_EXISTS: HttpStatus.CONFLICT,
  BIDS_SEALED: HttpStatus.CONFLICT,
  EVALUATION_INCOMPLETE: HttpStatus.CONFLICT,
};

export class TenderException extends AppException<TenderExceptionCode> {
  constructor(code: TenderExceptionCode, message: string) {
    super(code, STATUS[code], message);
  }
}
