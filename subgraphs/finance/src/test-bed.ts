import type { QueryCounter } from '@fitflow/kit';
import { openSubgraphDatabase, quietLog, testKeyRing, testVerifier } from '@fitflow/testkit';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import { buildFinanceServer } from './server.js';

/** What a finance integration test works with; filled in by `beforeAll`. */
export interface FinanceTestBed {
  /** Runtime-role connection (row-level security applies), the server's. */
  ds: DataSource;
  /** Owner connection: fixtures the demo tenant lacks, and raw columns as a database dump shows them. */
  owner: DataSource;
  server: Awaited<ReturnType<typeof buildFinanceServer>>;
}

/**
 * Integration tests only: registers `beforeAll`/`afterAll` hooks that open the finance database (as
 * the runtime role, its statements counted by `counter` when given, and as the owner) and build the
 * server on it, and returns the bed they fill.
 */
export function useFinanceTestBed(counter?: QueryCounter): FinanceTestBed {
  const bed = {} as FinanceTestBed;
  beforeAll(async () => {
    bed.ds = await openSubgraphDatabase('finance', counter, 'app');
    bed.owner = await openSubgraphDatabase('finance');
    bed.server = await buildFinanceServer({ ds: bed.ds, verifier: await testVerifier(), log: quietLog, keyRing: testKeyRing() });
  });
  afterAll(async () => {
    await bed.ds?.destroy();
    await bed.owner?.destroy();
  });
  return bed;
}
