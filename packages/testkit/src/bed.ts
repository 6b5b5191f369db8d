import type { QueryCounter, SubgraphName, TokenVerifier, Logger } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import { execute, openSubgraphDatabase, quietLog, testVerifier, type GraphQLResult } from './index.js';

/** What a subgraph's integration tests work with; filled in by `beforeAll`. */
export interface SubgraphTestBed<Server> {
  /** The server's connection: the runtime role (`as: 'app'`, row-level security applies) or the owner. */
  ds: DataSource;
  /** An owner connection for fixtures the demo tenant lacks and for raw columns as a dump shows them. */
  owner: DataSource;
  server: Server;
}

export interface SubgraphTestBedOptions {
  /** Counts the server's SQL statements (N+1 tests). */
  counter?: QueryCounter;
  /** Which role the server connects as (default `owner`, as the subgraph's own tests always did). */
  as?: 'owner' | 'app';
}

/**
 * Integration tests only: registers `beforeAll`/`afterAll` hooks that open `subgraph`'s database and
 * build its server with `build` (given the connection, testkit's token verifier and a silent logger),
 * and returns the bed they fill. One line per test file instead of a copied setup.
 */
export function useSubgraphTestBed<Server>(
  subgraph: SubgraphName,
  build: (deps: { ds: DataSource; verifier: TokenVerifier; log: Logger }) => Promise<Server>,
  options: SubgraphTestBedOptions = {},
): SubgraphTestBed<Server> {
  const bed = {} as SubgraphTestBed<Server>;
  beforeAll(async () => {
    bed.ds = await openSubgraphDatabase(subgraph, options.counter, options.as ?? 'owner');
    bed.owner = options.as === 'app' ? await openSubgraphDatabase(subgraph) : bed.ds;
    bed.server = await build({ ds: bed.ds, verifier: await testVerifier(), log: quietLog });
  });
  afterAll(async () => {
    await bed.ds?.destroy();
    if (bed.owner !== bed.ds) await bed.owner?.destroy();
  });
  return bed;
}

/** {@link execute}, with the result as a client receives it: JSON, so DateTime values are ISO strings. */
export async function executeAsJson(...args: Parameters<typeof execute>): Promise<GraphQLResult> {
  return JSON.parse(JSON.stringify(await execute(...args))) as GraphQLResult;
}
