import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

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
  @ApiOperation({ summary: 'Invite a colleague: creates the user and mails a link that sets the password' })
  @ApiCreatedResponse({ type: ManagedUserDto })
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

  @Patch('users/:id')
  @ApiBearerAuth()
  @Roles(...ADMINS)
  @ApiOperation({ summary: 'Rename, change role within the tenant, or deactivate (ends the sessions)' })
  @ApiOkResponse({ type: ManagedUserDto })
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
