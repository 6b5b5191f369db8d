import { byIdLoader, groupLoader } from '@fitflow/kit';
import type { StudiosRequest } from '../../context.js';

/** Per-request loaders of studios: one statement per batch, whatever the number of parents. */
export function createStudioLoaders({ data }: StudiosRequest) {
  return {
    studioById: byIdLoader((ids) => data.run((tx) => tx.studios.findByIds(ids))),
    childStudios: groupLoader(
      (ids) => data.run((tx) => tx.studios.findChildrenOf(ids)),
      (s) => s.parentStudioId!,
    ),
  };
}
