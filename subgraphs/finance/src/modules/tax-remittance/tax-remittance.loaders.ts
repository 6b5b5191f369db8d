import { groupLoader } from '@fitflow/kit';
import type { FinanceRequest } from '../../context.js';
import { TaxRemittanceRepository } from './tax-remittance.repository.js';

/** Per-request loaders of tax remittances, filtered by the caller's scope. */
export function createTaxRemittanceLoaders({ db, scope }: FinanceRequest) {
  return {
    taxRemittancesOfTrainer: groupLoader((ids) => db.run((em) => new TaxRemittanceRepository(em, scope).of(ids)), (r) => r.trainerId),
  };
}
