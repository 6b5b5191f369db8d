/**
 * The month of sessions bench/month-end.ts bills: pure, so that its shape (how many, where, when,
 * how many attendees) is tested apart from the timing (month-end.plan.test.ts).
 */
import { DateTime } from 'luxon';

/** Minutes a planned session lasts; sessions of one day follow each other without a gap. */
export const SESSION_MINUTES = 40;

/** First start of every day, UTC hour: 05:00 in Vancouver in winter, 09:00 in Toronto in summer. */
const FIRST_START_UTC_HOUR = 13;

/** The class categories, in the order they recur: six group classes, three personal trainings and a trial in ten. */
const CATEGORY_CYCLE = ['group', 'individual', 'group', 'group', 'individual', 'group', 'trial', 'group', 'individual', 'group'] as const;

export type SessionCategory = (typeof CATEGORY_CYCLE)[number];

export interface PlannedSession {
  /** UTC instants. */
  start: Date;
  end: Date;
  /** Index of the studio (0, 1 or 2) in the studios given to {@link planMonth}. */
  studio: number;
  category: SessionCategory;
  /** Confirmed bookings (group: 3 to 10; personal training and trial: 1). */
  booked: number;
  /** Of those, how many are marked absent (`attended = false`): one in every fourth group class. */
  absent: number;
}

/**
 * `count` completed sessions spread evenly over the calendar month `month` (`YYYY-MM`): the same
 * number each day (the last days may have fewer), back to back from 13:00 UTC, each day in three
 * blocks at the three studios (0, 1, 2 on the first day; 1, 2, 0 on the next; …). Every session starts and ends on its
 * own day in every Canadian zone (UTC−2:30 to UTC−8), so it belongs to the month wherever its studio
 * is, and no two overlap (scheduling refuses a trainer's overlapping sessions).
 * @throws RangeError when more than 18 sessions a day would be needed (they would cross midnight in
 *   Newfoundland).
 */
export function planMonth(month: string, count: number): PlannedSession[] {
  const first = DateTime.fromISO(`${month}-01`, { zone: 'UTC' });
  if (!first.isValid) throw new RangeError(`${month} is not a month (YYYY-MM)`);
  const days = first.daysInMonth!;
  const perDay = Math.ceil(count / days);
  if (perDay > 18) throw new RangeError(`${count} sessions in ${days} days is more than 18 a day`);
  return Array.from({ length: count }, (_, n) => {
    const [day, slot] = [Math.floor(n / perDay), n % perDay];
    const start = first.plus({ days: day, hours: FIRST_START_UTC_HOUR, minutes: slot * SESSION_MINUTES });
    const category = CATEGORY_CYCLE[n % CATEGORY_CYCLE.length];
    const booked = category === 'group' ? 3 + (n % 8) : 1;
    return {
      start: start.toJSDate(),
      end: start.plus({ minutes: SESSION_MINUTES }).toJSDate(),
      studio: (Math.floor((slot * 3) / perDay) + day) % 3,
      category,
      booked,
      absent: category === 'group' && n % 4 === 0 ? 1 : 0,
    };
  });
}

/** The first and last day (`YYYY-MM-DD`) of the calendar month before the one `now` falls in, in `zone`. */
export function previousMonth(now: Date, zone: string): { month: string; periodStart: string; periodEnd: string } {
  const first = DateTime.fromJSDate(now, { zone }).startOf('month').minus({ months: 1 });
  return { month: first.toFormat('yyyy-MM'), periodStart: first.toISODate()!, periodEnd: first.endOf('month').toISODate()! };
}
