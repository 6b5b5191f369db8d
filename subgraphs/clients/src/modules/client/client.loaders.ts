import { byIdLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { pageLoader } from '../../paging.js';
import type { ClientEntity } from './client.entity.js';
import { ClientRepository } from './client.repository.js';
import { asTrainer, clientSortKey, type ClientScope } from './client.scope.js';

/** Per-request loaders of clients, all filtered by the caller's scope. */
export function createClientLoaders(ds: DataSource, scope: ClientScope) {
  const repository = new ClientRepository(ds, scope);
  const asTrainerRepository = new ClientRepository(ds, asTrainer(scope));
  return {
    /** Visible client by id; null when unknown, soft-deleted or out of scope. */
    clientById: byIdLoader((ids) => repository.findByIds(ids)),
    /** Client by id when the caller sees it *as a trainer* (not merely as that client). */
    clientByIdAsTrainer: byIdLoader((ids) => asTrainerRepository.findByIds(ids)),
    /** `Trainer.clients` pages, one windowed query for every trainer of a selection. */
    clientsOfTrainer: pageLoader<ClientEntity>(
      (trainerIds, args) => repository.pageByTrainers(trainerIds, args),
      (c) => c.trainerId,
      clientSortKey,
    ),
  };
}
