import { QueryCounter, systemContext } from '@fitflow/kit';
import { demoAuth, demoTenant, demoTrainer as trainer, executeAsJson as run, quietLog, UNKNOWN_ID, useSubgraphTestBed } from '@fitflow/testkit';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { schedulingData } from '../../data.js';
import { buildSchedulingServer } from '../../server.js';
import { DEFAULT_PUBLIC_URL } from './calendar-feed.config.js';
import { calendarFeedIcs } from './calendar-feed.service.js';

/**
 * A trainer's secret calendar feed: who may see, create, rotate and revoke it, what is stored (a hash,
 * never the token), the audit trail, and that a rotated or revoked token stops answering. The feed's
 * content, fetched through the gateway, is tested in gateway/test/calendar-feed.int.test.ts.
 */

const counter = new QueryCounter();
const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { counter, as: 'app' });

const CREATE = 'mutation($t: ID) { createCalendarFeed(trainerId: $t) { url feed { id createdAt urlHint } } }';
const REVOKE = 'mutation($t: ID) { revokeCalendarFeed(trainerId: $t) }';
const FEED_OF = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { id calendarFeed { id createdAt urlHint } } } }';

const maya = () => trainer('maya').id;
const liam = () => trainer('liam').id;
const sha256 = (text: string) => createHash('sha256').update(text).digest();
const tokenOf = (url: string) => /\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)![1];

const create = async (email: string, trainerId?: string) => run(bed.server, CREATE, { t: trainerId }, await demoAuth(email));
const revoke = async (email: string, trainerId?: string) => run(bed.server, REVOKE, { t: trainerId }, await demoAuth(email));
const feedOf = async (email: string, ...trainerIds: string[]) =>
  run(bed.server, FEED_OF, { r: trainerIds.map((id) => ({ __typename: 'Trainer', id })) }, await demoAuth(email));
/** The feed's calendar as the internal route would answer it (null: 404). */
const ics = (token: string) => {
  const request = systemContext('calendar-feed-test', quietLog);
  return calendarFeedIcs(schedulingData({ ds: bed.ds, publicUrl: DEFAULT_PUBLIC_URL }, request), quietLog, token);
};
const feedRows = (trainerId: string) =>
  bed.owner.query('select id, token_sha256, url_hint, revoked_at from scheduling.calendar_feeds where trainer_id = $1 order by created_at, id', [trainerId]);
const auditRows = (feedId: string) =>
  bed.owner.query('select user_id, action, new_values, reason from scheduling.audit_log where table_name = $1 and record_id = $2 order by created_at', [
    'calendar_feeds',
    feedId,
  ]);

afterAll(async () => {
  await bed.owner?.query('delete from scheduling.calendar_feeds where trainer_id = any($1::uuid[])', [[maya(), liam(), trainer('noah').id]]);
});

