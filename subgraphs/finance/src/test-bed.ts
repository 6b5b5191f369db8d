import type { QueryCounter } from '@fitflow/kit';
import { testKeyRing, useSubgraphTestBed } from '@fitflow/testkit';
import { buildFinanceServer } from './server.js';

/**
 * Integration tests only: the finance server on the runtime role (row-level security applies), its
 * statements counted by `counter` when given, beside an owner connection (testkit `useSubgraphTestBed`).
 */
export const useFinanceTestBed = (counter?: QueryCounter) =>
  useSubgraphTestBed('finance', (deps) => buildFinanceServer({ ...deps, keyRing: testKeyRing() }), { counter, as: 'app' });
