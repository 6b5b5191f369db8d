import { describe, expect, it } from 'vitest';
import { feedDescription, feedLocation, renderFeed } from './calendar-feed.ics.js';
import type { FeedSession } from './calendar-feed.repository.js';

const session = (over: Partial<FeedSession> = {}): FeedSession => ({
  id: '6f1c2a9e-0b7d-4c1e-9a3b-2d4e5f607182',
  startTime: new Date('2026-03-08T14:00:00Z'),
  endTime: new Date('2026-03-08T15:00:00Z'),
  status: 'scheduled',
  sequence: 3,
  updatedAt: new Date('2026-03-01T10:00:00Z'),
  classTypeName: 'Mobility; stretch, breathe',
  capacity: 8,
  locationType: 'studio',
  studioName: 'Harbourfront Movement',
  booked: 3,
  waitlisted: 0,
  ...over,
});

describe('what a calendar feed says about a session', () => {
  it('names the place without an address: the studio, "Online", or "At the client’s"', () => {
    expect(feedLocation(session())).toBe('Harbourfront Movement');
    expect(feedLocation(session({ locationType: 'online', studioName: null }))).toBe('Online');
    expect(feedLocation(session({ locationType: 'client-location', studioName: null }))).toBe('At the client’s');
  });

  it('gives the head count, and the waitlist when there is one', () => {
    expect(feedDescription(session())).toBe('3 of 8 booked');
    expect(feedDescription(session({ booked: 8, waitlisted: 2 }))).toBe('8 of 8 booked, 2 on the waitlist');
  });

  it('writes UTC times, the stable UID, SEQUENCE, escaped text and STATUS:CANCELLED for a cancelled session', () => {
    const text = renderFeed(
      [session(), session({ id: 'a0e1c2d3-0000-4000-8000-000000000001', status: 'cancelled', sequence: 4 })],
      new Date('2026-03-02T00:00:00Z'),
    );
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain(
      'UID:6f1c2a9e-0b7d-4c1e-9a3b-2d4e5f607182@fitflow\r\nSEQUENCE:3\r\nDTSTAMP:20260302T000000Z\r\nDTSTART:20260308T140000Z\r\nDTEND:20260308T150000Z\r\n',
    );
    expect(text).toContain('SUMMARY:Mobility\\; stretch\\, breathe\r\n');
    expect(text).toContain('SEQUENCE:4');
    expect(text.match(/STATUS:[A-Z]+/g)).toEqual(['STATUS:CONFIRMED', 'STATUS:CANCELLED']);
    expect(text).not.toContain('VTIMEZONE');
  });
});
