import { groupLoader } from '@fitflow/kit';
import type { FinanceRequest } from '../../context.js';

/** Per-request loaders of bank accounts (sealed rows; the API shows only `accountNumberLast4`), filtered by the caller's scope. */
export function createBankAccountLoaders({ data }: FinanceRequest) {
  return {
    bankAccountsOfTrainer: groupLoader(
      (ids) => data.run((tx) => tx.bankAccounts.activeOf(ids)),
      (b) => b.trainerId,
    ),
  };
}
