import type { FinanceContext } from '../../context.js';
import { BankAccountType } from '../bank-account/bank-account.type.js';
import { TaxRemittanceType } from '../tax-remittance/tax-remittance.type.js';

/** The trainer's active bank accounts (masked), primary first; empty unless they are the caller's own books (or a super admin's). */
export async function bankAccountsOf(ctx: FinanceContext, trainerId: string): Promise<BankAccountType[]> {
  return (await ctx.loaders.bankAccountsOfTrainer.load(trainerId)).map(BankAccountType.from);
}

/** The trainer's sales-tax remittances, latest period first; empty unless visible to the caller. */
export async function taxRemittancesOf(ctx: FinanceContext, trainerId: string): Promise<TaxRemittanceType[]> {
  return (await ctx.loaders.taxRemittancesOfTrainer.load(trainerId)).map(TaxRemittanceType.from);
}
