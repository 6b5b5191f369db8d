import { byIdLoader, groupLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { TrainerRepository } from './trainer.repository.js';

/** Per-request loaders of trainers. */
export function createTrainerLoaders(ds: DataSource) {
  const repository = new TrainerRepository(ds);
  return {
    trainerById: byIdLoader((ids) => repository.findByIds(ids)),
    teamOf: groupLoader((ids) => repository.findTeamsOf(ids), (t) => t.parentTrainerId!),
  };
}
