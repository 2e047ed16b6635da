import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Request, Response } from 'express';

import { SESSION_COOKIE, User } from '@mentor/contracts';

import { UserEntity } from '../../modules/users/entities/user.entity';
import { AppConfig } from '../config/app-config';
import { RequestContext } from '../context/request-context';
import { TenantScope } from '../context/tenant-scope';
import { RateLimited } from '../http/rate-limit/rate-limit.guard';
import { ChangePasswordDto, LoginDto, LoginResponseDto, PasswordResetConfirmDto, PasswordResetRequestDto, UserDto } from './auth.dto';
import { AuthService } from './auth.service';
import { PASSWORD_RESET_MINUTES, PasswordService } from './password.service';
import { Public } from './roles.decorator';
import { toUser } from './user.mapper';

/** The web app's session: httpOnly (no script reads it), SameSite=Strict (no cross-site sends), Secure on https. */
export function setSessionCookie(res: Response, session: { accessToken: string; expiresAt: string }, config: AppConfig): void {
  res.cookie(SESSION_COOKIE, session.accessToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https:'),
    path: '/',
    expires: new Date(session.expiresAt),
  });
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    private readonly tenant: TenantScope,
    private readonly passwords: PasswordService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with e-mail and password', description: 'Answers a bearer token and sets the httpOnly session cookie. Rate limited per e-mail and client address.' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password (the same answer whether or not the e-mail exists)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts; Retry-After says when to try again' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponseDto> {
    try {
      const result = await this.auth.login(dto.email, dto.password, { address: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] });
      setSessionCookie(res, result, this.config);
      return result;
    } catch (err) {
      const retry = (err as { getResponse?: () => { retryAfterSeconds?: number } }).getResponse?.().retryAfterSeconds;
      if (retry) res.setHeader('Retry-After', String(retry));
      throw err;
    }
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The logged-in user' })
  @ApiOkResponse({ type: UserDto })
  async me(): Promise<User> {
    return toUser(await this.tenant.repository(UserEntity).get(RequestContext.actor()!.userId, { relations: { supplier: true } }));
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End the session (the token stops working too) and clear the cookie' })
  @ApiNoContentResponse()
  async logout(@Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(RequestContext.actor()!);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Post('password-reset')
  @Public()
  @RateLimited('password-reset')
  @HttpCode(204)
  @ApiOperation({ summary: 'Forgot password: mail a reset link', description: `Always 204, whether or not the e-mail has an account. The link works once, for ${PASSWORD_RESET_MINUTES} minutes.` })
  @ApiNoContentResponse()
  requestPasswordReset(@Body() dto: PasswordResetRequestDto): Promise<void> {
    return this.passwords.requestReset(dto.email);
  }

  @Post('password-reset/confirm')
  @Public()
  @RateLimited('password-reset')
  @HttpCode(204)
  @ApiOperation({ summary: 'Choose a new password with the token from a reset mail', description: 'Ends every session of the user; log in with the new password.' })
  @ApiNoContentResponse()
  confirmPasswordReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    return this.passwords.confirmReset(dto);
  }

  @Put('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change your own password', description: 'Needs the current password; your other sessions end, this one stays.' })
  @ApiNoContentResponse()
  changePassword(@Body() dto: ChangePasswordDto): Promise<void> {
    return this.passwords.change(RequestContext.actor()!, dto);
  }
}
