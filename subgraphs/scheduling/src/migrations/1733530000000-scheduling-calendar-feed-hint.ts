import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feeds keep the last four characters of their token (`url_hint`), so a trainer can tell
 * which secret URL is the active one; the token itself is stored only as its SHA-256. Four base64url
 * characters are 24 of the token's 256 bits: guessing the rest is still out of reach.
 */
export class SchedulingCalendarFeedHint1733530000000 implements MigrationInterface {
  name = 'SchedulingCalendarFeedHint1733530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table scheduling.calendar_feeds
        add column url_hint varchar(4) not null check (url_hint ~ '^[A-Za-z0-9_-]{4}$');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table scheduling.calendar_feeds drop column url_hint;`);
  }
}
