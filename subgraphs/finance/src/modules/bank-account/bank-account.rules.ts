import type { IRules } from '@fitflow/kit';
import { isTrainer, keepsBooks } from '../../access/rules.js';

/** Who may call the fields of the bank-account module: only those who keep books (src/access/rules.ts). */
export const bankAccountRules: IRules = {
  Mutation: { addBankAccount: isTrainer, deactivateBankAccount: keepsBooks },
  Trainer: { bankAccounts: keepsBooks },
  BankAccount: keepsBooks,
};
