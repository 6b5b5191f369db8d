import { DEMO_PASSWORD } from '@fitflow/demo';
import { demoTenant, execute, openSubgraphDatabase, quietLog } from '@fitflow/testkit';
import { Redis } from 'ioredis';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  return buildIdentityServer({ ds, log: quietLog, auth: { keys, refreshTokens: store(ds), issuer: 'fitflow-identity', audience: 'fitflow-api' } });
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
