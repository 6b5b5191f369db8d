import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/** Earliest date of birth accepted (anything before is a typo). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Today's date in UTC, `YYYY-MM-DD`. */
export const todayUtc = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/**
 * True when `value` is a calendar date `YYYY-MM-DD` strictly before today's date in UTC and not
 * before {@link EARLIEST_BIRTH_DATE}.
 */
export function isPastLocalDate(value: unknown, now: Date = new Date()): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) return false;
  return value >= EARLIEST_BIRTH_DATE && value < todayUtc(now);
}

/** class-validator: the property is a date in the past (see {@link isPastLocalDate}). */
export function IsPastLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPastLocalDate',
      validator: {
        validate: (value) => isPastLocalDate(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a date in the past (YYYY-MM-DD, from ${EARLIEST_BIRTH_DATE})`, options),
      },
    },
    options,
  );
}

/** Phone numbers as people type them: digits, spaces, `+ - . ( )`, 7 to 20 characters, e.g. "+1-416-555-0140". */
export const PHONE_PATTERN = /^\+?[0-9(][0-9 ().-]{5,18}[0-9]$/;
