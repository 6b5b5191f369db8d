import type { BaseContext } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { createContractLoaders } from './modules/contract/contract.loaders.js';
import type { ContractScope } from './modules/contract/contract.scope.js';
import { createStudioLoaders } from './modules/studio/studio.loaders.js';
import { createTrainerLoaders } from './modules/trainer/trainer.loaders.js';

/**
 * Per-request DataLoaders of the studios subgraph. Contract loaders are built for the caller's
 * {@link ContractScope}, so that every contract read is limited to what they may see.
 */
export function createLoaders(ds: DataSource, scope: ContractScope) {
  return { ...createStudioLoaders(ds), ...createTrainerLoaders(ds), ...createContractLoaders(ds.manager, scope) };
}

export interface StudiosContext extends BaseContext {
  ds: DataSource;
  /** Which contracts the caller may see and manage (derived once from the access token). */
  contractScope: ContractScope;
  loaders: ReturnType<typeof createLoaders>;
}
