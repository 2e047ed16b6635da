import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

import { checkHandlers, FoundJobHandler } from './check-handlers.util';
import { isJobName, JobName } from './job-catalogue';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';
import { JobHandlerFn } from './queue-driver';

export interface ExploredJobHandlers {
  handlers: Map<JobName, JobHandlerFn<JobName>>;
  found: FoundJobHandler[];
  problems: string[];
}

type Methods = Record<string, unknown>;

/** Finds the `@JobHandler` providers of the whole application (any module) once it has booted. */
@Injectable()
export class JobHandlerExplorer {
  private readonly reflector = new Reflector();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  explore(): ExploredJobHandlers {
    const handlers = new Map<JobName, JobHandlerFn<JobName>>();
    const found: FoundJobHandler[] = [];
    const problems: string[] = [];
    const seen = new Set<object>();

    for (const wrapper of this.discovery.getProviders()) {
      const metatype: unknown = wrapper.metatype;
      const isStatic = wrapper.isDependencyTreeStatic() && !wrapper.isTransient;
      const instance: unknown = isStatic ? wrapper.instance : undefined;
      if (!isStatic) {
        // A job runs outside any request: a request-scoped or transient handler has no instance.
        if (typeof metatype === 'function' && this.jobsOf(metatype.prototype as object, metatype).length > 0) {
          problems.push(`${metatype.name} is a job handler but not a singleton provider: job handlers cannot be request-scoped or transient.`);
        }
        continue;
      }
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);

      const prototype = Object.getPrototypeOf(instance) as object;
      const className = instance.constructor.name;
      for (const { jobName, method } of this.jobsOf(prototype, instance.constructor)) {
        const label = `${className}.${method}`;
        found.push({ jobName, handler: label });
        const fn = (instance as Methods)[method];
        if (typeof fn !== 'function') {
          problems.push(`${className} is decorated with @JobHandler(${jobName}) but has no ${method}(payload, ctx) method.`);
          continue;
        }
        if (isJobName(jobName) && !handlers.has(jobName)) {
          handlers.set(jobName, (payload, ctx) => (fn as JobHandlerFn<JobName>).call(instance, payload, ctx));
        }
      }
    }
    problems.push(...checkHandlers(found));
    return { handlers, found, problems };
  }

  /** Class-level `@JobHandler` means the `handle` method; method-level means that method. */
  private jobsOf(prototype: object, classRef: unknown): { jobName: string; method: string }[] {
    const jobs: { jobName: string; method: string }[] = [];
    const classJob = typeof classRef === 'function' ? this.reflector.get<string | undefined>(JOB_HANDLER_METADATA, classRef) : undefined;
    if (classJob !== undefined) jobs.push({ jobName: classJob, method: 'handle' });
    for (const method of this.scanner.getAllMethodNames(prototype)) {
      const fn = (prototype as Methods)[method];
      const methodJob = typeof fn === 'function' ? this.reflector.get<string | undefined>(JOB_HANDLER_METADATA, fn) : undefined;
      if (methodJob !== undefined) jobs.push({ jobName: methodJob, method });
    }
    return jobs;
  }
}
