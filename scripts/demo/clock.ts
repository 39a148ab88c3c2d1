// Demo history happens on its own days: each action is stamped on the day it happened, a little
// after the one before, so that the audit log reads in order.
import { localIsoDate, type IsoDate } from '../../shared/dates.ts';

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export class DayClock {
  private day = '';
  private next = 0;
  private readonly realNow: Date;
  readonly today: IsoDate;

  constructor(realNow: Date) {
    this.realNow = realNow;
    this.today = localIsoDate(realNow);
  }

  /** A moment on `day`, later than the previous one asked for that day (the local date is `day`). */
  at(day: IsoDate): Date {
    if (day !== this.day) {
      this.day = day;
      const morning = new Date(`${day}T08:00:00`).getTime();
      // Today's entries go in just before the real time, never after it.
      this.next =
        day === this.today
          ? Math.max(new Date(`${day}T00:00:00`).getTime(), this.realNow.getTime() - 3_600_000)
          : morning;
    }
    const at = new Date(this.next);
    this.next += day === this.today ? 1_000 : 30_000;
    return at;
  }
}
