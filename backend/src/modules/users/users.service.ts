import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, ILike, IsNull } from 'typeorm';

import { grantableRoles, Page, Role, TENANT_ADMIN_ROLES, tenantKindOf, userStatus } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { SessionEntity } from '../../core/auth/entities/session.entity';
import { hashPassword } from '../../core/auth/password-hasher';
import { AppConfig } from '../../core/config/app-config';
import { Actor, RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { MailService } from '../../core/mail/mail.service';
import { MunicipalityEntity } from '../reference/entities/municipality.entity';
import { MentorEntity } from '../suppliers/entities/mentor.entity';
import { SupplierEntity } from '../suppliers/entities/supplier.entity';
import { UserEntity } from './entities/user.entity';
import { AcceptInvitationDto, InviteUserDto, ManagedUserDto, UpdateUserDto, UserQuery } from './users.dto';
import { UserException, UserExceptionCode } from './users.exception';

const INVITATION_DAYS = 7;

const ROLE_LABELS_DA: Record<Role, string> = {
  platform_admin: 'platformadministrator',
  municipality_admin: 'kommuneadministrator',
  procurement_officer: 'indkøber',
  caseworker: 'sagsbehandler',
  supplier_admin: 'leverandøradministrator',
  mentor: 'mentor',
};

export const invitationTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** User administration within the caller's tenant: invite, list, rename, change role, deactivate. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  async list(query: UserQuery): Promise<Page<ManagedUserDto>> {
    const repo = this.tenant.repository(UserEntity);
    const where = query.q ? [{ name: ILike(`%${escapeLike(query.q)}%`) }, { email: ILike(`%${escapeLike(query.q.toLowerCase())}%`) }] : {};
    const [rows, total] = await repo.repository.findAndCount({
      where: repo.scopeWhere(where),
      order: { name: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
      select: selectAll,
    });
    return { items: rows.map(toManagedUser), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<ManagedUserDto> {
    return toManagedUser(await this.tenant.repository(UserEntity).get(id, { select: selectAll }, 'User'));
  }

  async invite(dto: InviteUserDto): Promise<ManagedUserDto> {
    const actor = RequestContext.actor()!;
    assertRoleFitsTenant(actor, dto.role);
    return this.dataSource.transaction(async (manager) => {
      const email = dto.email.toLowerCase();
      const existing = await this.tenant.repository(UserEntity, manager).findOne({ where: { email }, select: selectAll, lock: { mode: 'pessimistic_write' } });
      if (existing && !existing.passwordHash) {
        if (existing.mentorId) {
          throw new UserException(UserExceptionCode.EMAIL_TAKEN, `email: ${email} is the pending login of a mentor; send the invitation again from the mentor's page.`);
        }
        // Never accepted (perhaps expired): invite again with the name and role given now, rather
        // than refuse, so an expired link does not lock the address out.
        return toManagedUser(await this.refreshInvitation(manager, existing, { name: dto.name, role: dto.role }, 'user.reinvited'));
      }
      if (existing) {
        throw new UserException(
          UserExceptionCode.EMAIL_TAKEN,
          existing.active ? `email: ${email} already has a login here; the user can log in.` : `email: ${email} already has a login here, deactivated; reactivate it in the user list instead.`,
        );
      }
      const user = await this.createInvitedUser(manager, { email, name: dto.name, role: dto.role, mentorId: null });
      return toManagedUser({ ...user, passwordHash: null });
    });
  }

  /** Sends a pending invitation again: a new link (the old one stops working) and a new expiry. */
  async resendInvitation(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.tenant.repository(UserEntity, manager).get(id, { select: selectAll, lock: { mode: 'pessimistic_write' } }, 'User');
      if (user.passwordHash) throw new UserException(UserExceptionCode.ALREADY_ACTIVATED, `${user.name} has already chosen a password and can log in; there is no invitation to send.`);
      if (!user.active) throw new UserException(UserExceptionCode.USER_INACTIVE, `${user.name} is deactivated; reactivate the user before sending a new invitation.`);
      await this.refreshInvitation(manager, user, {}, 'user.invitation_resent');
    });
  }

  /**
   * Creates a user in the caller's tenant and mails the invitation link, inside the caller's
   * transaction (also used for a mentor's own login, with `mentorId`). The caller checks the role.
   */
  async createInvitedUser(manager: EntityManager, data: { email: string; name: string; role: Role; mentorId: string | null }): Promise<UserEntity> {
    const email = data.email.toLowerCase();
    if (await manager.existsBy(UserEntity, { email })) {
      throw new UserException(UserExceptionCode.EMAIL_TAKEN, `email: ${email} already has an account. Ask the user to log in, or use another address.`);
    }
    const invitation = newInvitation();
    const repo = this.tenant.repository(UserEntity, manager);
    const user = await repo.save(
      repo.create({ email, name: data.name, role: data.role, passwordHash: null, mentorId: data.mentorId, active: true, invitationTokenHash: invitation.tokenHash, invitationExpiresAt: invitation.expiresAt }),
    );
    await this.audit.record(manager, { action: 'user.invited', entityType: 'user', entityId: user.id, details: { role: data.role, ...(data.mentorId ? { mentorId: data.mentorId } : {}) } });
    await this.mailInvitation(manager, user, invitation);
    return user;
  }

  /**
   * A new link and expiry for a user who has not accepted yet, with optional changes (a new name
   * or role from a repeated invitation, a mentor's new address), and the mail to send it.
   */
  async refreshInvitation(manager: EntityManager, user: UserEntity, changes: { name?: string; role?: Role; email?: string }, action: string): Promise<UserEntity> {
    const invitation = newInvitation();
    const values = { ...changes, active: true, invitationTokenHash: invitation.tokenHash, invitationExpiresAt: invitation.expiresAt };
    await manager.update(UserEntity, { id: user.id }, values);
    const updated = Object.assign(user, values);
    await this.audit.record(manager, { action, entityType: 'user', entityId: user.id, details: { role: updated.role, ...(changes.email ? { emailChanged: true } : {}) }, municipalityCode: user.municipalityCode, supplierId: user.supplierId });
    await this.mailInvitation(manager, updated, invitation);
    return updated;
  }

  /**
   * A mentor's login follows its mentor record: deactivating the mentor switches the login off
   * and ends its sessions at once; reactivating the mentor switches it on again.
   */
  async setMentorLoginActive(manager: EntityManager, mentorId: string, active: boolean): Promise<void> {
    const user = await manager.findOne(UserEntity, { where: { mentorId }, select: selectAll, lock: { mode: 'pessimistic_write' } });
    if (!user) return;
    if (!active) await this.revokeSessions(manager, user.id);
    if (user.active === active) return;
    await manager.update(UserEntity, { id: user.id }, { active });
    await this.audit.record(manager, { action: 'user.updated', entityType: 'user', entityId: user.id, details: { changed: ['active'], active, reason: 'mentor' }, municipalityCode: user.municipalityCode, supplierId: user.supplierId });
  }

  /**
   * A mentor's new e-mail is also their login's (409 when another login has it). A pending
   * invitation went to the old address, so a fresh link goes to the new one and the old stops working.
   */
  async changeMentorLoginEmail(manager: EntityManager, mentorId: string, email: string): Promise<void> {
    const user = await manager.findOne(UserEntity, { where: { mentorId }, select: selectAll, lock: { mode: 'pessimistic_write' } });
    const next = email.toLowerCase();
    if (!user || user.email === next) return;
    if (await manager.existsBy(UserEntity, { email: next })) {
      throw new UserException(UserExceptionCode.EMAIL_TAKEN, `email: ${next} already has a login, so the mentor's login cannot move to it. Use another address.`);
    }
    if (!user.passwordHash && user.active) {
      await this.refreshInvitation(manager, user, { email: next }, 'user.reinvited');
      return;
    }
    await manager.update(UserEntity, { id: user.id }, { email: next });
    await this.audit.record(manager, { action: 'user.updated', entityType: 'user', entityId: user.id, details: { changed: ['email'], reason: 'mentor' }, municipalityCode: user.municipalityCode, supplierId: user.supplierId });
  }

  private async mailInvitation(manager: EntityManager, user: Pick<UserEntity, 'email' | 'name' | 'role'>, invitation: Invitation): Promise<void> {
    const actor = RequestContext.actor()!;
    await this.mail.queueMail(manager, user.email, 'user-invitation', {
      name: user.name,
      invitedBy: actor.name,
      roleLabel: ROLE_LABELS_DA[user.role],
      tenantName: await tenantName(manager, actor),
      link: `${this.config.publicUrl}/invitation/${invitation.token}`,
      expiresOn: invitation.expiresAt.toISOString().slice(0, 10),
    });
  }

  private async revokeSessions(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(SessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async update(id: string, dto: UpdateUserDto): Promise<ManagedUserDto> {
    const actor = RequestContext.actor()!;
    return this.dataSource.transaction(async (manager) => {
      const repo = this.tenant.repository(UserEntity, manager);
      let user = await repo.get(id, { select: selectAll, lock: { mode: 'pessimistic_write' } }, 'User');
      if (user.id === actor.userId && (dto.role !== undefined || dto.active === false)) {
        throw new UserException(UserExceptionCode.OWN_ACCOUNT, 'You cannot change your own role or deactivate yourself; ask another administrator.');
      }
      if (dto.role !== undefined) {
        assertRoleFitsTenant(actor, dto.role);
        if (user.role === 'mentor' || dto.role === 'mentor') {
          throw new UserException(UserExceptionCode.ROLE_NOT_IN_TENANT, 'role: a mentor account follows its mentor record; change the mentor instead.');
        }
        // The platform admin may edit users of every tenant, but a role only within its kind.
        if (tenantKindOf(dto.role) !== tenantKindOf(user.role)) {
          throw new UserException(UserExceptionCode.ROLE_NOT_IN_TENANT, `role: ${dto.role} is not a role of ${user.name}'s organisation.`);
        }
      }
      const losesAdmin = TENANT_ADMIN_ROLES.includes(user.role) && user.active && (dto.active === false || (dto.role !== undefined && dto.role !== user.role));
      if (losesAdmin) {
        await this.lockTenantAdmins(manager, user);
        // Read again after the lock: another administrator may have changed this user meanwhile.
        user = await repo.get(id, { select: selectAll }, 'User');
        await this.assertAnotherAdmin(manager, user, dto.active === false ? 'active' : 'role');
      }
      if (dto.active === true && !user.active && user.mentorId && !(await manager.existsBy(MentorEntity, { id: user.mentorId, active: true }))) {
        throw new UserException(UserExceptionCode.MENTOR_INACTIVE, `active: the mentor ${user.name} is deactivated; reactivate the mentor on the mentors page, which switches the login on too.`);
      }
      const changed = Object.keys(dto).filter((k) => dto[k as keyof UpdateUserDto] !== undefined && dto[k as keyof UpdateUserDto] !== user[k as keyof UserEntity]);
      Object.assign(user, Object.fromEntries(changed.map((k) => [k, dto[k as keyof UpdateUserDto]])));
      if (changed.length) await manager.update(UserEntity, { id: user.id }, Object.fromEntries(changed.map((k) => [k, dto[k as keyof UpdateUserDto]])));
      // Deactivation logs the user out at once: the guard refuses a revoked session's token too.
      if (dto.active === false) await this.revokeSessions(manager, user.id);
      if (changed.length) await this.audit.record(manager, { action: 'user.updated', entityType: 'user', entityId: user.id, details: { changed, ...(dto.role ? { role: dto.role } : {}), ...(dto.active !== undefined ? { active: dto.active } : {}) }, municipalityCode: user.municipalityCode, supplierId: user.supplierId });
      return toManagedUser(user);
    });
  }

  /**
   * Serialises changes to a tenant's administrators, so two admins deactivating each other at
   * the same moment cannot both pass the "another admin remains" check.
   */
  private async lockTenantAdmins(manager: EntityManager, user: UserEntity): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tenant-admins:${user.municipalityCode ?? user.supplierId ?? 'platform'}`]);
  }

  /** A tenant keeps at least one active administrator who can log in (an invited one cannot yet). */
  private async assertAnotherAdmin(manager: EntityManager, user: UserEntity, field: 'active' | 'role'): Promise<void> {
    const qb = manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.role = :role AND u.active = true AND u.passwordHash IS NOT NULL AND u.id <> :id', { role: user.role, id: user.id });
    if (user.municipalityCode) qb.andWhere('u.municipalityCode = :municipality', { municipality: user.municipalityCode });
    else qb.andWhere('u.supplierId = :supplier', { supplier: user.supplierId });
    if (await qb.getExists()) return;
    const then = field === 'active' ? 'deactivate this one' : "change this one's role";
    throw new UserException(
      UserExceptionCode.LAST_ADMIN,
      `${field}: ${user.name} is the last active administrator; invite another administrator (or give a colleague the administrator role) and let them log in first, then ${then}.`,
    );
  }

  /** Public: the invitation link's page posts the token and the chosen password. */
  async acceptInvitation(dto: AcceptInvitationDto): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    await RequestContext.runAsSystem(() =>
      this.dataSource.transaction(async (manager) => {
        const user = await manager
          .getRepository(UserEntity)
          .createQueryBuilder('u')
          .setLock('pessimistic_write')
          .where('u.invitationTokenHash = :h', { h: invitationTokenHash(dto.token) })
          .getOne();
        // A used, replaced or deactivated invitation reads the same as a made-up token.
        if (!user?.active) throw new UserException(UserExceptionCode.INVITATION_INVALID, 'token: this invitation link is not valid (it may have been used already, or replaced by a newer invitation). Ask your administrator to invite you again.');
        if (!user.invitationExpiresAt || user.invitationExpiresAt.getTime() <= Date.now()) {
          const on = user.invitationExpiresAt?.toISOString().slice(0, 10) ?? '';
          throw new UserException(UserExceptionCode.INVITATION_EXPIRED, `token: this invitation expired on ${on}. Ask your administrator to send you a new invitation.`);
        }
        await manager.update(UserEntity, { id: user.id }, { passwordHash, invitationTokenHash: null, invitationExpiresAt: null });
        await this.audit.record(manager, { action: 'user.activated', entityType: 'user', entityId: user.id, actorUserId: user.id, actorRole: user.role, municipalityCode: user.municipalityCode, supplierId: user.supplierId });
      }),
    );
  }
}

interface Invitation {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

/** A fresh invitation token (mailed, never stored) and its expiry. */
function newInvitation(): Invitation {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: invitationTokenHash(token), expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000) };
}

const selectAll = { id: true, email: true, name: true, role: true, municipalityCode: true, supplierId: true, mentorId: true, active: true, lastLoginAt: true, passwordHash: true, invitationExpiresAt: true } as const;

function toManagedUser(u: Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'municipalityCode' | 'supplierId' | 'mentorId' | 'active' | 'lastLoginAt' | 'passwordHash' | 'invitationExpiresAt'>): ManagedUserDto {
  const invitationPending = !u.passwordHash;
  const invitationExpiresAt = invitationPending && u.invitationExpiresAt ? u.invitationExpiresAt.toISOString() : undefined;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    ...(u.municipalityCode ? { municipalityCode: u.municipalityCode } : {}),
    ...(u.supplierId ? { supplierId: u.supplierId } : {}),
    ...(u.mentorId ? { mentorId: u.mentorId } : {}),
    active: u.active,
    invitationPending,
    status: userStatus({ active: u.active, invitationPending, invitationExpiresAt }),
    ...(invitationExpiresAt ? { invitationExpiresAt } : {}),
    ...(u.lastLoginAt ? { lastLoginAt: u.lastLoginAt.toISOString() } : {}),
  };
}

/** Municipality admins give municipality roles; supplier admins supplier admin (mentors come with their mentor record). */
function assertRoleFitsTenant(actor: Actor, role: Role) {
  const allowed = grantableRoles(actor.role);
  if (!allowed.includes(role)) {
    throw new UserException(UserExceptionCode.ROLE_NOT_IN_TENANT, `role: ${role} is not a role you can give; choose one of ${allowed.join(', ')}.`);
  }
}

async function tenantName(manager: EntityManager, actor: Actor): Promise<string> {
  if (actor.municipalityCode) return `${(await manager.findOneBy(MunicipalityEntity, { code: actor.municipalityCode }))?.name ?? ''} Kommune`;
  if (actor.supplierId) return (await manager.findOneBy(SupplierEntity, { id: actor.supplierId }))?.name ?? '';
  return 'Mentormarkedet';
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
