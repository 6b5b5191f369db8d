import DataLoader from 'dataloader';
import type { SchedulingRequest } from '../../context.js';

/** Per-request loaders of trainer settings; one unit of work per batch. */
export function createTrainerSettingsLoaders({ data }: SchedulingRequest) {
  return {
    /** A trainer's travel buffer in minutes (the default, 0, for a trainer without settings). */
    travelBufferOfTrainer: new DataLoader<string, number>(async (ids) => {
      const buffers = await data.run((tx) => tx.trainerSettings.travelBuffers(ids));
      return ids.map((id) => buffers.get(id)!);
    }),
  };
}
