import { notFound } from '@fitflow/kit';
import { booksTrainerId } from '../../access/trainer-books.js';
import type { FinanceContext } from '../../context.js';
import type { TaxReturnArgs } from './tax-remittance.args.js';
import { TaxRemittanceType, TaxReturnType } from './tax-remittance.type.js';
import { checkPeriod, computeWorksheet } from './tax-remittance.worksheet.js';

/**
 * The sales-tax worksheet of a trainer (`trainerId`, default the caller's own) for one reporting
 * period, computed only from the issued invoices and credit notes dated in it and its expenses
 * (tax-remittance.worksheet.ts `computeWorksheet`, docs/remittance.md). Reads only.
 * @throws BAD_USER_INPUT (before any SQL) for a period ending before it starts or longer than 366
 *   days, or a malformed or missing `trainerId`; NOT_FOUND when the caller does not keep that
 *   trainer's books (a trainer asking for another, a team admin for someone outside the team: exactly
 *   as for an unknown trainer).
 */
export async function taxReturn(ctx: FinanceContext, args: TaxReturnArgs): Promise<TaxReturnType> {
  const period = checkPeriod(args.periodStart, args.periodEnd);
  const trainerId = booksTrainerId(ctx.scope, args.trainerId);
  const sources = await ctx.data.run(async (tx) => {
    if (!(await tx.trainerBooks.keeps(trainerId))) throw notFound('Trainer');
    return tx.taxRemittances.sources(trainerId, period);
  });
  return TaxReturnType.from(trainerId, period, computeWorksheet(sources));
}

/** The trainer's saved returns, latest period first; empty unless the caller keeps the trainer's books. */
export async function taxRemittancesOf(ctx: FinanceContext, trainerId: string): Promise<TaxRemittanceType[]> {
  return (await ctx.loaders.taxRemittancesOfTrainer.load(trainerId)).map(TaxRemittanceType.from);
}
