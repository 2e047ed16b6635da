import { Module } from '@nestjs/common';

import { AssignmentsService } from './assignments.service';
import { CasesController, MunicipalitySettingsController } from './cases.controller';
import { CasesService } from './cases.service';
import { ExpireOfferJob } from './jobs/expire-offer.job';
import { OfferSweepJob } from './jobs/offer-sweep.job';
import { MatchingService } from './matching.service';
import { OffersService } from './offers.service';

@Module({
  controllers: [CasesController, MunicipalitySettingsController],
  providers: [CasesService, MatchingService, OffersService, AssignmentsService, ExpireOfferJob, OfferSweepJob],
  exports: [CasesService, MatchingService, OffersService, AssignmentsService],
})
export class CasesModule {}
