import { applyDecorators, CanActivate, ExecutionContext, HttpException, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Request, Response } from 'express';

import { AppConfig } from '../../config/app-config';
import { SlidingWindow } from './sliding-window';

const RATE_LIMIT_KEY = 'rateLimit';
const HOUR_MS = 60 * 60 * 1000;

/**
 * The public forms that anyone can post without logging in: supplier registration, accepting an
 * invitation, answering a survey, resetting a forgotten password. Each is limited per client address to PUBLIC_RATE_LIMIT
 * submissions an hour, so a script cannot flood the platform with sign-ups,
 * invitation attempts or survey answers.
 */
export type PublicForm = 'supplier-registration' | 'invitation' | 'survey' | 'password-reset';

export function RateLimited(form: PublicForm) {
  return applyDecorators(
    SetMetadata(RATE_LIMIT_KEY, form),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({ description: 'Too many submissions from this address; Retry-After says when to try again' }),
  );
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly window = new SlidingWindow(HOUR_MS);

  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const form = this.reflector.get<PublicForm | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!form) return true;
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const wait = this.window.hit(`${form}:${req.ip ?? 'unknown'}`, this.config.publicRateLimit);
    if (!wait) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(wait));
    throw new HttpException(
      { statusCode: 429, error: 'Too Many Requests', message: `Too many submissions from your address. Wait ${Math.ceil(wait / 60)} minutes and try again.`, details: { retryAfterSeconds: wait } },
      429,
    );
  }
}
