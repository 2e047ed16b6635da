import { Injectable, OnApplicationBootstrap } from '@nestjs/common';

import { RequestContext } from '../../../core/context/request-context';
import { JobName, JobPayloads } from '../../../core/queue/job-catalogue';
import { JobHandler } from '../../../core/queue/job-handler.decorator';
import { QueueService } from '../../../core/queue/queue.service';
import { copenhagenDate } from '../../tenders/utils/danish-holidays.util';
import { AssignmentsService } from '../assignments.service';

/**
 * Every hour (and at start, after downtime): courses whose planned end date has passed end by
 * themselves, which frees the mentor's capacity and opens the follow-ups and surveys.
 */
@Injectable()
@JobHandler(JobName.FinishCourses)
export class FinishCoursesJob implements OnApplicationBootstrap {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly queue: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(JobName.FinishCourses, {}, { key: 'courses-finish', every: 3_600_000 });
  }

  async handle(_payload: JobPayloads[JobName.FinishCourses]): Promise<void> {
    await RequestContext.runAsSystem(async () => {
      while ((await this.assignments.finishDue(copenhagenDate(new Date()))) === 500);
    });
  }
}
