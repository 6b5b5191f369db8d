import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { AddBankAccountInput } from './bank-account.inputs.js';
import { addBankAccount, bankAccountsOf, deactivateBankAccount } from './bank-account.service.js';
import { BankAccountType } from './bank-account.type.js';

/** `Mutation.addBankAccount` and `Mutation.deactivateBankAccount`. */
@Resolver(() => BankAccountType)
export class BankAccountResolver {
  @Mutation(() => BankAccountType, {
    description:
      'Adds a bank account to your own books; the numbers are sealed and only their last four digits are ever shown. Errors: BAD_USER_INPUT (number formats), FORBIDDEN (not your books), CONFLICT.',
  })
  addBankAccount(@Arg('input', () => AddBankAccountInput) input: AddBankAccountInput, @Ctx() ctx: FinanceContext): Promise<BankAccountType> {
    return addBankAccount(ctx, input);
  }

  @Mutation(() => BankAccountType, {
    description: 'Stops paying into one of your accounts (kept, inactive). Errors: NOT_FOUND, FORBIDDEN (you see it only as team admin).',
  })
  deactivateBankAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<BankAccountType> {
    return deactivateBankAccount(ctx, id);
  }
}

/** `Trainer.bankAccounts`: where a trainer is paid. */
@Resolver(() => TrainerRef)
export class TrainerBankAccountsResolver {
  @FieldResolver(() => [BankAccountType], { description: "The trainer's active bank accounts, primary first (only to the trainer and super admins)." })
  bankAccounts(@Root() trainer: TrainerRef, @Ctx() ctx: FinanceContext): Promise<BankAccountType[]> {
    return bankAccountsOf(ctx, trainer.id);
  }
}
