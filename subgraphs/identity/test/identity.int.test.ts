import { DEMO_PASSWORD } from '@fitflow/demo';
import { demoTenant, execute, openSubgraphDatabase, quietLog, testKeyRing } from '@fitflow/testkit';
import { Redis } from 'ioredis';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../src/modules/auth/password.js';
import { loadKeyMaterial } from '../src/modules/auth/keys.js';
import { DatabaseRefreshTokenStore, RedisRefreshTokenStore, type RefreshTokenStore } from '../src/modules/auth/refresh-token.store.js';
import { buildIdentityServer } from '../src/server.js';

const LOGIN = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      accessToken refreshToken accessTokenExpiresAt
      user { id email roles { role scopeType scopeId } }
    }
  }`;
const REFRESH = 'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }';

let ds: DataSource;
let redis: Redis | undefined;
const keyFile = join(mkdtempSync(join(tmpdir(), 'fitflow-keys-')), 'key.json');

beforeAll(async () => {
  ds = await openSubgraphDatabase('identity');
  if (process.env.REDIS_URL) redis = new Redis(process.env.REDIS_URL);
});
afterAll(async () => {
  await ds?.destroy();
  await redis?.quit();
});

async function serverWith(store: (ds: DataSource) => RefreshTokenStore) {
  const keys = await loadKeyMaterial(undefined, keyFile);
  return buildIdentityServer({ ds, log: quietLog, keyRing: testKeyRing(), auth: { keys, refreshTokens: store(ds), issuer: 'fitflow-identity', audience: 'fitflow-api' } });
}

const stores: [string, (ds: DataSource) => RefreshTokenStore][] = [
  ['the database', (d) => new DatabaseRefreshTokenStore(d, 3600)],
  ...(process.env.REDIS_URL ? [['Redis', () => new RedisRefreshTokenStore(redis!, 3600, `fitflow-test-${process.pid}:`)] as [string, (ds: DataSource) => RefreshTokenStore]] : []),
];

describe.each(stores)('signing in, with refresh tokens in %s', (_name, store) => {
  it('lets the demo trainer admin sign in and see who they are', async () => {
    const server = await serverWith(store);
    const result = await execute(server, LOGIN, { email: 'Maya@FitFlow.demo', password: DEMO_PASSWORD });
    expect(result.errors).toBeUndefined();
    const maya = demoTenant().trainers.find((t) => t.key === 'maya')!;
    expect(result.data!.login.user).toEqual({
      id: maya.id,
      email: 'maya@fitflow.demo',
      roles: [
        { role: 'TRAINER', scopeType: 'TRAINER', scopeId: maya.id },
        { role: 'TRAINER_ADMIN', scopeType: 'TRAINER', scopeId: maya.id },
      ],
    });
    const me = await execute(server, '{ me { id email } }', {}, `Bearer ${result.data!.login.accessToken}`);
    expect(me.data).toEqual({ me: { id: maya.id, email: 'maya@fitflow.demo' } });
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const server = await serverWith(store);
    const wrong = await execute(server, LOGIN, { email: 'maya@fitflow.demo', password: 'nope' });
    const unknown = await execute(server, LOGIN, { email: 'nobody@fitflow.demo', password: 'nope' });
    for (const r of [wrong, unknown]) {
      expect(r.data).toBeNull();
      expect(r.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('rejects a malformed email as bad input', async () => {
    const server = await serverWith(store);
    const result = await execute(server, LOGIN, { email: 'not-an-email', password: 'x' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/email must be a valid email address/);
  });

  it('rotates refresh tokens, and a reused one ends the whole session family', async () => {
    const server = await serverWith(store);
    const first = (await execute(server, LOGIN, { email: 'liam@fitflow.demo', password: DEMO_PASSWORD })).data!.login;
    const second = (await execute(server, REFRESH, { t: first.refreshToken })).data!.refreshToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const reuse = await execute(server, REFRESH, { t: first.refreshToken });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The attacker's reuse also revoked the legitimate holder's newer token.
    const afterReuse = await execute(server, REFRESH, { t: second.refreshToken });
    expect(afterReuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the refresh token', async () => {
    const server = await serverWith(store);
    const session = (await execute(server, LOGIN, { email: 'sofia@fitflow.demo', password: DEMO_PASSWORD })).data!.login;
    const out = await execute(server, 'mutation($t: String!) { logout(refreshToken: $t) }', { t: session.refreshToken }, `Bearer ${session.accessToken}`);
    expect(out.data).toEqual({ logout: true });
    const again = await execute(server, REFRESH, { t: session.refreshToken });
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('identity without a token', () => {
  it('allows only login and refreshToken to anonymous callers', async () => {
    const server = await serverWith((d) => new DatabaseRefreshTokenStore(d, 3600));
    for (const query of ['{ me { id } }', 'mutation { logout(refreshToken: "x") }', '{ _service { sdl } }']) {
      const result = await execute(server, query);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses an expired access token with a message saying so', async () => {
    const server = await serverWith((d) => new DatabaseRefreshTokenStore(d, 3600));
    const keys = await loadKeyMaterial(undefined, keyFile);
    const { signAccessToken } = await import('@fitflow/kit');
    const { token } = await signAccessToken(keys.signing, { userId: demoTenant().users[0].id, roles: [] }, { issuer: 'fitflow-identity', audience: 'fitflow-api', ttlSeconds: -60 });
    const result = await execute(server, '{ me { id } }', {}, `Bearer ${token}`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(result.errors?.[0].message).toMatch(/expired/);
  });

  it('serves the public key set, without the private part', async () => {
    const keys = await loadKeyMaterial(undefined, keyFile);
    expect(keys.jwks.keys).toHaveLength(1);
    expect(keys.jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(keys.jwks.keys[0]).not.toHaveProperty('d');
  });
});

const PASSWORD = 'copper-lantern-gravel-orbit';

/** A new user of this test only (so sign-in delays and MFA do not touch the demo logins other tests use). */
async function newUser(roles: { role: string; scopeType: string; scopeId: string | null }[] = [], id = randomUUID()) {
  const email = `user-${id.slice(0, 8)}@test.fitflow`;
  await ds.query('insert into identity.users (id, email, display_name, email_verified, password_hash) values ($1, $2, $3, true, $4)', [id, email, `Test ${id.slice(0, 4)}`, await hashPassword(PASSWORD)]);
  for (const r of roles) {
    await ds.query('insert into identity.role_memberships (user_id, role, scope_type, scope_id) values ($1, $2, $3, $4)', [id, r.role, r.scopeType, r.scopeId]);
  }
  return { id, email };
}

const dbStore = (d: DataSource) => new DatabaseRefreshTokenStore(d, 3600);

describe('account security', () => {
  it('refuses many login aliases in one document', async () => {
    const server = await serverWith(dbStore);
    const { email } = await newUser();
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: login(input: { email: "${email}", password: "guess-${i}" }) { accessToken }`).join('\n');
    const result = await execute(server, `mutation { ${aliases} }`);
    // Mutation fields run one after another and the first failure ends the document: one guess per request.
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    const two = await execute(server, `mutation { a: login(input: { email: "${email}", password: "${PASSWORD}" }) { accessToken } b: login(input: { email: "${email}", password: "x" }) { accessToken } }`);
    expect(two.errors?.[0]).toMatchObject({ path: ['b'], extensions: { code: 'BAD_USER_INPUT' } });
    // Only the first guess counted, so one request cannot buy many guesses.
    expect((await execute(server, LOGIN, { email, password: PASSWORD })).errors).toBeUndefined();
  });

  it('enrols a trainer in TOTP MFA; signing in then needs a code', async () => {
    const server = await serverWith(dbStore);
    const { email } = await newUser();
    const first = (await execute(server, LOGIN, { email, password: PASSWORD })).data!.login;
    const auth = `Bearer ${first.accessToken}`;
    const enrollment = (await execute(server, 'mutation { startMfaEnrollment { secret otpauthUri } }', {}, auth)).data!.startMfaEnrollment;
    expect(enrollment.otpauthUri).toMatch(/^otpauth:\/\/totp\/FitFlow:/);
    const [{ mfa_pending_secret: stored }] = await ds.query('select mfa_pending_secret from identity.users where email = $1', [email]);
    expect(stored).not.toContain(enrollment.secret);
    const wrong = await execute(server, 'mutation { confirmMfaEnrollment(code: "000000") }', {}, auth);
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const code = await generate({ secret: enrollment.secret });
    expect((await execute(server, 'mutation($c: String!) { confirmMfaEnrollment(code: $c) }', { c: code }, auth)).data).toEqual({ confirmMfaEnrollment: true });

    const step1 = (await execute(server, `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken mfaRequired mfaToken user { id } } }`, { email, password: PASSWORD })).data!.login;
    expect(step1).toMatchObject({ accessToken: null, mfaRequired: true, user: null });
    const VERIFY = 'mutation($t: String!, $c: String!) { verifyMfa(mfaToken: $t, code: $c) { accessToken user { email } } }';
    const bad = await execute(server, VERIFY, { t: step1.mfaToken, c: '123456' });
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const good = await execute(server, VERIFY, { t: step1.mfaToken, c: await generate({ secret: enrollment.secret }) });
    expect(good.data!.verifyMfa.user).toEqual({ email });
    expect(good.data!.verifyMfa.accessToken).toEqual(expect.any(String));
  });

  it('lets a trainer admin require MFA for the team: a member must enrol before doing anything else', async () => {
    const server = await serverWith(dbStore);
    const studios = await openSubgraphDatabase('studios');
    const adminId = randomUUID();
    const memberId = randomUUID();
    try {
      await studios.query("insert into studios.trainers (id, first_name, last_name) values ($1, 'Test', 'Admin')", [adminId]);
      await studios.query("insert into studios.trainers (id, parent_trainer_id, first_name, last_name) values ($1, $2, 'Test', 'Member')", [memberId, adminId]);
    } finally {
      await studios.destroy();
    }
    const admin = await newUser([{ role: 'trainer_admin', scopeType: 'trainer', scopeId: adminId }, { role: 'trainer', scopeType: 'trainer', scopeId: adminId }], adminId);
    const member = await newUser([{ role: 'trainer', scopeType: 'trainer', scopeId: memberId }], memberId);
    const adminAuth = `Bearer ${(await execute(server, LOGIN, { email: admin.email, password: PASSWORD })).data!.login.accessToken}`;
    const set = await execute(server, 'mutation { setTeamMfaRequired(required: true) { trainerAdminId mfaRequired } }', {}, adminAuth);
    expect(set.data).toEqual({ setTeamMfaRequired: { trainerAdminId: adminId, mfaRequired: true } });

    const memberLogin = (await execute(server, `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken mfaEnrollmentRequired } }`, { email: member.email, password: PASSWORD })).data!.login;
    expect(memberLogin.mfaEnrollmentRequired).toBe(true);
    const memberAuth = `Bearer ${memberLogin.accessToken}`;
    const blocked = await execute(server, '{ user(id: "' + memberId + '") { id } }', {}, memberAuth);
    expect(blocked.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(blocked.errors?.[0].message).toMatch(/requires two-factor authentication/);
    expect((await execute(server, 'mutation { startMfaEnrollment { secret } }', {}, memberAuth)).errors).toBeUndefined();

    const noah = (await execute(server, LOGIN, { email: 'noah@fitflow.demo', password: DEMO_PASSWORD })).data!.login;
    const notAdmin = await execute(server, 'mutation { setTeamMfaRequired(required: true) { mfaRequired } }', {}, `Bearer ${noah.accessToken}`);
    expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('changing a password', () => {
  const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

  it('needs the current password and a strong new one, then signs in with the new one; the change is audited, append-only', async () => {
    const server = await serverWith(dbStore);
    const { id, email } = await newUser();
    const auth = `Bearer ${(await execute(server, LOGIN, { email, password: PASSWORD })).data!.login.accessToken}`;
    const wrong = await execute(server, CHANGE, { c: 'not-my-password', n: 'violet-harbour-pebble-lantern' }, auth);
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Your current password is not right.', extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });
    const weak = await execute(server, CHANGE, { c: PASSWORD, n: 'password1234' }, auth);
    expect(weak.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' } });
    expect((await execute(server, CHANGE, { c: PASSWORD, n: 'violet-harbour-pebble-lantern' }, auth)).data).toEqual({ changePassword: true });
    expect((await execute(server, LOGIN, { email, password: PASSWORD })).errors?.[0].message).toBe('Email or password is incorrect.');
    expect((await execute(server, LOGIN, { email, password: 'violet-harbour-pebble-lantern' })).errors).toBeUndefined();

    const [audit] = await ds.query(`select user_id, action, table_name, new_values from identity.audit_log where record_id = $1`, [id]);
    expect(audit).toEqual({ user_id: id, action: 'update', table_name: 'users', new_values: { passwordChanged: true } });
    expect(JSON.stringify(audit)).not.toContain('violet');
    const runtime = await openSubgraphDatabase('identity', undefined, 'app');
    try {
      await expect(runtime.query('update identity.audit_log set action = $1 where record_id = $2', ['delete', id])).rejects.toThrow(/permission denied/);
      await expect(runtime.query('delete from identity.audit_log where record_id = $1', [id])).rejects.toThrow(/permission denied/);
    } finally {
      await runtime.destroy();
    }
  });
});
