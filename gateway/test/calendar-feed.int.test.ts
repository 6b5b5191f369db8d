import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { demoTenant, demoTrainer, graphql, postGraphQL, quietLog, signInThroughGateway, testEnv } from '@fitflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';

/**
 * A trainer's secret calendar feed, end to end: created through the gateway's GraphQL API, fetched
 * from the gateway's `GET /calendar/<token>.ics` (which asks the private scheduling subgraph), and
 * checked as a calendar app would read it — valid RFC 5545 structure, the trainer's sessions, and no
 * client's name or email anywhere.
 */

let stack: InProcessStack;
beforeAll(async () => {
  stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL });
}, 120_000);
afterAll(async () => {
  // Leave no active feed behind for the tests that follow.
  if (stack) for (const email of ['maya@fitflow.demo']) await postGraphQL(stack.gatewayUrl, REVOKE, {}, { token: await login(email) });
  await stack?.stop();
});

const CREATE = graphql(`
  mutation CreateCalendarFeed($trainerId: ID) {
    createCalendarFeed(trainerId: $trainerId) {
      url
      feed {
        id
        createdAt
        urlHint
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeCalendarFeed($trainerId: ID) {
    revokeCalendarFeed(trainerId: $trainerId)
  }
`);
const FEED_OF = graphql(`
  query TrainerCalendarFeed($id: ID!) {
    trainer(id: $id) {
      id
      calendarFeed {
        id
        urlHint
      }
    }
  }
`);

const tokens = new Map<string, string>();
const login = async (email: string) => {
  if (!tokens.has(email)) tokens.set(email, (await signInThroughGateway(stack.gatewayUrl, email)).accessToken);
  return tokens.get(email)!;
};
const createFeed = async (email: string, trainerId?: string) => postGraphQL(stack.gatewayUrl, CREATE, { trainerId }, { token: await login(email) });

/** The feed URL as served by this test's gateway (the in-process stack's gateway listens on a free port, not PUBLIC_URL's). */
const atGateway = (url: string) => new URL(new URL(url).pathname, stack.gatewayUrl).toString();
const fetchFeed = (url: string) => fetch(atGateway(url));

/** RFC 5545 content lines: every physical line ends in CRLF and is at most 75 octets; folded lines are joined. */
function contentLines(body: string): string[] {
  expect(body.endsWith('\r\n')).toBe(true);
  const physical = body.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}

type Component = { name: string; props: Map<string, string[]>; children: Component[] };

/** Parses content lines into nested components (BEGIN/END balanced), property name → values (parameters dropped). */
function parseCalendar(lines: string[]): Component {
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    expect(colon, line).toBeGreaterThan(0);
    const name = line.slice(0, colon).split(';')[0].toUpperCase();
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const component: Component = { name: value, props: new Map(), children: [] };
      stack.at(-1)?.children.push(component);
      stack.push(component);
      root ??= component;
    } else if (name === 'END') {
      expect(stack.pop()?.name).toBe(value);
    } else {
      const props = stack.at(-1)!.props;
      props.set(name, [...(props.get(name) ?? []), value]);
    }
  }
  expect(stack).toEqual([]);
  return root!;
}

const one = (c: Component, name: string) => {
  expect(c.props.get(name), `${c.name} ${name}`).toHaveLength(1);
  return c.props.get(name)![0];
};
const UTC_DATE_TIME = /^\d{8}T\d{6}Z$/;
const icsDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

