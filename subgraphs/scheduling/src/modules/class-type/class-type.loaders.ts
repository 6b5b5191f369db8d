import { byIdLoader, groupLoader } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';

/** Per-request loaders of class types; one unit of work per batch. */
export function createClassTypeLoaders({ data }: SchedulingRequest) {
  return {
    classTypeById: byIdLoader((ids) => data.run((tx) => tx.classTypes.findByIds(ids))),
    classTypesOfTrainer: groupLoader(
      (ids) => data.run((tx) => tx.classTypes.findActiveByTrainers(ids)),
      (c) => c.trainerId,
    ),
    /** Archived ones included (`Trainer.classTypes(includeArchived: true)`). */
    allClassTypesOfTrainer: groupLoader(
      (ids) => data.run((tx) => tx.classTypes.findAllByTrainers(ids)),
      (c) => c.trainerId,
    ),
  };
}
