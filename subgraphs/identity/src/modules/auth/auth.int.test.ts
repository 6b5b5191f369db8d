import { DEMO_PASSWORD } from '@fitflow/demo';
import { demoTenant, execute, openSubgraphDatabase } from '@fitflow/testkit';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseRefreshTokenStore, loadKeyMaterial, RedisRefreshTokenStore, type RefreshTokenStore } from '../../server.js';
import { dbStore, identityServer, keyFile, LOGIN, newUser, PASSWORD } from '../../test-bed.js';

const REFRESH = 'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }';

let ds: DataSource;
let redis: Redis | undefined;

beforeAll(async () => {
  ds = await openSubgraphDatabase('identity');
  if (process.env.REDIS_URL) redis = new Redis(process.env.REDIS_URL);
});
afterAll(async () => {
  await ds?.destroy();
  await redis?.quit();
});

const serverWith = (store: (ds: DataSource) => RefreshTokenStore) => identityServer(ds, store);

const stores: [string, (ds: DataSource) => RefreshTokenStore][] = [
  ['the database', () => new DatabaseRefreshTokenStore(3600)],
  ...(process.env.REDIS_URL
    ? [['Redis', () => new RedisRefreshTokenStore(redis!, 3600, `fitflow-test-${process.pid}:`)] as [string, (ds: DataSource) => RefreshTokenStore]]
    : []),
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
    const server = await serverWith(() => new DatabaseRefreshTokenStore(3600));
    for (const query of ['{ me { id } }', 'mutation { logout(refreshToken: "x") }', '{ _service { sdl } }']) {
      const result = await execute(server, query);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses an expired access token with a message saying so', async () => {
    const server = await serverWith(() => new DatabaseRefreshTokenStore(3600));
    const keys = await loadKeyMaterial(undefined, keyFile);
    const { signAccessToken } = await import('@fitflow/kit');
    const { token } = await signAccessToken(
      keys.signing,
      { userId: demoTenant().users[0].id, roles: [] },
      { issuer: 'fitflow-identity', audience: 'fitflow-api', ttlSeconds: -60 },
    );
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

describe('signing in once per request', () => {
  it('refuses many login aliases in one document', async () => {
    const server = await serverWith(dbStore);
    const { email } = await newUser(ds);
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: login(input: { email: "${email}", password: "guess-${i}" }) { accessToken }`).join('\n');
    const result = await execute(server, `mutation { ${aliases} }`);
    // Mutation fields run one after another and the first failure ends the document: one guess per request.
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    const two = await execute(
      server,
      `mutation { a: login(input: { email: "${email}", password: "${PASSWORD}" }) { accessToken } b: login(input: { email: "${email}", password: "x" }) { accessToken } }`,
    );
    expect(two.errors?.[0]).toMatchObject({ path: ['b'], extensions: { code: 'BAD_USER_INPUT' } });
    // Only the first guess counted, so one request cannot buy many guesses.
    expect((await execute(server, LOGIN, { email, password: PASSWORD })).errors).toBeUndefined();
  });
});

describe('changing a password', () => {
  const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

  it('needs the current password and a strong new one, then signs in with the new one; the change is audited, append-only', async () => {
    const server = await serverWith(dbStore);
    const { id, email } = await newUser(ds);
    const auth = `Bearer ${(await execute(server, LOGIN, { email, password: PASSWORD })).data!.login.accessToken}`;
    const wrong = await execute(server, CHANGE, { c: 'not-my-password', n: 'violet-harbour-pebble-lantern' }, auth);
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Your current password is not right.',
      extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
    });
    const weak = await execute(server, CHANGE, { c: PASSWORD, n: 'password1234' }, auth);
    expect(weak.errors?.[0]).toMatchObject({
      message: 'This password is too easy to guess. This is similar to a commonly used password. Add more words that are less common.',
      extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
    });
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
