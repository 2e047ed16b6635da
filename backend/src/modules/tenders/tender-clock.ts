import { Injectable } from '@nestjs/common';

/**
 * The time deadlines are checked against. One injectable place, so tests move "now" (a bid one
 * second late) without sleeping: `jest.spyOn(app.get(TenderClock), 'now').mockReturnValue(…)`.
 */
@Injectable()
export class TenderClock {
  now(): Date {
    return new Date();
  }
}
