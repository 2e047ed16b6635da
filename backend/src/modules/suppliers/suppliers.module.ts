import { Module } from '@nestjs/common';

import { UsersModule } from '../users/users.module';
import { MentorsService } from './mentors.service';
import { MentorsController, SuppliersController } from './suppliers.controller';
import { SuppliersService } from './suppliers.service';

@Module({
  imports: [UsersModule],
  controllers: [SuppliersController, MentorsController],
  providers: [SuppliersService, MentorsService],
  exports: [SuppliersService, MentorsService],
})
export class SuppliersModule {}
