import { DEMO_PASSWORD } from '@fitflow/demo';
import { demoTenant, openSubgraphDatabase, testKeyRing } from '@fitflow/testkit';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { generate } from 'otplib';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_DELAY_SECONDS, FREE_FAILURES } from './modules/auth/login-throttle.js';
import { hashPassword } from './modules/auth/password.js';
import { buildIdentityServer, DatabaseRefreshTokenStore, loadKeyMaterial } from './server.js';

/*
 * The story of sign-in protection (auth's throttle, the security log, support's console), over real HTTP (the caller's address is the right-most
 * X-Forwarded-For entry, as the gateway sends it), with the throttle's counters in PostgreSQL and in Redis.
 */

const PASSWORD = 'copper-lantern-gravel-orbit';
const ATTACKER = '203.0.113.7';
const HOLDER_AT_HOME = '198.51.100.20';

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      deviceToken
      mfaRequired
      user {
        id
      }
    }
  }
`;
const EVENTS = /* GraphQL */ `
  query Events($id: ID!, $first: Int, $after: String) {
    user(id: $id) {
      securityEvents(first: $first, after: $after) {
        edges {
          node {
            kind
            sourceAddress
            knownDevice
            retryAfterSeconds
            actorName
            reason
            occurredAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

let ds: DataSource;
let redis: Redis;
const logLines: string[] = [];
const log = pino({ level: 'debug' }, new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) }));
const keyFile = join(mkdtempSync(join(tmpdir(), 'fitflow-keys-')), 'key.json');
const servers: { stop(): Promise<void> }[] = [];
const redisPrefix = `fitflow-test-${randomUUID()}`;

beforeAll(async () => {
  ds = await openSubgraphDatabase('identity');
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  const keys = await redis.keys(`${redisPrefix}*`);
  if (keys.length) await redis.del(...keys);
  await ds?.destroy();
  await redis?.quit();
});

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** An identity server listening on a free port; `call` posts one operation from `source` (optionally with forged hops before it). */
async function identityOver(throttleIn: 'PostgreSQL' | 'Redis') {
  const keys = await loadKeyMaterial(undefined, keyFile);
  const server = await buildIdentityServer({
    ds,
    log,
    keyRing: testKeyRing(),
    auth: { keys, refreshTokens: new DatabaseRefreshTokenStore(3600), issuer: 'fitflow-identity', audience: 'fitflow-api' },
    ...(throttleIn === 'Redis' ? { redis, redisPrefix: `${redisPrefix}-${servers.length}:` } : {}),
  });
  const running = await server.listen(0);
  servers.push(running);
  return async function call(query: string, variables: Record<string, unknown>, opts: { source: string; forged?: string; token?: string }): Promise<Answer> {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': [opts.forged, opts.source].filter(Boolean).join(', '),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  };
}

/** A user of this test only, optionally with roles. */
async function newUser(roles: { role: string; scopeType: string; scopeId: string | null }[] = []) {
  const id = randomUUID();
  const email = `holder-${id.slice(0, 8)}@test.fitflow`;
  await ds.query('insert into identity.users (id, email, display_name, email_verified, password_hash) values ($1, $2, $3, true, $4)', [
    id,
    email,
    `Holder ${id.slice(0, 4)}`,
    await hashPassword(PASSWORD),
  ]);
  for (const r of roles) {
    await ds.query('insert into identity.role_memberships (user_id, role, scope_type, scope_id) values ($1, $2, $3, $4)', [id, r.role, r.scopeType, r.scopeId]);
  }
  return { id, email };
}

const superAdmin = () => newUser([{ role: 'super_admin', scopeType: 'platform', scopeId: null }]);

type Call = Awaited<ReturnType<typeof identityOver>>;
const signIn = (call: Call, source: string, input: Record<string, unknown>, forged?: string) => call(LOGIN, { input }, { source, forged });

/** Signs in (right password) and returns the access token; fails the test otherwise. */
async function tokenOf(call: Call, email: string, source = '192.0.2.50') {
  const answer = await signIn(call, source, { email, password: PASSWORD });
  expect(answer.errors).toBeUndefined();
  return answer.data!.login.accessToken as string;
}

/** The attacker guesses `count` wrong passwords from one place; returns every answer. */
async function attack(call: Call, email: string, count: number, source = ATTACKER) {
  const answers: Answer[] = [];
  for (let i = 0; i < count; i++) answers.push(await signIn(call, source, { email, password: `guess-${i}` }));
  return answers;
}

async function eventsOf(call: Call, userId: string, token: string) {
  const answer = await call(EVENTS, { id: userId, first: 50 }, { source: '192.0.2.50', token });
  expect(answer.errors).toBeUndefined();
  return answer.data!.user.securityEvents.edges.map((e: { node: Record<string, unknown> }) => e.node) as Record<string, any>[];
}

describe.each(['PostgreSQL', 'Redis'] as const)('sign-in protection, counters in %s', (throttleIn) => {
  it("an attacker's 50 guesses from one place slow that place down, never the account holder", async () => {
    const call = await identityOver(throttleIn);
    const holder = await newUser();
    // The holder signed in once from home: that device is now known.
    const first = await signIn(call, HOLDER_AT_HOME, { email: holder.email, password: PASSWORD });
    const deviceToken = first.data!.login.deviceToken as string;
    expect(deviceToken).toMatch(/^[\w-]{43}$/);

    const answers = await attack(call, holder.email, 50);
    for (const a of answers.slice(0, FREE_FAILURES)) {
      expect(a.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } });
    }
    for (const a of answers.slice(FREE_FAILURES)) {
      expect(a.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect(a.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(a.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(FIRST_DELAY_SECONDS);
      expect(a.errors?.[0].message).toMatch(/^Too many sign-in attempts\. For your safety, please wait \d+ seconds? before trying again\./);
    }
    // While it waits, the attacker's place learns nothing, not even from the right password; forged hops do not help.
    const rightButWaiting = await signIn(call, ATTACKER, { email: holder.email, password: PASSWORD });
    expect(rightButWaiting.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    const forged = await signIn(call, ATTACKER, { email: holder.email, password: 'guess-x' }, '10.9.8.7');
    expect(forged.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');

    // The holder gets in from home (another place), and from the attacker's own network with their known device.
    const fromHome = await signIn(call, HOLDER_AT_HOME, { email: holder.email, password: PASSWORD });
    expect(fromHome.errors).toBeUndefined();
    expect(fromHome.data!.login.user).toEqual({ id: holder.id });
    const onKnownDevice = await signIn(call, ATTACKER, { email: holder.email, password: PASSWORD, deviceToken });
    expect(onKnownDevice.errors).toBeUndefined();
    // A device token is rotated at each sign-in; another account's or a made-up token is just unknown.
    expect(onKnownDevice.data!.login.deviceToken).not.toBe(deviceToken);

    const events = await eventsOf(call, holder.id, fromHome.data!.login.accessToken);
    const kinds = events.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'SIGN_IN_FAILED')).toHaveLength(FREE_FAILURES);
    expect(events.find((e) => e.kind === 'SIGN_IN_THROTTLED')).toMatchObject({
      sourceAddress: ATTACKER,
      retryAfterSeconds: FIRST_DELAY_SECONDS,
      knownDevice: false,
    });
    expect(events.filter((e) => e.kind === 'SIGN_IN_FAILED').every((e) => e.sourceAddress === ATTACKER)).toBe(true);
    expect(events[0]).toMatchObject({ kind: 'SIGNED_IN', sourceAddress: ATTACKER, knownDevice: true });
    expect(events[1]).toMatchObject({ kind: 'SIGNED_IN', sourceAddress: HOLDER_AT_HOME, knownDevice: false });
  });

  it('an account with MFA: the right password and code pass even while the place is slowed; a wrong code reveals nothing', async () => {
    const call = await identityOver(throttleIn);
    const holder = await newUser();
    const token = await tokenOf(call, holder.email);
    const { secret } = (await call('mutation { startMfaEnrollment { secret } }', {}, { source: HOLDER_AT_HOME, token })).data!.startMfaEnrollment;
    const confirmed = await call(
      'mutation($c: String!) { confirmMfaEnrollment(code: $c) }',
      { c: await generate({ secret }) },
      { source: HOLDER_AT_HOME, token },
    );
    expect(confirmed.data).toEqual({ confirmMfaEnrollment: true });

    await attack(call, holder.email, FREE_FAILURES + 2, '203.0.113.99');
    const wrongCode = await signIn(call, '203.0.113.99', { email: holder.email, password: PASSWORD, totpCode: '000000' });
    expect(wrongCode.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    const passwordOnly = await signIn(call, '203.0.113.99', { email: holder.email, password: PASSWORD });
    expect(passwordOnly.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    const both = await signIn(call, '203.0.113.99', { email: holder.email, password: PASSWORD, totpCode: await generate({ secret }) });
    expect(both.errors).toBeUndefined();
    expect(both.data!.login).toMatchObject({ mfaRequired: false, user: { id: holder.id }, accessToken: expect.any(String) });
  });

  it('slows unknown emails exactly like real ones, so the delay reveals no account', async () => {
    const call = await identityOver(throttleIn);
    const holder = await newUser();
    const nobody = `nobody-${randomUUID().slice(0, 8)}@test.fitflow`;
    const [real, unknown] = [await attack(call, holder.email, FREE_FAILURES + 1, '203.0.113.5'), await attack(call, nobody, FREE_FAILURES + 1, '203.0.113.5')];
    const shape = (a: Answer) => ({ message: a.errors?.[0].message, code: a.errors?.[0].extensions?.code, reason: a.errors?.[0].extensions?.reason });
    expect(unknown.map(shape)).toEqual(real.map(shape));
  });
});

describe('the support console', () => {
  it('a super admin finds an account by email, unlocks it, suspends it (sessions end) and reinstates it; all in its security log', async () => {
    const call = await identityOver('PostgreSQL');
    const admin = await superAdmin();
    const adminToken = await tokenOf(call, admin.email);
    const holder = await newUser([{ role: 'trainer', scopeType: 'trainer', scopeId: randomUUID() }]);
    const session = (await signIn(call, '192.0.2.60', { email: holder.email, password: PASSWORD })).data!.login;
    const as = { source: '192.0.2.1', token: adminToken };

    const found = await call('query($e: String!) { userByEmail(email: $e) { id displayName status roles { role } } }', { e: holder.email.toUpperCase() }, as);
    expect(found.data).toEqual({
      userByEmail: { id: holder.id, displayName: `Holder ${holder.id.slice(0, 4)}`, status: 'active', roles: [{ role: 'TRAINER' }] },
    });

    await attack(call, holder.email, FREE_FAILURES + 1, '203.0.113.70');
    expect((await signIn(call, '203.0.113.70', { email: holder.email, password: PASSWORD })).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    const UNLOCK = 'mutation($i: AccountActionInput!) { unlockAccount(input: $i) { id } }';
    const unlocked = await call(UNLOCK, { i: { userId: holder.id, reason: 'Holder called from the number on file' } }, as);
    expect(unlocked.errors).toBeUndefined();
    expect((await signIn(call, '203.0.113.70', { email: holder.email, password: PASSWORD })).errors).toBeUndefined();

    const SUSPEND = 'mutation($i: AccountActionInput!) { suspendAccount(input: $i) { status } }';
    const suspended = await call(SUSPEND, { i: { userId: holder.id, reason: 'Card fraud reported by the studio' } }, as);
    expect(suspended.data).toEqual({ suspendAccount: { status: 'suspended' } });
    const refused = await signIn(call, '192.0.2.60', { email: holder.email, password: PASSWORD });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'This account is suspended. Contact FitFlow support to have it reinstated.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // A wrong password for a suspended account still answers as any wrong password.
    expect((await signIn(call, '192.0.2.60', { email: holder.email, password: 'nope' })).errors?.[0].message).toBe('Email or password is incorrect.');
    const refresh = await call(
      'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }',
      { t: session.refreshToken },
      { source: '192.0.2.60' },
    );
    expect(refresh.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await call(SUSPEND, { i: { userId: holder.id, reason: 'Card fraud reported again' } }, as)).errors?.[0].extensions?.code).toBe('CONFLICT');

    const REINSTATE = 'mutation($i: AccountActionInput!) { reinstateAccount(input: $i) { status } }';
    expect((await call(REINSTATE, { i: { userId: holder.id, reason: 'Studio confirmed it was a mistake' } }, as)).data).toEqual({
      reinstateAccount: { status: 'active' },
    });
    const back = await signIn(call, '192.0.2.60', { email: holder.email, password: PASSWORD });
    expect(back.errors).toBeUndefined();
    // Sessions from before the suspension stay ended.
    expect(
      (await call('mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }', { t: session.refreshToken }, { source: '192.0.2.60' })).errors,
    ).toHaveLength(1);

    // The holder reads it all in their own log, with who did what and why.
    const mine = await call(
      '{ me { securityEvents(first: 20) { edges { node { kind actorName reason } } } } }',
      {},
      { source: '192.0.2.60', token: back.data!.login.accessToken },
    );
    const support = mine.data!.me.securityEvents.edges.map((e: any) => e.node).filter((e: any) => e.actorName);
    expect(support).toEqual([
      { kind: 'ACCOUNT_REINSTATED', actorName: `Holder ${admin.id.slice(0, 4)}`, reason: 'Studio confirmed it was a mistake' },
      { kind: 'ACCOUNT_SUSPENDED', actorName: `Holder ${admin.id.slice(0, 4)}`, reason: 'Card fraud reported by the studio' },
      { kind: 'ACCOUNT_UNLOCKED', actorName: `Holder ${admin.id.slice(0, 4)}`, reason: 'Holder called from the number on file' },
    ]);
    expect(mine.data!.me.securityEvents.edges.some((e: any) => e.node.kind === 'SIGN_IN_REFUSED_SUSPENDED')).toBe(true);
    // And identity's audit log holds each action with its reason.
    const audit = await ds.query('select user_id, reason, new_values from identity.audit_log where record_id = $1 order by created_at', [holder.id]);
    expect(audit).toEqual([
      { user_id: admin.id, reason: 'Holder called from the number on file', new_values: { signInDelaysCleared: true } },
      { user_id: admin.id, reason: 'Card fraud reported by the studio', new_values: { status: 'suspended' } },
      { user_id: admin.id, reason: 'Studio confirmed it was a mistake', new_values: { status: 'active' } },
    ]);
  });

  it('refuses the console to everyone but super admins, and short reasons to them', async () => {
    const call = await identityOver('PostgreSQL');
    const maya = demoTenant().users.find((u) => u.email === 'maya@fitflow.demo')!;
    const mayaToken = (await signIn(call, '192.0.2.80', { email: maya.email, password: DEMO_PASSWORD })).data!.login.accessToken;
    const other = await newUser();
    const as = { source: '192.0.2.80', token: mayaToken };
    const input = { userId: other.id, reason: 'Just because I want to' };
    for (const [query, variables] of [
      ['query($e: String!) { userByEmail(email: $e) { id } }', { e: other.email }],
      ['mutation($i: AccountActionInput!) { unlockAccount(input: $i) { id } }', { i: input }],
      ['mutation($i: AccountActionInput!) { suspendAccount(input: $i) { id } }', { i: input }],
      ['mutation($i: AccountActionInput!) { reinstateAccount(input: $i) { id } }', { i: input }],
    ] as const) {
      const answer = await call(query, variables, as);
      expect(answer.errors?.[0].extensions?.code, query).toBe('FORBIDDEN');
    }
    // Another user's security log is not found, exactly like an unknown user.
    expect((await call(EVENTS, { id: other.id }, as)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await call(SUSPEND_ANON, { i: input }, { source: '192.0.2.80' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const admin = await superAdmin();
    const adminAs = { source: '192.0.2.1', token: await tokenOf(call, admin.email) };
    const short = await call('mutation($i: AccountActionInput!) { suspendAccount(input: $i) { id } }', { i: { userId: other.id, reason: 'no' } }, adminAs);
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].message).toMatch(/reason must be 10 to 1000 characters/);
    const self = await call(
      'mutation($i: AccountActionInput!) { suspendAccount(input: $i) { id } }',
      { i: { userId: admin.id, reason: 'Testing self suspension' } },
      adminAs,
    );
    expect(self.errors?.[0].extensions?.code).toBe('CONFLICT');
    const unknown = await call('query($e: String!) { userByEmail(email: $e) { id } }', { e: 'nobody-at-all@test.fitflow' }, adminAs);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'User not found.', extensions: { code: 'NOT_FOUND' } });
    const [row] = await ds.query('select status from identity.users where id = $1', [other.id]);
    expect(row.status).toBe('active');
  });
});

const SUSPEND_ANON = 'mutation($i: AccountActionInput!) { suspendAccount(input: $i) { id } }';

describe("an account's security log", () => {
  it('pages newest first, refuses foreign cursors, is append-only, and keeps secrets and PHI out of the logs', async () => {
    const call = await identityOver('PostgreSQL');
    const holder = await newUser();
    await attack(call, holder.email, 3, '203.0.113.40');
    const signedIn = (await signIn(call, '192.0.2.90', { email: holder.email, password: PASSWORD })).data!.login;
    const as = { source: '192.0.2.90', token: signedIn.accessToken };
    const PAGE = 'query($after: String) { me { securityEvents(first: 2, after: $after) { edges { node { kind } } pageInfo { hasNextPage endCursor } } } }';
    const page1 = (await call(PAGE, {}, as)).data!.me.securityEvents;
    const page2 = (await call(PAGE, { after: page1.pageInfo.endCursor }, as)).data!.me.securityEvents;
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.kind)).toEqual(['SIGNED_IN', 'SIGN_IN_FAILED', 'SIGN_IN_FAILED', 'SIGN_IN_FAILED']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const badCursor = Buffer.from(JSON.stringify(['2026-02-30T00:00:00.000Z', randomUUID()])).toString('base64url');
    expect((await call(PAGE, { after: badCursor }, as)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const runtime = await openSubgraphDatabase('identity', undefined, 'app');
    try {
      await expect(runtime.query('update identity.security_events set kind = $1 where user_id = $2', ['signed_in', holder.id])).rejects.toThrow(
        /permission denied/,
      );
      await expect(runtime.query('delete from identity.security_events where user_id = $1', [holder.id])).rejects.toThrow(/permission denied/);
    } finally {
      await runtime.destroy();
    }

    const logs = logLines.join('\n');
    expect(logs).toContain('"msg":"login"');
    for (const secret of [
      holder.email,
      PASSWORD,
      'guess-0',
      signedIn.deviceToken,
      signedIn.refreshToken,
      signedIn.accessToken,
      `Holder ${holder.id.slice(0, 4)}`,
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
