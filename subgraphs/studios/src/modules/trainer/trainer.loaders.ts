import { byIdLoader, groupLoader } from '@fitflow/kit';
import type { StudiosRequest } from '../../context.js';

/** Per-request loaders of trainers: one statement per batch, whatever the number of parents. */
export function createTrainerLoaders({ data }: StudiosRequest) {
  return {
    trainerById: byIdLoader((ids) => data.run((tx) => tx.trainers.findByIds(ids))),
    /** Trainers whose billing profile the caller may see; null for the others. */
    billingProfileOf: byIdLoader((ids) => data.run((tx) => tx.trainers.findBillingProfiles(ids))),
    teamOf: groupLoader(
      (ids) => data.run((tx) => tx.trainers.findTeamsOf(ids)),
      (t) => t.parentTrainerId!,
    ),
  };
}
