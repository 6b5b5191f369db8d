import { badUserInput, decodeCursor } from '@fitflow/kit';

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

/** Keyset position of the last appointment seen: its start time (UTC) and id. */
export interface AfterPosition {
  time: Date;
  id: string;
}

/**
 * Decodes an `after` cursor of an appointment connection (see {@link appointmentCursorKey}).
 * @throws BAD_USER_INPUT (field `after`) when it was not produced by this API.
 */
export function decodeAfter(after: string | null | undefined): AfterPosition | null {
  const cursor = decodeCursor(after, 'instant');
  return cursor && { time: new Date(cursor.key), id: cursor.id };
}

/** The sort key of an appointment in every connection: its start time, ISO 8601 UTC (ties broken by id). */
export const appointmentCursorKey = (row: { startTime: Date }) => row.startTime.toISOString();
