import { HttpStatus } from '@nestjs/common';

import { AppException } from '../../core/http/app-exception';

export enum SupplierExceptionCode {
  CVR_TAKEN = 'CVR_TAKEN',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  NO_AREA_SERVED = 'NO_AREA_SERVED',
  DUPLICATE_COMPETENCE = 'DUPLICATE_COMPETENCE',
  CERTIFICATE_DATES = 'CERTIFICATE_DATES',
  CAPACITY_BELOW_USE = 'CAPACITY_BELOW_USE',
  MENTOR_HAS_LOGIN = 'MENTOR_HAS_LOGIN',
  MENTOR_INACTIVE = 'MENTOR_INACTIVE',
}

const STATUS: Record<SupplierExceptionCode, HttpStatus> = {
  CVR_TAKEN: HttpStatus.CONFLICT,
  EMAIL_TAKEN: HttpStatus.CONFLICT,
  NO_AREA_SERVED: HttpStatus.BAD_REQUEST,
  DUPLICATE_COMPETENCE: HttpStatus.BAD_REQUEST,
  CERTIFICATE_DATES: HttpStatus.BAD_REQUEST,
  CAPACITY_BELOW_USE: HttpStatus.BAD_REQUEST,
  MENTOR_HAS_LOGIN: HttpStatus.CONFLICT,
  MENTOR_INACTIVE: HttpStatus.CONFLICT,
};

export class SupplierException extends AppException<SupplierExceptionCode> {
  constructor(code: SupplierExceptionCode, message: string) {
    super(code, STATUS[code], message);
  }
}
