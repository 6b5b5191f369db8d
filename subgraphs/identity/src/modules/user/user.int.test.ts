import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoTenant, openSubgraphDatabase, quietLog, subgraphContract, testKeyRing, testVerifier, UNKNOWN_ID } from '@fitflow/testkit';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import { buildIdentityServer, DatabaseRefreshTokenStore, loadKeyMaterial } from '../../server.js';
import { keyFile } from '../../test-bed.js';

/*
 * identity keeps the contract of every subgraph, with testkit's tokens (a super admin reads any user).
 */

const counter = new QueryCounter();
let ds: DataSource;
let server: Awaited<ReturnType<typeof buildIdentityServer>>;
const ADMIN = 'admin@fitflow.demo';

beforeAll(async () => {
  ds = await openSubgraphDatabase('identity', counter);
  const keys = await loadKeyMaterial(undefined, keyFile);
  server = await buildIdentityServer({
    ds,
    log: quietLog,
    keyRing: testKeyRing(),
    verifier: await testVerifier(),
    auth: { keys, refreshTokens: new DatabaseRefreshTokenStore(3600), issuer: 'fitflow-identity', audience: 'fitflow-api' },
  });
});
afterAll(async () => {
  await ds?.destroy();
});

subgraphContract('identity', {
  server: () => server,
  counter: () => counter,
  anonymous: () => [
    '{ me { id } }',
    `{ user(id: "${UNKNOWN_ID}") { id } }`,
    `{ _entities(representations: [{ __typename: "User", id: "${UNKNOWN_ID}" }]) { ... on User { id } } }`,
  ],
  byId: { query: 'query($id: ID!) { user(id: $id) { id } }', auth: () => demoAuth(ADMIN), what: 'User' },
  internals: /identity\./,
  references: [{ typename: 'User', selection: 'id email', knownIds: () => demoTenant().users.map((u) => u.id), auth: () => demoAuth(ADMIN) }],
});
