import { defineModule } from '@fitflow/kit';
import { BankAccountEntity } from './bank-account.entity.js';
import { createBankAccountLoaders } from './bank-account.loaders.js';
import { BankAccountResolver, TrainerBankAccountsResolver } from './bank-account.resolver.js';
import { bankAccountRules } from './bank-account.rules.js';

/** Bank accounts a trainer is paid into (numbers sealed): `Mutation.addBankAccount`, `deactivateBankAccount`, `Trainer.bankAccounts`. */
export const bankAccountModule = defineModule({
  name: 'bank-account',
  resolvers: [BankAccountResolver, TrainerBankAccountsResolver],
  rules: bankAccountRules,
  entities: [BankAccountEntity],
  loaders: createBankAccountLoaders,
});
