import { groupLoader } from '@fitflow/kit';
import type { FinanceRequest } from '../../context.js';
import { BankAccountRepository } from './bank-account.repository.js';

/** Per-request loaders of bank accounts (sealed rows; the API shows only `accountNumberLast4`), filtered by the caller's scope. */
export function createBankAccountLoaders({ db, scope }: FinanceRequest) {
  return {
    bankAccountsOfTrainer: groupLoader((ids) => db.run((em) => new BankAccountRepository(em, scope).activeOf(ids)), (b) => b.trainerId),
  };
}
