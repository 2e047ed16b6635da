import { Module } from '@nestjs/common';

import { AgreementsController } from './agreements.controller';
import { BidsController } from './bids.controller';
import { BidsService } from './bids.service';
import { TenderDocumentsService } from './documents/tender-documents.service';
import { EvaluationService } from './evaluation.service';
import { AgreementsInForceJob } from './jobs/agreements-in-force.job';
import { CloseTenderJob } from './jobs/close-tender.job';
import { TenderSweepJob } from './jobs/tender-sweep.job';
import { OcdsExportService } from './ocds/ocds-export.service';
import { TenderClock } from './tender-clock';
import { TenderLifecycleService } from './tender-lifecycle.service';
import { TendersController } from './tenders.controller';
import { TendersService } from './tenders.service';

/** Procurement: tenders, sealed bids, evaluation, award, framework agreements, documents and OCDS. */
@Module({
  controllers: [TendersController, BidsController, AgreementsController],
  providers: [
    TenderClock,
    TendersService,
    TenderLifecycleService,
    BidsService,
    EvaluationService,
    TenderDocumentsService,
    OcdsExportService,
    CloseTenderJob,
    AgreementsInForceJob,
    TenderSweepJob,
  ],
  exports: [TendersService, EvaluationService, TenderLifecycleService, TenderClock],
})
export class TendersModule {}
