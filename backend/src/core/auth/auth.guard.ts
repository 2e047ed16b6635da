import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';

import { Role, SESSION_COOKIE } from '@mentor/contracts';

import { RequestContext } from '../context/request-context';
import { AuthService } from './auth.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: every route needs a valid session unless marked @Public(), and @Roles() limits
 * it further. The session comes from `Authorization: Bearer` (API clients) or the httpOnly cookie
 * (the web app); for the cookie, state changes must come from our own origin (CSRF).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const token = bearer ?? cookie;
    const actor = token ? await this.auth.authenticate(token) : null;
    if (actor) RequestContext.setActor(actor);
    if (isPublic) return true;
    if (!actor) throw new UnauthorizedException('Log in to continue: the session is missing or has expired.');
    if (!bearer && !SAFE_METHODS.has(req.method) && !sameOrigin(req)) {
      throw new ForbiddenException('This request came from another site and was refused.');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (roles && !roles.includes(actor.role)) throw new ForbiddenException('Your role does not give access to this.');
    return true;
  }
}

/** Browsers send Origin on cross-site POSTs; a missing Origin (same-origin navigation, old clients) falls back to Referer. */
function sameOrigin(req: Request): boolean {
  const source = req.headers.origin ?? req.headers.referer;
  if (!source) return true;
  try {
    return new URL(source).host === req.headers.host;
  } catch {
    return false;
  }
}
