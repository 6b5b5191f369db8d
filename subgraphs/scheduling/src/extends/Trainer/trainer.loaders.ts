import DataLoader from 'dataloader';
import type { SchedulingRequest } from '../../context.js';

/** Per-request loaders of trainer facts read from `studios.trainer_directory`. */
export function createTrainerLoaders({ data, scope }: SchedulingRequest) {
  return {
    /** Whether a trainer is in a team the caller administers (Trainer Admin, transitively; themself included). */
    inViewerTeam: new DataLoader<string, boolean>(async (ids) => {
      const members = new Set(scope.adminTrainerIds.length === 0 ? [] : await data.run((tx) => tx.trainerDirectory.inViewerTeams(ids)));
      return ids.map((id) => members.has(id));
    }),
  };
}
