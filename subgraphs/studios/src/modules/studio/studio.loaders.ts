import { byIdLoader, groupLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { StudioRepository } from './studio.repository.js';

/** Per-request loaders of studios. */
export function createStudioLoaders(ds: DataSource) {
  const repository = new StudioRepository(ds);
  return {
    studioById: byIdLoader((ids) => repository.findByIds(ids)),
    childStudios: groupLoader((ids) => repository.findChildrenOf(ids), (s) => s.parentStudioId!),
  };
}
