import { HttpStatus } from '@nestjs/common';

import { AppException } from '../../core/http/app-exception';

export enum UserExceptionCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  ROLE_NOT_IN_TENANT = 'ROLE_NOT_IN_TENANT',
  OWN_ACCOUNT = 'OWN_ACCOUNT',
  INVITATION_INVALID = 'INVITATION_INVALID',
}

const STATUS: Record<UserExceptionCode, HttpStatus> = {
  EMAIL_TAKEN: HttpStatus.CONFLICT,
  ROLE_NOT_IN_TENANT: HttpStatus.BAD_REQUEST,
  OWN_ACCOUNT: HttpStatus.CONFLICT,
  INVITATION_INVALID: HttpStatus.BAD_REQUEST,
};

export class UserException extends AppException<UserExceptionCode> {
  constructor(code: UserExceptionCode, message: string) {
    super(code, STATUS[code], message);
  }
}
