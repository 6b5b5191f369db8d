import type { Role } from '@fitflow/kit';
import { quietLog, testKeyRing } from '@fitflow/testkit';
import { mkdtempSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { hashPassword } from './modules/auth/password.js';
import { RoleMembershipEntity, UserEntity, type ScopeType } from './modules/user/user.entity.js';
import { buildIdentityServer, DatabaseRefreshTokenStore, loadKeyMaterial, type RefreshTokenStore } from './server.js';

/*
 * What identity's integration tests (`*.int.test.ts`) share; the subgraph itself never imports it.
 */

/** The password of every user made by {@link newUser}. */
export const PASSWORD = 'copper-lantern-gravel-orbit';

export const LOGIN = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      accessToken
      refreshToken
      accessTokenExpiresAt
      user {
        id
        email
        roles {
          role
          scopeType
          scopeId
        }
      }
    }
  }
`;

/** A signing-key file of this test run (generated on first use). */
export const keyFile = join(mkdtempSync(join(tmpdir(), 'fitflow-keys-')), 'key.json');

/** Refresh tokens in the database, valid an hour. */
export const dbStore = (_ds: DataSource): RefreshTokenStore => new DatabaseRefreshTokenStore(3600);

/** An identity server on `ds` (not listening), signing with this run's key, refresh tokens in `store`. */
export async function identityServer(ds: DataSource, store: (ds: DataSource) => RefreshTokenStore = dbStore) {
  const keys = await loadKeyMaterial(undefined, keyFile);
  return buildIdentityServer({
    ds,
    log: quietLog,
    keyRing: testKeyRing(),
    auth: { keys, refreshTokens: store(ds), issuer: 'fitflow-identity', audience: 'fitflow-api' },
  });
}

/** A new user of this test only (so sign-in delays and MFA do not touch the demo logins other tests use). */
export async function newUser(ds: DataSource, roles: { role: string; scopeType: string; scopeId: string | null }[] = [], id = randomUUID()) {
  const email = `user-${id.slice(0, 8)}@test.fitflow`;
  await ds
    .getRepository(UserEntity)
    .insert({ id, email, displayName: `Test ${id.slice(0, 4)}`, emailVerified: true, passwordHash: await hashPassword(PASSWORD) });
  for (const r of roles) {
    await ds.getRepository(RoleMembershipEntity).insert({ userId: id, role: r.role as Role, scopeType: r.scopeType as ScopeType, scopeId: r.scopeId });
  }
  return { id, email };
}