describe('GET /calendar/<token>.ics on the gateway', () => {
  it('serves Maya’s sessions as a valid calendar, cancelled ones as STATUS:CANCELLED, with no client’s name or email', async () => {
    const created = await createFeed('maya@fitflow.demo');
    expect(created.errors).toBeUndefined();
    const { url, feed } = created.data!.createCalendarFeed;
    expect(url).toMatch(/^https?:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(url.slice(-8, -4)).toBe(feed.urlHint);

    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    const body = await response.text();

    const calendar = parseCalendar(contentLines(body));
    expect(calendar.name).toBe('VCALENDAR');
    expect(one(calendar, 'VERSION')).toBe('2.0');
    expect(one(calendar, 'PRODID')).toBeTruthy();
    expect(one(calendar, 'X-WR-CALNAME')).toBe('FitFlow sessions');
    const events = calendar.children.filter((c) => c.name === 'VEVENT');
    for (const event of events) {
      expect(one(event, 'UID')).toMatch(/^[0-9a-f-]{36}@fitflow$/);
      expect(one(event, 'DTSTAMP')).toMatch(UTC_DATE_TIME);
      expect(one(event, 'DTSTART')).toMatch(UTC_DATE_TIME);
      expect(one(event, 'DTEND')).toMatch(UTC_DATE_TIME);
      expect(one(event, 'SEQUENCE')).toMatch(/^\d+$/);
      expect(one(event, 'SUMMARY')).toBeTruthy();
      expect(one(event, 'DESCRIPTION')).toMatch(/^\d+ of \d+ booked/);
      expect(['CONFIRMED', 'CANCELLED']).toContain(one(event, 'STATUS'));
    }

    // Every demo session of Maya's inside the window (60 days back, 180 ahead; a day's margin at each end).
    const now = Date.parse(testEnv().now);
    const day = 86_400_000;
    const expected = demoTenant().appointments.filter(
      (a) => a.trainerId === demoTrainer('maya').id && a.startTime.getTime() >= now - 59 * day && a.startTime.getTime() < now + 179 * day,
    );
    expect(expected.length).toBeGreaterThan(10);
    const byUid = new Map(events.map((e) => [one(e, 'UID'), e]));
    const classNames = new Map(demoTenant().classTypes.map((c) => [c.id, c.name]));
    const studioNames = new Map(demoTenant().studios.map((s) => [s.id, s.name]));
    for (const session of expected) {
      const event = byUid.get(`${session.id}@fitflow`);
      expect(event, session.id).toBeDefined();
      expect(one(event!, 'DTSTART')).toBe(icsDate(session.startTime));
      expect(one(event!, 'DTEND')).toBe(icsDate(session.endTime));
      expect(one(event!, 'SUMMARY')).toBe(classNames.get(session.classTypeId)!.replace(/([,;])/g, '\\$1'));
      expect(one(event!, 'LOCATION')).toBe(studioNames.get(session.studioId)!.replace(/([,;])/g, '\\$1'));
      expect(one(event!, 'STATUS')).toBe(session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
    }
    expect(expected.filter((a) => a.status === 'cancelled').length).toBeGreaterThan(0);
    // Nobody else's sessions.
    const others = new Set(
      demoTenant()
        .appointments.filter((a) => a.trainerId !== demoTrainer('maya').id)
        .map((a) => `${a.id}@fitflow`),
    );
    expect([...byUid.keys()].filter((uid) => others.has(uid))).toEqual([]);

    // An independent parser (Mozilla's ical.js, used by Thunderbird) reads the same calendar: every
    // event with its UID and its times, the instants the demo has.
    const parsed = new ICAL.Component(ICAL.parse(body));
    const vevents = parsed.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(events.length);
    const parsedStarts = new Map(vevents.map((e) => [String(e.getFirstPropertyValue('uid')), (e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate()]));
    for (const session of expected) expect(parsedStarts.get(`${session.id}@fitflow`)?.getTime(), session.id).toBe(session.startTime.getTime());
    for (const event of vevents) expect(event.getFirstPropertyValue('dtstamp')).toBeTruthy();

    // No PHI: no demo client's first name, last name or email appears anywhere, nor a cancellation reason.
    const unfolded = contentLines(body).join('\n');
    for (const client of demoTenant().clients) {
      for (const value of [client.firstName, client.lastName, client.email]) {
        expect(new RegExp(`\\b${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(unfolded), value).toBe(false);
      }
    }
    for (const session of expected.filter((a) => a.cancellationReason)) expect(unfolded).not.toContain(session.cancellationReason);
  });

  it('stops answering a rotated URL (404), serves the new one, and then nothing once revoked', async () => {
    const first = (await createFeed('maya@fitflow.demo')).data!.createCalendarFeed.url;
    expect((await fetchFeed(first)).status).toBe(200);
    const second = (await createFeed('maya@fitflow.demo')).data!.createCalendarFeed.url;
    const old = await fetchFeed(first);
    expect(old.status).toBe(404);
    expect(await old.text()).toBe('Not found');
    expect((await fetchFeed(second)).status).toBe(200);

    const revoked = await postGraphQL(stack.gatewayUrl, REVOKE, {}, { token: await login('maya@fitflow.demo') });
    expect(revoked.data).toEqual({ revokeCalendarFeed: true });
    const gone = await fetchFeed(second);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe('Not found');
  });

  it('answers malformed and made-up tokens 404 with no detail', async () => {
    for (const path of [
      '/calendar/abc.ics',
      `/calendar/${'A'.repeat(43)}.ics`,
      `/calendar/${'A'.repeat(42)}%2F.ics`,
      '/calendar/.ics',
      `/calendar/${'x'.repeat(500)}.ics`,
    ]) {
      const response = await fetch(new URL(path, stack.gatewayUrl));
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('Not found');
    }
  });

  it('does not let another trainer read or rotate Maya’s feed', async () => {
    const { url } = (await createFeed('maya@fitflow.demo')).data!.createCalendarFeed;
    for (const email of ['liam@fitflow.demo', 'noah@fitflow.demo']) {
      const read = await postGraphQL(stack.gatewayUrl, FEED_OF, { id: demoTrainer('maya').id }, { token: await login(email) });
      expect(read.data?.trainer?.calendarFeed ?? null).toBeNull();
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(read.errors?.[0].extensions.code);
      const rotate = await createFeed(email, demoTrainer('maya').id);
      expect(rotate.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const revoke = await postGraphQL(stack.gatewayUrl, REVOKE, { trainerId: demoTrainer('maya').id }, { token: await login(email) });
      expect(revoke.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await fetchFeed(url)).status).toBe(200);
    const own = await postGraphQL(stack.gatewayUrl, FEED_OF, { id: demoTrainer('maya').id }, { token: await login('maya@fitflow.demo') });
    expect(own.data!.trainer!.calendarFeed!.urlHint).toBe(url.slice(-8, -4));
  });
});
