import type { BaseContext, Viewer } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { createClientLoaders } from './modules/client/client.loaders.js';
import { clientScopeOf, type ClientScope } from './modules/client/client.scope.js';
import { createSessionNoteLoaders } from './modules/session-note/session-note.loaders.js';
import { createTrainingPlanLoaders } from './modules/training-plan/training-plan.loaders.js';

/**
 * Per-request DataLoaders of the clients subgraph. Unlike studios' loaders they depend on the caller:
 * every loader reads through a repository filtered by the caller's {@link ClientScope}.
 */
export function createLoaders(ds: DataSource, viewer: Viewer | null) {
  const scope = clientScopeOf(viewer);
  return { ...createClientLoaders(ds, scope), ...createSessionNoteLoaders(ds, scope), ...createTrainingPlanLoaders(ds, scope) };
}

export interface ClientsContext extends BaseContext {
  ds: DataSource;
  /** What the caller may see (derived once from the access token). */
  scope: ClientScope;
  loaders: ReturnType<typeof createLoaders>;
}
