import { groupLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import type { FinanceScope } from '../invoice/invoice.scope.js';
import { TaxRemittanceRepository } from './tax-remittance.repository.js';

/** Per-request loaders of tax remittances, filtered by the caller's scope. */
export function createTaxRemittanceLoaders(ds: DataSource, scope: FinanceScope) {
  const repository = new TaxRemittanceRepository(ds, scope);
  return { taxRemittancesOfTrainer: groupLoader((ids) => repository.of(ids), (r) => r.trainerId) };
}
