import { defineModule, isAuthenticated, stubReference } from '@fitflow/kit';
import { TrainerRef } from './trainer.type.js';

/**
 * studios' `Trainer`, extended by finance (`invoices`, `bankAccounts` and `taxRemittances` live in the
 * modules owning their data). References need no lookup: a malformed key resolves to null (kit
 * `stubReference`), and each field filters by the caller's scope itself.
 */
export const trainerExtension = defineModule({
  name: 'extends/Trainer',
  orphanedTypes: [TrainerRef],
  references: { Trainer: stubReference(['id'], ({ id }) => TrainerRef.of(id)) },
  rules: { Trainer: { id: isAuthenticated } },
});
