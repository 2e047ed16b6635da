import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';

import { Mentor, Page, Supplier, SupplierProfile } from '@mentor/contracts';

import { setSessionCookie } from '../../core/auth/auth.controller';
import { Public, Roles } from '../../core/auth/roles.decorator';
import { AppConfig } from '../../core/config/app-config';
import { MentorsService } from './mentors.service';
import { CreateMentorDto, MentorQuery, RegisterSupplierDto, SupplierQuery, UpdateMentorDto, UpdateSupplierDto } from './suppliers.dto';
import { SuppliersService } from './suppliers.service';
import { RateLimited } from '../../core/http/rate-limit/rate-limit.guard';

const READERS = ['platform_admin', 'municipality_admin', 'procurement_officer', 'caseworker', 'supplier_admin'] as const;

@ApiTags('suppliers')
@Controller('suppliers')
export class SuppliersController {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly mentors: MentorsService,
    private readonly config: AppConfig,
  ) {}

  @Post('register')
  @Public()
  @RateLimited('supplier-registration')
  @ApiOperation({ summary: 'Register a supplier and its first administrator (logged in at once)' })
  @ApiCreatedResponse({ description: '{ supplier, user, accessToken, expiresAt }; sets the session cookie' })
  @ApiConflictResponse({ description: 'CVR_TAKEN or EMAIL_TAKEN' })
  async register(@Body() dto: RegisterSupplierDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const result = await this.suppliers.register(dto, { address: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] });
    setSessionCookie(res, result, this.config);
    return result;
  }

  @Get()
  @ApiBearerAuth()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Search suppliers (supplier users see only their own)' })
  list(@Query() query: SupplierQuery): Promise<Page<Supplier>> {
    return this.suppliers.list(query);
  }

  @Get(':id')
  @ApiBearerAuth()
  @Roles(...READERS, 'mentor')
  @ApiOperation({ summary: 'A supplier with its mentors and capacity' })
  @ApiNotFoundResponse()
  profile(@Param('id') id: string): Promise<SupplierProfile> {
    return this.suppliers.profile(id);
  }

  @Patch(':id')
  @ApiBearerAuth()
  @Roles('supplier_admin')
  @ApiOperation({ summary: "Update the supplier's own profile" })
  update(@Param('id') id: string, @Body() dto: UpdateSupplierDto): Promise<Supplier> {
    return this.suppliers.update(id, dto);
  }

  @Get(':id/mentors')
  @ApiBearerAuth()
  @Roles(...READERS)
  @ApiOperation({ summary: "A supplier's mentors, with the directory's filters" })
  mentorsOf(@Param('id') id: string, @Query() query: MentorQuery): Promise<Page<Mentor>> {
    return this.mentors.search(query, id);
  }

  @Post(':id/mentors')
  @ApiBearerAuth()
  @Roles('supplier_admin')
  @ApiOperation({ summary: 'Add a mentor (optionally inviting them to a login of their own)' })
  @ApiCreatedResponse()
  createMentor(@Param('id') id: string, @Body() dto: CreateMentorDto): Promise<Mentor> {
    return this.mentors.create(id, dto);
  }
}

@ApiTags('suppliers')
@ApiBearerAuth()
@Controller('mentors')
export class MentorsController {
  constructor(private readonly mentors: MentorsService) {}

  @Get()
  @Roles(...READERS, 'mentor')
  @ApiOperation({ summary: 'The mentor directory: every active mentor for municipal users, own mentors for suppliers' })
  search(@Query() query: MentorQuery): Promise<Page<Mentor>> {
    return this.mentors.search(query);
  }

  @Get(':id')
  @Roles(...READERS, 'mentor')
  @ApiNotFoundResponse()
  get(@Param('id') id: string): Promise<Mentor> {
    return this.mentors.get(id);
  }

  @Patch(':id')
  @Roles('supplier_admin')
  @ApiOperation({ summary: 'Change a mentor; `active: false` takes them out of matching' })
  update(@Param('id') id: string, @Body() dto: UpdateMentorDto): Promise<Mentor> {
    return this.mentors.update(id, dto);
  }

  @Delete(':id')
  @Roles('supplier_admin')
  @ApiOperation({ summary: 'Delete a mentor; one with courses, a login or history is deactivated instead (nothing lost)' })
  @ApiOkResponse({ description: "{ outcome: 'deleted' | 'deactivated' }" })
  remove(@Param('id') id: string): Promise<{ outcome: 'deleted' | 'deactivated' }> {
    return this.mentors.remove(id);
  }

  @Post(':id/invite')
  @HttpCode(204)
  @Roles('supplier_admin')
  @ApiOperation({ summary: 'Mail the mentor an invitation to a login of their own' })
  @ApiNoContentResponse()
  invite(@Param('id') id: string): Promise<void> {
    return this.mentors.invite(id);
  }
}
