import ical, { ICalEventStatus } from 'ical-generator';
import type { FeedSession } from './calendar-feed.repository.js';

/** The calendar's name in a calendar app (X-WR-CALNAME): no personal name, the URL may be shared. */
export const FEED_CALENDAR_NAME = 'FitFlow sessions';
/** How often calendar apps are asked to refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL), in seconds. */
export const FEED_REFRESH_SECONDS = 15 * 60;

/** Where a session is, as the feed says it: the studio's name, "Online" or "At the client's" (never an address). */
export function feedLocation(session: Pick<FeedSession, 'locationType' | 'studioName'>): string {
  if (session.locationType === 'online') return 'Online';
  if (session.locationType === 'client-location') return 'At the client’s';
  return session.studioName ?? 'Studio';
}

/** The head count line of a session: "3 of 8 booked", plus the waitlist when there is one. */
export function feedDescription(session: Pick<FeedSession, 'booked' | 'capacity' | 'waitlisted'>): string {
  const waitlist = session.waitlisted > 0 ? `, ${session.waitlisted} on the waitlist` : '';
  return `${session.booked} of ${session.capacity} booked${waitlist}`;
}

/** The stable iCalendar UID of a session: its appointment id, whatever changes (time, place, status). */
export const feedUid = (appointmentId: string) => `${appointmentId}@fitflow`;

/**
 * A trainer's sessions as an RFC 5545 calendar (ical-generator), for Google Calendar, Apple Calendar
 * and Outlook subscriptions. Holds **no PHI**: per session the class type's name (SUMMARY), the place
 * ({@link feedLocation}), the head count ({@link feedDescription}) — never a client's name, contact or
 * note, nor the cancellation reason.
 *
 * - Times are UTC (`…Z`), so no VTIMEZONE is needed; calendar apps show them in the viewer's zone.
 * - UID `<appointment id>@fitflow` ({@link feedUid}); SEQUENCE is `appointments.sequence`, bumped by
 *   every change a calendar should pick up; LAST-MODIFIED the row's `updated_at`; DTSTAMP `stamp`
 *   (when the feed was generated).
 * - A cancelled session stays, with STATUS:CANCELLED, so subscribed calendars remove or strike it;
 *   every other session is STATUS:CONFIRMED.
 * - Occurrences of a series are materialised rows, so each is its own VEVENT with its own UID: no
 *   RRULE and no RECURRENCE-ID are needed (docs/scheduling.md, Calendar feed).
 *
 * @param sessions by start time. @param stamp DTSTAMP of every event (UTC).
 * @returns the calendar text: CRLF line ends (the last line too), long lines folded at 75 octets.
 */
export function renderFeed(sessions: readonly FeedSession[], stamp: Date): string {
  const calendar = ical({
    name: FEED_CALENDAR_NAME,
    prodId: { company: 'FitFlow', product: 'Sessions', language: 'EN' },
    ttl: FEED_REFRESH_SECONDS,
  });
  for (const session of sessions) {
    calendar.createEvent({
      id: feedUid(session.id),
      start: session.startTime,
      end: session.endTime,
      stamp,
      lastModified: session.updatedAt,
      sequence: session.sequence,
      status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: session.classTypeName,
      location: feedLocation(session),
      description: feedDescription(session),
    });
  }
  return `${calendar.toString()}\r\n`;
}
