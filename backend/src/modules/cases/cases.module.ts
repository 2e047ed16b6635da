import { Module } from '@nestjs/common';

import { AssignmentsService } from './assignments.service';
import { CasesController, MunicipalitySettingsController } from './cases.controller';
import { CasesService } from './cases.service';
import { CourseEvents } from './course-events';
import { ExpireOfferJob } from './jobs/expire-offer.job';
import { FinishCoursesJob } from './jobs/finish-courses.job';
import { OfferSweepJob } from './jobs/offer-sweep.job';
import { MatchingService } from './matching.service';
import { OffersService } from './offers.service';

@Module({
  controllers: [CasesController, MunicipalitySettingsController],
  providers: [CasesService, MatchingService, OffersService, AssignmentsService, CourseEvents, ExpireOfferJob, OfferSweepJob, FinishCoursesJob],
  exports: [CasesService, MatchingService, OffersService, AssignmentsService, CourseEvents],
})
export class CasesModule {}
