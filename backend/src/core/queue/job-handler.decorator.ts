import { SetMetadata } from '@nestjs/common';

import { JobName } from './job-catalogue';
import { JobHandlerFn } from './queue-driver';

export const JOB_HANDLER_METADATA = 'mm:queue:job-handler';

/**
 * Typed both ways: on a class it requires `handle(payload, ctx)` for that job's payload, on a
 * method it requires the method itself to fit; a payload mismatch is a compile error.
 */
export interface JobHandlerDecorator<N extends JobName> {
  <C extends abstract new (...args: never[]) => { handle: JobHandlerFn<N> }>(target: C): void;
  (target: object, key: string | symbol, descriptor: { value?: JobHandlerFn<N> }): void;
}

/**
 * Marks the one handler of a job, found at boot by the queue module:
 *
 * ```ts
 * @Injectable()
 * @JobHandler(JobName.SendMail)
 * export class SendMailJob {
 *   async handle({ mailId }: JobPayloads[JobName.SendMail], ctx: JobContext) { … }
 * }
 * ```
 *
 * or on a method of any provider: `@JobHandler(JobName.PurgeExpiredSessions) async purge() { … }`.
 */
export function JobHandler<N extends JobName>(name: N): JobHandlerDecorator<N> {
  return SetMetadata(JOB_HANDLER_METADATA, name) as JobHandlerDecorator<N>;
}
