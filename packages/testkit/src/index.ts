import { buildDemoTenant, type DemoTenant } from '@fitflow/demo';
import {
  createTokenVerifier,
  loadKeyRing,
  openDatabase,
  signAccessToken,
  type AppScope,
  type RoleGrant,
  type SubgraphName,
  type TokenVerifier,
} from '@fitflow/kit';
import { SUBGRAPH_MODULES } from '@fitflow/stack';
import type { ApolloServer } from '@apollo/server';
import { exportJWK, generateKeyPair } from 'jose';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { inject } from 'vitest';
import { pino } from 'pino';

export type { FitflowTestEnv } from './global-setup.js';

/** This run's database and the demo tenant it holds (the same data the tests compare against). */
export function testEnv() {
  return inject('fitflow');
}

let tenant: DemoTenant | undefined;
/** The demo tenant loaded into this run's database. */
export function demoTenant(): DemoTenant {
  tenant ??= buildDemoTenant(new Date(testEnv().now));
  return tenant;
}

/** A demo trainer by key (`maya`, `liam`, `sofia`, `noah`). @throws when the demo has none. */
export function demoTrainer(key: string): DemoTenant['trainers'][number] {
  const trainer = demoTenant().trainers.find((t) => t.key === key);
  if (!trainer) throw new Error(`The demo tenant has no trainer "${key}".`);
  return trainer;
}

/** A demo studio by key (`harbourfront`, `midtown`, `kits`). @throws when the demo has none. */
export function demoStudio(key: string): DemoTenant['studios'][number] {
  const studio = demoTenant().studios.find((s) => s.key === key);
  if (!studio) throw new Error(`The demo tenant has no studio "${key}".`);
  return studio;
}

/** Emma Wilson, the demo client with a login (emma.wilson@example.com), one of Maya's clients. */
export function demoEmma(): DemoTenant['clients'][number] {
  const emma = demoTenant().clients.find((c) => c.email === 'emma.wilson@example.com');
  if (!emma) throw new Error('The demo tenant has no Emma Wilson.');
  return emma;
}

/** A well-formed id that no row has: every API must answer it exactly like another tenant's id. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Connects to this run's database as `subgraph`'s owner role, or (`as: 'app'`) as its runtime role,
 * to which row-level security applies.
 */
export function openSubgraphDatabase(subgraph: SubgraphName, logger?: TypeOrmLogger, as: 'owner' | 'app' = 'owner') {
  const module = SUBGRAPH_MODULES.find((m) => m.name === subgraph)!;
  return openDatabase({
    url: (as === 'app' ? testEnv().appUrls : testEnv().urls)[subgraph],
    schema: subgraph,
    entities: module.entities,
    migrations: module.migrations,
    logger,
    poolSize: 3,
  });
}

export const TEST_ISSUER = 'fitflow-identity';
export const TEST_AUDIENCE = 'fitflow-api';

const keys = generateKeyPair('EdDSA', { extractable: true });

/** A verifier for tokens made by {@link tokenFor} (subgraph tests run without the identity service). */
export async function testVerifier(): Promise<TokenVerifier> {
  return createTokenVerifier({ getKey: (await keys).publicKey, issuer: TEST_ISSUER, audience: TEST_AUDIENCE });
}

/** The test key's public JWK. */
export async function testPublicJwk() {
  return { ...(await exportJWK((await keys).publicKey)), kid: 'test', alg: 'EdDSA', use: 'sig' };
}

/** An `Authorization` header value for a user holding `roles`. */
export async function tokenFor(userId: string, roles: RoleGrant[], ttlSeconds?: number): Promise<string> {
  const { token } = await signAccessToken(
    { privateKey: (await keys).privateKey, kid: 'test' },
    { userId, roles },
    {
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
      ttlSeconds,
    },
  );
  return `Bearer ${token}`;
}

/**
 * An `Authorization` header value for a third-party app of `ownerUserId` (what identity's
 * client-credentials grant issues): the owner's `roles` narrowed to the app's tenant, and `viewer.app`
 * with the app's id and `scopes`.
 */
export async function appTokenFor(ownerUserId: string, roles: RoleGrant[], appId: string, scopes: AppScope[], ttlSeconds?: number): Promise<string> {
  const { token } = await signAccessToken(
    { privateKey: (await keys).privateKey, kid: 'test' },
    { userId: ownerUserId, roles, app: { id: appId, scopes } },
    { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, ttlSeconds },
  );
  return `Bearer ${token}`;
}

/** The `Authorization` header of a demo user by email. */
export async function demoAuth(email: string): Promise<string> {
  const user = demoTenant().users.find((u) => u.email === email);
  if (!user) throw new Error(`no demo user ${email}`);
  return tokenFor(user.id, user.roles);
}

/**
 * The `Authorization` header of a third-party app of the demo user `email` (their grants as they are:
 * each demo owner has one tenant), granted `scopes`. `appId` defaults to one fixed id per owner.
 */
export async function demoAppAuth(email: string, scopes: AppScope[], appId?: string): Promise<string> {
  const user = demoTenant().users.find((u) => u.email === email);
  if (!user) throw new Error(`no demo user ${email}`);
  return appTokenFor(user.id, user.roles, appId ?? `a0000000-0000-4000-8000-${user.id.replaceAll('-', '').slice(0, 12)}`, scopes);
}

/** The logger of servers under test: silent, unless `TEST_LOG_LEVEL` (e.g. `error`) asks to see what a failing test logged. */
export const quietLog = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }[];
}

/** Runs one operation against a built (not listening) server, as the HTTP layer would. */
export async function execute<T = Record<string, any>>(
  server: { apollo: ApolloServer<any>; createContext(facts: { authorization?: string }): Promise<any> },
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string,
): Promise<GraphQLResult<T>> {
  let contextValue;
  try {
    contextValue = await server.createContext({ authorization });
  } catch (error: any) {
    return { errors: [{ message: error.message, extensions: error.extensions }] };
  }
  const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as GraphQLResult<T>;
}

/** The master keys this run's demo data was sealed with (set by the global setup; test data is not secret). */
export const testKeyRing = () => loadKeyRing(process.env);
export * from './contract.js';
export * from './gateway.js';
export * from './bed.js';
export * from './ports.js';
export { graphql } from './__generated__/index.js';