describe('a trainer creates, sees, rotates and revokes their secret calendar URL', () => {
  it('shows Maya her new URL once, keeps only its SHA-256, and then shows the feed without the secret', async () => {
    const result = await create('maya@fitflow.demo');
    expect(result.errors).toBeUndefined();
    const { url, feed } = result.data!.createCalendarFeed;
    expect(url).toMatch(new RegExp(`^${DEFAULT_PUBLIC_URL}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const token = tokenOf(url);
    expect(feed.urlHint).toBe(token.slice(-4));

    const rows = await feedRows(maya());
    const active = rows.filter((r: { revoked_at: Date | null }) => r.revoked_at === null);
    expect(active).toHaveLength(1);
    expect(active[0].id).toBe(feed.id);
    expect(Buffer.compare(active[0].token_sha256, sha256(token))).toBe(0);
    const dump = JSON.stringify(await bed.owner.query('select * from scheduling.calendar_feeds'));
    expect(dump).not.toContain(token);

    const seen = await feedOf('maya@fitflow.demo', maya());
    expect(seen.errors).toBeUndefined();
    expect(seen.data!._entities[0].calendarFeed).toEqual(feed);
    expect(JSON.stringify(seen)).not.toContain(token);

    const audit = await auditRows(feed.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', new_values: { trainerId: maya() } });
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(await ics(token)).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('rotates: a second URL revokes the first in the same transaction, which then answers as unknown', async () => {
    const first = (await create('maya@fitflow.demo')).data!.createCalendarFeed;
    const second = (await create('maya@fitflow.demo')).data!.createCalendarFeed;
    expect(second.feed.id).not.toBe(first.feed.id);
    expect(await ics(tokenOf(first.url))).toBeNull();
    expect(await ics(tokenOf(second.url))).toMatch(/^BEGIN:VCALENDAR/);
    expect((await feedOf('maya@fitflow.demo', maya())).data!._entities[0].calendarFeed.id).toBe(second.feed.id);
    const rotated = await auditRows(first.feed.id);
    expect(rotated.map((r: { action: string; reason: string | null }) => [r.action, r.reason])).toEqual([
      ['create', null],
      ['update', 'rotated'],
    ]);
    expect((await auditRows(second.feed.id))[0].new_values).toEqual({ trainerId: maya(), rotates: first.feed.id });
  });

  it('keeps one active URL when two rotations race', async () => {
    const results = await Promise.all([create('maya@fitflow.demo'), create('maya@fitflow.demo')]);
    for (const r of results) expect(r.errors).toBeUndefined();
    const active = (await feedRows(maya())).filter((r: { revoked_at: Date | null }) => r.revoked_at === null);
    expect(active).toHaveLength(1);
    const answering = await Promise.all(results.map((r) => ics(tokenOf(r.data!.createCalendarFeed.url))));
    expect(answering.filter((a) => a !== null)).toHaveLength(1);
  });

  it('revokes: the URL answers as unknown, the trainer has no feed, and a second revocation says there was none', async () => {
    const { url, feed } = (await create('maya@fitflow.demo')).data!.createCalendarFeed;
    expect((await revoke('maya@fitflow.demo')).data).toEqual({ revokeCalendarFeed: true });
    expect(await ics(tokenOf(url))).toBeNull();
    expect((await feedOf('maya@fitflow.demo', maya())).data!._entities[0].calendarFeed).toBeNull();
    expect((await revoke('maya@fitflow.demo')).data).toEqual({ revokeCalendarFeed: false });
    expect((await auditRows(feed.id)).map((r: { reason: string | null }) => r.reason)).toEqual([null, 'revoked']);
  });

  it('answers a malformed or made-up token as unknown', async () => {
    expect(await ics('not-a-token')).toBeNull();
    expect(await ics('A'.repeat(43))).toBeNull();
    expect(await ics(`${'A'.repeat(42)}=`)).toBeNull();
  });
});

describe('who may see and manage a trainer’s feed', () => {
  it('lets Maya, a trainer admin, create, see and revoke the feed of Liam, her team member; the audit names her', async () => {
    const created = await create('maya@fitflow.demo', liam());
    expect(created.errors).toBeUndefined();
    const seenByLiam = await feedOf('liam@fitflow.demo', liam());
    expect(seenByLiam.data!._entities[0].calendarFeed).toEqual(created.data!.createCalendarFeed.feed);
    const [audit] = await auditRows(created.data!.createCalendarFeed.feed.id);
    expect(audit.user_id).toBe(demoTenant().users.find((u) => u.email === 'maya@fitflow.demo')!.id);
    expect((await revoke('maya@fitflow.demo', liam())).data).toEqual({ revokeCalendarFeed: true });
  });

  it('refuses Liam and Noah Maya’s feed: FORBIDDEN to read, rotate or revoke (NOT_FOUND only for an unknown trainer); nothing changes', async () => {
    const { url } = (await create('maya@fitflow.demo')).data!.createCalendarFeed;
    for (const email of ['liam@fitflow.demo', 'noah@fitflow.demo']) {
      const read = await feedOf(email, maya());
      expect(read.errors?.[0]).toMatchObject({ path: ['_entities', 0, 'calendarFeed'], extensions: { code: 'FORBIDDEN' } });
      expect((await create(email, UNKNOWN_ID)).errors?.[0], email).toMatchObject({ message: 'Trainer not found.', extensions: { code: 'NOT_FOUND' } });
      for (const attempt of [await create(email, maya()), await revoke(email, maya())]) {
        expect(attempt.errors?.[0], email).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      }
    }
    expect(await ics(tokenOf(url))).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('refuses studio admins and clients outright (FORBIDDEN), and anonymous callers (UNAUTHENTICATED)', async () => {
    for (const email of ['studio@harbourfront.demo', 'emma.wilson@example.com']) {
      expect((await create(email, maya())).errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
      expect((await revoke(email, maya())).errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
      expect((await feedOf(email, maya())).errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
    }
    expect((await run(bed.server, CREATE, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a super admin manage anyone’s feed, but asks which trainer, and knows unknown ones', async () => {
    const noah = trainer('noah').id;
    const created = await create('admin@fitflow.demo', noah);
    expect(created.errors).toBeUndefined();
    expect((await feedOf('admin@fitflow.demo', noah)).data!._entities[0].calendarFeed.id).toBe(created.data!.createCalendarFeed.feed.id);
    expect((await create('admin@fitflow.demo')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'trainerId' } });
    expect((await create('admin@fitflow.demo', UNKNOWN_ID)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await create('admin@fitflow.demo', 'not-an-id')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'trainerId' } });
    expect((await revoke('admin@fitflow.demo', noah)).data).toEqual({ revokeCalendarFeed: true });
  });

  it('reads the feeds of three trainers in as many SQL statements as one', async () => {
    await create('maya@fitflow.demo');
    await create('maya@fitflow.demo', liam());
    const count = async (ids: string[]) => {
      counter.reset();
      const result = await feedOf('maya@fitflow.demo', ...ids);
      expect(result.errors).toBeUndefined();
      return counter.count;
    };
    expect(await count([maya(), liam(), trainer('sofia').id])).toBe(await count([maya()]));
  });
});
