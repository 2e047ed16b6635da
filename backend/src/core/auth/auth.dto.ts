import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength, MinLength } from 'class-validator';

import { LoginRequest, LoginResponse, Role, ROLES, User } from '@mentor/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'sagsbehandler@hvidovre.demo' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'mentor-demo-2026' })
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'mentor@nordmentor.demo' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token from the link in the mail' })
  @IsString()
  @Length(20, 100, { message: 'token: this link is not valid. Ask for a new one.' })
  token: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(200)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: 'newPassword must be at least 12 characters' })
  @MaxLength(200)
  newPassword: string;
}

export class UserDto implements User {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiPropertyOptional({ example: '0167' }) municipalityCode?: string;
  @ApiPropertyOptional({ format: 'uuid' }) supplierId?: string;
  @ApiPropertyOptional({ description: "The supplier's name (supplier roles)" }) supplierName?: string;
  @ApiPropertyOptional({ format: 'uuid' }) mentorId?: string;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`; the web app uses the cookie instead.' })
  accessToken: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: UserDto }) user: UserDto;
}
