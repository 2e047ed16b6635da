import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, ILike, IsNull } from 'typeorm';

import { MUNICIPALITY_ROLES, Page, Role, tenantKindOf } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { SessionEntity } from '../../core/auth/entities/session.entity';
import { hashPassword } from '../../core/auth/password-hasher';
import { AppConfig } from '../../core/config/app-config';
import { Actor, RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { MailService } from '../../core/mail/mail.service';
import { MunicipalityEntity } from '../reference/entities/municipality.entity';
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
      select: { id: true, email: true, name: true, role: true, municipalityCode: true, supplierId: true, mentorId: true, active: true, lastLoginAt: true, passwordHash: true },
    });
    return { items: rows.map(toManagedUser), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<ManagedUserDto> {
    return toManagedUser(await this.tenant.repository(UserEntity).get(id, { select: selectAll }, 'User'));
  }

  async invite(dto: InviteUserDto): Promise<ManagedUserDto> {
    assertRoleFitsTenant(RequestContext.actor()!, dto.role);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.createInvitedUser(manager, { email: dto.email, name: dto.name, role: dto.role, mentorId: null });
      return toManagedUser({ ...user, passwordHash: null });
    });
  }

  /**
   * Creates a user in the caller's tenant and mails the invitation link, inside the caller's
   * transaction (also used for a mentor's own login, with `mentorId`). The caller checks the role.
   */
  async createInvitedUser(manager: EntityManager, data: { email: string; name: string; role: Role; mentorId: string | null }): Promise<UserEntity> {
    const actor = RequestContext.actor()!;
    const email = data.email.toLowerCase();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86400_000);
    if (await manager.existsBy(UserEntity, { email })) {
      throw new UserException(UserExceptionCode.EMAIL_TAKEN, `email: ${email} already has an account. Ask the user to log in, or use another address.`);
    }
    const repo = this.tenant.repository(UserEntity, manager);
    const user = await repo.save(
      repo.create({ email, name: data.name, role: data.role, passwordHash: null, mentorId: data.mentorId, active: true, invitationTokenHash: invitationTokenHash(token), invitationExpiresAt: expiresAt }),
    );
    await this.audit.record(manager, { action: 'user.invited', entityType: 'user', entityId: user.id, details: { role: data.role, ...(data.mentorId ? { mentorId: data.mentorId } : {}) } });
    await this.mail.queueMail(manager, email, 'user-invitation', {
      name: data.name,
      invitedBy: actor.name,
      roleLabel: ROLE_LABELS_DA[data.role],
      tenantName: await tenantName(manager, actor),
      link: `${this.config.publicUrl}/invitation/${token}`,
      expiresOn: expiresAt.toISOString().slice(0, 10),
    });
    return user;
  }

  async update(id: string, dto: UpdateUserDto): Promise<ManagedUserDto> {
    const actor = RequestContext.actor()!;
    return this.dataSource.transaction(async (manager) => {
      const repo = this.tenant.repository(UserEntity, manager);
      const user = await repo.get(id, { select: selectAll, lock: { mode: 'pessimistic_write' } }, 'User');
      if (user.id === actor.userId && (dto.role !== undefined || dto.active === false)) {
        throw new UserException(UserExceptionCode.OWN_ACCOUNT, 'You cannot change your own role or deactivate yourself; ask another administrator.');
      }
      if (dto.role !== undefined) {
        assertRoleFitsTenant(actor, dto.role);
        if (user.role === 'mentor' || dto.role === 'mentor') {
          throw new UserException(UserExceptionCode.ROLE_NOT_IN_TENANT, 'role: a mentor account follows its mentor record; change the mentor instead.');
        }
      }
      const changed = Object.keys(dto).filter((k) => dto[k as keyof UpdateUserDto] !== undefined && dto[k as keyof UpdateUserDto] !== user[k as keyof UserEntity]);
      Object.assign(user, Object.fromEntries(changed.map((k) => [k, dto[k as keyof UpdateUserDto]])));
      await manager.update(UserEntity, { id: user.id }, Object.fromEntries(changed.map((k) => [k, dto[k as keyof UpdateUserDto]])));
      if (dto.active === false) {
        await manager.update(SessionEntity, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      }
      if (changed.length) await this.audit.record(manager, { action: 'user.updated', entityType: 'user', entityId: user.id, details: { changed, ...(dto.role ? { role: dto.role } : {}), ...(dto.active !== undefined ? { active: dto.active } : {}) }, municipalityCode: user.municipalityCode, supplierId: user.supplierId });
      return toManagedUser(user);
    });
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
          .where('u.invitationTokenHash = :h AND u.invitationExpiresAt > now() AND u.active = true', { h: invitationTokenHash(dto.token) })
          .getOne();
        if (!user) throw new UserException(UserExceptionCode.INVITATION_INVALID, 'token: this invitation link is not valid or has expired. Ask your administrator to invite you again.');
        await manager.update(UserEntity, { id: user.id }, { passwordHash, invitationTokenHash: null, invitationExpiresAt: null });
        await this.audit.record(manager, { action: 'user.activated', entityType: 'user', entityId: user.id, actorUserId: user.id, actorRole: user.role, municipalityCode: user.municipalityCode, supplierId: user.supplierId });
      }),
    );
  }
}

const selectAll = { id: true, email: true, name: true, role: true, municipalityCode: true, supplierId: true, mentorId: true, active: true, lastLoginAt: true, passwordHash: true } as const;

function toManagedUser(u: Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'municipalityCode' | 'supplierId' | 'mentorId' | 'active' | 'lastLoginAt' | 'passwordHash'>): ManagedUserDto {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    ...(u.municipalityCode ? { municipalityCode: u.municipalityCode } : {}),
    ...(u.supplierId ? { supplierId: u.supplierId } : {}),
    ...(u.mentorId ? { mentorId: u.mentorId } : {}),
    active: u.active,
    invitationPending: !u.passwordHash,
    ...(u.lastLoginAt ? { lastLoginAt: u.lastLoginAt.toISOString() } : {}),
  };
}

/** Municipality admins invite municipality roles; supplier admins invite supplier admins (mentors come with their mentor record). */
function assertRoleFitsTenant(actor: Actor, role: Role) {
  const kind = tenantKindOf(actor.role);
  const allowed: readonly Role[] = kind === 'municipality' ? MUNICIPALITY_ROLES : kind === 'supplier' ? ['supplier_admin'] : ['platform_admin'];
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
