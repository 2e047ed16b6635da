import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, IsNull } from 'typeorm';

import { LoginResponse } from '@mentor/contracts';

import { UserEntity } from '../../modules/users/entities/user.entity';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { Actor } from '../context/request-context';
import { KeyService } from '../crypto/key.service';
import { SessionEntity } from './entities/session.entity';
import { LoginRateLimiter } from './login-rate-limiter';
import { dummyPasswordHash, verifyPassword } from './password-hasher';
import { toUser } from './user.mapper';

/** One message for every failed login, so it never tells whether the e-mail exists. */
export const WRONG_CREDENTIALS = 'Wrong e-mail or password.';

interface TokenClaims {
  sub: string;
  sid: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly keys: KeyService,
    private readonly config: AppConfig,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, client: { address: string; userAgent?: string }): Promise<LoginResponse> {
    const normalized = email.trim().toLowerCase();
    const wait = this.limiter.hit(client.address, normalized);
    if (wait > 0) {
      throw new HttpException(
        { statusCode: 429, error: 'Too Many Requests', message: `Too many login attempts. Wait ${Math.ceil(wait / 60)} minutes and try again, or ask your administrator to reset your password.`, retryAfterSeconds: wait },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.supplier', 's')
      .where('u.email = :email', { email: normalized })
      .getOne();
    // Verify against a dummy hash for unknown users so the answer takes the same time.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok || !user.active || !user.passwordHash) throw new UnauthorizedException(WRONG_CREDENTIALS);
    this.limiter.reset(client.address, normalized);
    return this.startSession(user, client);
  }

  /** Opens a session for a user whose identity is established (login, a just-registered supplier). */
  async startSession(user: UserEntity, client: { address: string; userAgent?: string }): Promise<LoginResponse> {
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    const session = await this.dataSource.transaction(async (manager) => {
      const s = await manager.save(manager.create(SessionEntity, { userId: user.id, expiresAt, revokedAt: null, userAgent: client.userAgent?.slice(0, 300) ?? null }));
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: new Date() });
      await this.audit.record(manager, {
        action: 'auth.login',
        entityType: 'session',
        entityId: s.id,
        actorUserId: user.id,
        actorRole: user.role,
        municipalityCode: user.municipalityCode,
        supplierId: user.supplierId,
      });
      return s;
    });
    const accessToken = await this.jwt.signAsync({ sub: user.id, sid: session.id } satisfies TokenClaims, {
      secret: this.keys.key('session-signing'),
      algorithm: 'HS256',
      expiresIn: this.config.sessionTtlHours * 3600,
    });
    return { accessToken, expiresAt: expiresAt.toISOString(), user: toUser(user) };
  }

  /** The actor behind a token, or null when the token is invalid, expired, revoked or its user inactive. */
  async authenticate(token: string): Promise<Actor | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { secret: this.keys.key('session-signing'), algorithms: ['HS256'] });
    } catch {
      return null;
    }
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.id = :sid AND s.userId = :sub', { sid: claims.sid, sub: claims.sub })
      .andWhere('s.revokedAt IS NULL AND s.expiresAt > now() AND u.active = true')
      .getOne();
    if (!session?.user) return null;
    const u = session.user;
    return {
      userId: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      municipalityCode: u.municipalityCode,
      supplierId: u.supplierId,
      mentorId: u.mentorId,
      sessionId: session.id,
    };
  }

  async logout(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(SessionEntity, { id: actor.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(manager, { action: 'auth.logout', entityType: 'session', entityId: actor.sessionId });
    });
  }

  /** Removes sessions that ended more than a day ago (a daily job). */
  async purgeExpiredSessions(): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(SessionEntity)
      .where("expires_at < now() - interval '1 day' OR revoked_at < now() - interval '1 day'")
      .execute();
    return result.affected ?? 0;
  }
}
