import { defineModule, isAuthenticated, stubReference } from '@fitflow/kit';
import { TrainerRef } from './trainer.type.js';

/**
 * studios' `Trainer` entity as this subgraph extends it: the stub type and its reference (no lookup:
 * `Trainer.clients` filters by the caller's scope itself; a malformed key resolves to null). The
 * `Trainer.clients` field returns client data, so its resolver and rule live in the client module.
 */
export const trainerExtension = defineModule({
  name: 'extends/Trainer',
  orphanedTypes: [TrainerRef],
  references: { Trainer: stubReference(['id'], ({ id }) => TrainerRef.of(id)) },
  rules: { Trainer: { id: isAuthenticated } },
});
