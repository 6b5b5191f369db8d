import type { BaseContext } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { createContractLoaders } from './modules/contract/contract.loaders.js';
import { createStudioLoaders } from './modules/studio/studio.loaders.js';
import { createTrainerLoaders } from './modules/trainer/trainer.loaders.js';

/** Per-request DataLoaders of the studios subgraph. */
export function createLoaders(ds: DataSource) {
  return { ...createStudioLoaders(ds), ...createTrainerLoaders(ds), ...createContractLoaders(ds) };
}

export interface StudiosContext extends BaseContext {
  ds: DataSource;
  loaders: ReturnType<typeof createLoaders>;
}
