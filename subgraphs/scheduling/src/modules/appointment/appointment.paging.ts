import { badUserInput, type KeysetOrder } from '@fitflow/kit';

/** Longest schedule window a caller may ask for at once, in days (a calendar quarter). */
export const MAX_RANGE_DAYS = 92;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Checks a schedule window `[from, to)` (UTC instants): `to` must be after `from`, at most
 * {@link MAX_RANGE_DAYS} days later.
 * @throws BAD_USER_INPUT (field `to`) otherwise.
 */
export function assertRange(from: Date, to: Date): void {
  if (!(to.getTime() > from.getTime())) throw badUserInput('`to` must be after `from`.', 'to');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw badUserInput(`The window from \`from\` to \`to\` may span at most ${MAX_RANGE_DAYS} days.`, 'to');
  }
}

/** The order of every appointment list: start time, then id, ascending (kit `keyset`, cursors of kind `instant`). */
export const APPOINTMENT_ORDER: KeysetOrder = { key: 'a.start_time', id: 'a.id', direction: 'asc', kind: 'instant' };

/** The sort key of an appointment in every connection: its start time, ISO 8601 UTC (ties broken by id). */
export const appointmentCursorKey = (row: { startTime: Date }) => row.startTime.toISOString();
