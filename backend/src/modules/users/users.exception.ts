import { HttpStatus } from '@nestjs/common';

import { AppException } from '../../core/http/app-exception';

export enum UserExceptionCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  ROLE_NOT_IN_TENANT = 'ROLE_NOT_IN_TENANT',
  OWN_ACCOUNT = 'OWN_ACCOUNT',
  INVITATION_INVALID = 'INVITATION_INVALID',
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
  ALREADY_ACTIVATED = 'ALREADY_ACTIVATED',
  USER_INACTIVE = 'USER_INACTIVE',
  LAST_ADMIN = 'LAST_ADMIN',
  MENTOR_INACTIVE = 'MENTOR_INACTIVE',
}

const STATUS: Record<UserExceptionCode, HttpStatus> = {
  EMAIL_TAKEN: HttpStatus.CONFLICT,
  ROLE_NOT_IN_TENANT: HttpStatus.BAD_REQUEST,
  OWN_ACCOUNT: HttpStatus.CONFLICT,
  INVITATION_INVALID: HttpStatus.BAD_REQUEST,
  INVITATION_EXPIRED: HttpStatus.BAD_REQUEST,
  ALREADY_ACTIVATED: HttpStatus.CONFLICT,
  USER_INACTIVE: HttpStatus.CONFLICT,
  LAST_ADMIN: HttpStatus.CONFLICT,
  MENTOR_INACTIVE: HttpStatus.CONFLICT,
};

export class UserException extends AppException<UserExceptionCode> {
  constructor(code: UserExceptionCode, message: string) {
    super(code, STATUS[code], message);
  }
}
