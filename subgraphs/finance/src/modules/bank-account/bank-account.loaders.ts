import { groupLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import type { FinanceScope } from '../invoice/invoice.scope.js';
import { BankAccountRepository } from './bank-account.repository.js';

/** Per-request loaders of bank accounts, filtered by the caller's scope. */
export function createBankAccountLoaders(ds: DataSource, scope: FinanceScope) {
  const repository = new BankAccountRepository(ds, scope);
  return { bankAccountsOfTrainer: groupLoader((ids) => repository.activeOf(ids), (b) => b.trainerId) };
}
