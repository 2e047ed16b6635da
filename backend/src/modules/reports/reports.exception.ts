import { HttpStatus } from '@nestjs/common';

import { AppException } from '../../core/http/app-exception';

export enum ReportExceptionCode {
  NOT_EDITABLE = 'NOT_EDITABLE',
  NOT_STARTED = 'NOT_STARTED',
  INVALID = 'INVALID',
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  COURSE_RUNNING = 'COURSE_RUNNING',
  SURVEY_ANSWERED = 'SURVEY_ANSWERED',
}

const STATUS: Record<ReportExceptionCode, HttpStatus> = {
  NOT_EDITABLE: HttpStatus.CONFLICT,
  NOT_STARTED: HttpStatus.CONFLICT,
  INVALID: HttpStatus.BAD_REQUEST,
  NOT_SUBMITTED: HttpStatus.CONFLICT,
  COURSE_RUNNING: HttpStatus.CONFLICT,
  SURVEY_ANSWERED: HttpStatus.CONFLICT,
};

/** Errors of reports, outcomes and surveys; a message starting `field: …` names the field (400). */
export class ReportException extends AppException<ReportExceptionCode> {
  constructor(code: ReportExceptionCode, message: string) {
    super(code, STATUS[code], message);
  }
}
