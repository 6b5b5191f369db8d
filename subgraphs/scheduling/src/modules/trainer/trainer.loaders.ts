import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AppointmentScope } from '../appointment/appointment.scope.js';
import { TrainerDirectoryRepository } from './trainer.repository.js';

/** Per-request loaders of trainer facts read from `studios.trainer_directory`. */
export function createTrainerLoaders(ds: DataSource, scope: AppointmentScope) {
  const repository = new TrainerDirectoryRepository(ds);
  return {
    /** Whether a trainer is in a team the caller administers (Trainer Admin, transitively; themself included). */
    inViewerTeam: new DataLoader<string, boolean>(async (ids) => {
      const members = new Set(await repository.inTeams(ids, scope.adminTrainerIds));
      return ids.map((id) => members.has(id));
    }),
  };
}
