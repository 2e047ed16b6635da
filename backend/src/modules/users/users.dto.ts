import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';

import { ManagedUser, Role, ROLES, USER_STATUSES, UserInvitation, UserStatus, UserUpdate } from '@mentor/contracts';

import { PageQuery } from '../../core/http/page-query';
import { UserDto } from '../../core/auth/auth.dto';
import { trim } from '../../core/http/transforms';


export class InviteUserDto implements UserInvitation {
  @ApiProperty({ example: 'ny.kollega@hvidovre.dk' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Ny Kollega' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ enum: ROLES, description: 'A role of the inviting admin\'s own tenant kind (mentors are invited with their mentor record)' })
  @IsIn(ROLES)
  role: Role;
}

export class UpdateUserDto implements UserUpdate {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false ends every session of the user at once' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class AcceptInvitationDto {
  @ApiProperty()
  @IsString()
  @Length(20, 100)
  token: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(200)
  password: string;
}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Matches name or e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ManagedUserDto extends UserDto implements ManagedUser {
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Invited and has not chosen a password yet' }) invitationPending: boolean;
  @ApiProperty({ enum: USER_STATUSES, description: 'active, invited, invitation_expired (send a new invitation) or deactivated' }) status: UserStatus;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the pending invitation link stops working' }) invitationExpiresAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) lastLoginAt?: string;
}
