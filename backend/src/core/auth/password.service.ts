import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan, Not } from 'typeorm';

import { UserEntity } from '../../modules/users/entities/user.entity';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { Actor, RequestContext } from '../context/request-context';
import { FieldValidationException } from '../http/validation';
import { MailService } from '../mail/mail.service';
import { PasswordResetConfirmDto, ChangePasswordDto } from './auth.dto';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { SessionEntity } from './entities/session.entity';
import { hashPassword, verifyPassword } from './password-hasher';

/** How long a "forgot password" link works. Short: the link is as good as the password. */
export const PASSWORD_RESET_MINUTES = 60;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Forgotten and changed passwords. Either way every other session of the user ends. */
@Injectable()
export class PasswordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Mails a reset link to an active user who has a password. The caller's answer is the same
   * whether or not the address has an account, so the form reveals nothing.
   */
  async requestReset(email: string): Promise<void> {
    await RequestContext.runAsSystem(() =>
      this.dataSource.transaction(async (manager) => {
        const user = await manager.findOne(UserEntity, { where: { email: email.trim().toLowerCase(), active: true }, select: { id: true, name: true, email: true, role: true, municipalityCode: true, supplierId: true, passwordHash: true } });
        // Someone still invited (no password yet) uses the invitation link instead.
        if (!user?.passwordHash) return;
        const token = randomBytes(32).toString('base64url');
        await manager.insert(PasswordResetEntity, { userId: user.id, tokenHash: tokenHash(token), expiresAt: new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000), usedAt: null });
        await this.audit.record(manager, { action: 'user.password_reset_requested', entityType: 'user', entityId: user.id, actorUserId: null, actorRole: null, municipalityCode: user.municipalityCode, supplierId: user.supplierId });
        await this.mail.queueMail(manager, user.email, 'password-reset', { name: user.name, link: `${this.config.publicUrl}/reset-password/${token}`, validMinutes: PASSWORD_RESET_MINUTES });
      }),
    );
  }

  /** Sets the password from a link; the link and every other open link of the user stop working. */
  async confirmReset(dto: PasswordResetConfirmDto): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    await RequestContext.runAsSystem(() =>
      this.dataSource.transaction(async (manager) => {
        const reset = await manager
          .getRepository(PasswordResetEntity)
          .createQueryBuilder('r')
          .setLock('pessimistic_write')
          .where('r.tokenHash = :h AND r.usedAt IS NULL AND r.expiresAt > now()', { h: tokenHash(dto.token) })
          .getOne();
        const user = reset && (await manager.findOneBy(UserEntity, { id: reset.userId, active: true }));
        if (!reset || !user) {
          throw new FieldValidationException([{ field: 'token', messages: [`this link is not valid: it has been used, or it is more than ${PASSWORD_RESET_MINUTES} minutes old. Ask for a new one.`] }]);
        }
        await manager.update(PasswordResetEntity, { userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
        await manager.update(UserEntity, { id: user.id }, { passwordHash });
        const ended = await this.endSessions(manager, user.id);
        await this.audit.record(manager, { action: 'user.password_reset', entityType: 'user', entityId: user.id, actorUserId: user.id, actorRole: user.role, municipalityCode: user.municipalityCode, supplierId: user.supplierId, details: { endedSessions: ended } });
      }),
    );
  }

  /** The logged-in user changes their password; their other sessions end, this one stays. */
  async change(actor: Actor, dto: ChangePasswordDto): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneOrFail({ where: { id: actor.userId }, select: { id: true, passwordHash: true } });
    if (!user.passwordHash || !(await verifyPassword(dto.currentPassword, user.passwordHash))) {
      throw new FieldValidationException([{ field: 'currentPassword', messages: ['currentPassword is not your current password'] }]);
    }
    if (dto.newPassword === dto.currentPassword) {
      throw new FieldValidationException([{ field: 'newPassword', messages: ['newPassword must differ from the current password'] }]);
    }
    const passwordHash = await hashPassword(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: actor.userId }, { passwordHash });
      const ended = await this.endSessions(manager, actor.userId, actor.sessionId);
      await manager.update(PasswordResetEntity, { userId: actor.userId, usedAt: IsNull() }, { usedAt: new Date() });
      await this.audit.record(manager, { action: 'user.password_changed', entityType: 'user', entityId: actor.userId, details: { endedSessions: ended } });
    });
  }

  /** Reset links that can no longer be used, a day after (with the daily session clean-up). */
  async purgeEnded(): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(PasswordResetEntity)
      .where("expires_at < now() - interval '1 day' OR used_at < now() - interval '1 day'")
      .execute();
    return result.affected ?? 0;
  }

  private async endSessions(manager: EntityManager, userId: string, keepSessionId?: string): Promise<number> {
    const result = await manager.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()), ...(keepSessionId ? { id: Not(keepSessionId) } : {}) },
      { revokedAt: new Date() },
    );
    return result.affected ?? 0;
  }
}
