import type { BaseContext, ScopedDb } from '@fitflow/kit';
import { createClientLoaders } from './modules/client/client.loaders.js';
import type { ClientScope } from './modules/client/client.scope.js';
import { createSessionNoteLoaders } from './modules/session-note/session-note.loaders.js';
import { createTrainingPlanLoaders } from './modules/training-plan/training-plan.loaders.js';
import type { ClientKeys } from './protection/keys.js';

/** What the clients subgraph adds to every request's context (before the loaders). */
export interface ClientsRequest extends BaseContext {
  /**
   * All database work of the request: each unit of work (a DataLoader batch, a mutation) is one
   * transaction that first sets the caller's claims, so row-level security sees who is asking.
   */
  db: ScopedDb;
  /** The clients schema's data keys (per process). */
  keys: ClientKeys;
  /** What the caller may see (derived once from the access token). */
  scope: ClientScope;
  /** `CLINICAL_RECORD_RETENTION_YEARS`. */
  retentionYears: number;
}

/**
 * Per-request DataLoaders of the clients subgraph. They depend on the caller: every batch runs in one
 * ScopedDb transaction, reads through a repository filtered by the caller's {@link ClientScope}
 * (row-level security filters again), opens the sealed fields, and appends the access-log rows of
 * the PHI it returns with one insert.
 */
export function createLoaders(request: ClientsRequest) {
  return { ...createClientLoaders(request), ...createSessionNoteLoaders(request), ...createTrainingPlanLoaders(request) };
}

export interface ClientsContext extends ClientsRequest {
  loaders: ReturnType<typeof createLoaders>;
}
