import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * A course started (offer accepted), was extended by a new linked period, or ended (early, on
 * its planned date, or because it was extended). Listeners run inside the transaction that made
 * the change, so what they write (the report schedule, follow-ups, surveys) commits with it.
 */
export type CourseEvent =
  | { kind: 'started'; assignmentId: string }
  | { kind: 'extended'; assignmentId: string; previousAssignmentId: string }
  | { kind: 'ended'; assignmentId: string; reason: string };

export type CourseEventListener = (manager: EntityManager, event: CourseEvent) => Promise<void>;

/**
 * The seam between courses and what follows from them: the reports module subscribes, so the
 * cases module does not depend on it.
 */
@Injectable()
export class CourseEvents {
  private readonly listeners: CourseEventListener[] = [];

  subscribe(listener: CourseEventListener): void {
    this.listeners.push(listener);
  }

  async emit(manager: EntityManager, event: CourseEvent): Promise<void> {
    for (const listener of this.listeners) await listener(manager, event);
  }
}
