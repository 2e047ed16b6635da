import { ALL_JOB_NAMES } from './job-catalogue';

export interface FoundJobHandler {
  /** What the decorator named; a string because metadata is not type-checked at runtime. */
  jobName: string;
  /** Where it was found, for messages: "SendMailJob.handle". */
  handler: string;
}

/**
 * The boot check: every job in the catalogue has exactly one handler, and no handler names a job
 * that is not in it. Returns the problems, empty when all is well.
 */
export function checkHandlers(found: readonly FoundJobHandler[], expected: readonly string[] = ALL_JOB_NAMES): string[] {
  const byJob = new Map<string, string[]>();
  for (const { jobName, handler } of found) byJob.set(jobName, [...(byJob.get(jobName) ?? []), handler]);
  const problems: string[] = [];
  for (const jobName of expected) {
    const handlers = byJob.get(jobName) ?? [];
    if (handlers.length === 0) problems.push(`Job ${jobName} has no handler: add a provider with @JobHandler(${jobName}).`);
    if (handlers.length > 1) problems.push(`Job ${jobName} has ${handlers.length} handlers (${handlers.join(', ')}): keep exactly one.`);
  }
  for (const [jobName, handlers] of byJob) {
    if (!expected.includes(jobName)) problems.push(`${handlers.join(', ')} handle${handlers.length > 1 ? '' : 's'} ${JSON.stringify(jobName)}, which is not in the job catalogue.`);
  }
  return problems;
}
