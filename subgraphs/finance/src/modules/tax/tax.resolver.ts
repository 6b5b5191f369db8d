import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { TaxQuoteInput } from './tax.inputs.js';
import { taxQuote } from './tax.service.js';
import { TaxQuoteType } from './tax.type.js';

/** `Query.taxQuote`. */
@Resolver()
export class TaxQuoteResolver {
  @Query(() => TaxQuoteType, {
    description:
      "The Canadian sales taxes of a supply — each tax's rate, base and amount, the subtotal and total — exactly as FitFlow's invoices compute them (docs/tax.md); for live previews and outside checks. For trainers, trainer admins and super admins. Errors: BAD_USER_INPUT naming the field (a malformed GST/HST or QST number, a negative or sub-cent amount, more than 500 lines, a date before the rate table).",
  })
  taxQuote(@Arg('input', () => TaxQuoteInput) input: TaxQuoteInput, @Ctx() ctx: FinanceContext): Promise<TaxQuoteType> {
    return taxQuote(ctx, input);
  }
}
