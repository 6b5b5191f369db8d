import { groupLoader } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';

/** Per-request loaders of availability windows; one unit of work per batch. */
export function createAvailabilityLoaders({ data }: SchedulingRequest) {
  return {
    /** Every window of each trainer the caller may see (filtered to a day and studio by the service). */
    availabilityOfTrainer: groupLoader(
      (ids) => data.run((tx) => tx.availability.windowsOfTrainers(ids)),
      (w) => w.trainerId,
    ),
  };
}
