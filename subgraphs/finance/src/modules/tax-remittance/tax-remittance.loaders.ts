import { groupLoader } from '@fitflow/kit';
import type { FinanceRequest } from '../../context.js';

/** Per-request loaders of tax remittances, filtered by the caller's scope. */
export function createTaxRemittanceLoaders({ data }: FinanceRequest) {
  return {
    taxRemittancesOfTrainer: groupLoader(
      (ids) => data.run((tx) => tx.taxRemittances.of(ids)),
      (r) => r.trainerId,
    ),
  };
}
