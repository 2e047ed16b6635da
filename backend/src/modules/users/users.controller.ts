import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Page } from '@mentor/contracts';

import { Public, Roles } from '../../core/auth/roles.decorator';
import { AcceptInvitationDto, InviteUserDto, ManagedUserDto, UpdateUserDto, UserQuery } from './users.dto';
import { UsersService } from './users.service';
import { RateLimited } from '../../core/http/rate-limit/rate-limit.guard';

const ADMINS = ['municipality_admin', 'supplier_admin', 'platform_admin'] as const;

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @ApiBearerAuth()
  @Roles(...ADMINS)
  @ApiOperation({ summary: "Users of the caller's tenant" })
  @ApiOkResponse({ type: ManagedUserDto, isArray: true })
  list(@Query() query: UserQuery): Promise<Page<ManagedUserDto>> {
    return this.users.list(query);
  }

  @Post('users')
  @ApiBearerAuth()
  @Roles('municipality_admin', 'supplier_admin')
  @ApiOperation({
    summary: 'Invite a colleague: creates the user and mails a link that sets the password',
    description: 'An address whose invitation in this tenant was never accepted (perhaps expired) is invited again: a new link, a new expiry, the name and role given now.',
  })
  @ApiCreatedResponse({ type: ManagedUserDto })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN: the address already has a login' })
  invite(@Body() dto: InviteUserDto): Promise<ManagedUserDto> {
    return this.users.invite(dto);
  }

  @Get('users/:id')
  @ApiBearerAuth()
  @Roles(...ADMINS)
  @ApiOkResponse({ type: ManagedUserDto })
  @ApiNotFoundResponse({ description: "No such user in the caller's tenant" })
  get(@Param('id') id: string): Promise<ManagedUserDto> {
    return this.users.get(id);
  }

  @Post('users/:id/invitation')
  @HttpCode(204)
  @ApiBearerAuth()
  @Roles('municipality_admin', 'supplier_admin')
  @ApiOperation({ summary: 'Send a pending invitation again: a new link (the old one stops working) and a new expiry' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: "No such user in the caller's tenant" })
  @ApiConflictResponse({ description: 'ALREADY_ACTIVATED (the user has a password) or USER_INACTIVE' })
  resendInvitation(@Param('id') id: string): Promise<void> {
    return this.users.resendInvitation(id);
  }

  @Patch('users/:id')
  @ApiBearerAuth()
  @Roles(...ADMINS)
  @ApiOperation({ summary: 'Rename, change role within the tenant, or deactivate (ends the sessions)' })
  @ApiOkResponse({ type: ManagedUserDto })
  @ApiConflictResponse({ description: 'OWN_ACCOUNT, LAST_ADMIN (the tenant would have no administrator left) or MENTOR_INACTIVE' })
  update(@Param('id') id: string, @Body() dto: UpdateUserDto): Promise<ManagedUserDto> {
    return this.users.update(id, dto);
  }

  @Post('auth/invitations/accept')
  @Public()
  @RateLimited('invitation')
  @HttpCode(204)
  @ApiOperation({ summary: 'Choose a password with the token from an invitation mail' })
  @ApiNoContentResponse()
  accept(@Body() dto: AcceptInvitationDto): Promise<void> {
    return this.users.acceptInvitation(dto);
  }
}
