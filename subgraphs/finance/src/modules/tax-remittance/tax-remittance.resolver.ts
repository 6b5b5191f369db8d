import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { TaxReturnArgs } from './tax-remittance.args.js';
import { taxRemittancesOf, taxReturn } from './tax-remittance.service.js';
import { TaxRemittanceType, TaxReturnType } from './tax-remittance.type.js';

/** `Query.taxReturn`: a period's sales-tax worksheet. */
@Resolver(() => TaxReturnType)
export class TaxReturnResolver {
  @Query(() => TaxReturnType, {
    description:
      "Your sales-tax worksheet for a reporting period (or, with trainerId, a team trainer's; any as super admin): the GST/HST return (lines 101–109), the QST return for QST registrants (203–209), PST/RST by province — from issued invoices and credit notes dated in the period and its expenses only. Errors: BAD_USER_INPUT (a period ending before it starts or over 366 days, a malformed date or trainerId), NOT_FOUND (a trainer whose books you do not keep).",
  })
  taxReturn(@Args(() => TaxReturnArgs) args: TaxReturnArgs, @Ctx() ctx: FinanceContext): Promise<TaxReturnType> {
    return taxReturn(ctx, args);
  }

  @FieldResolver(() => TrainerRef, { description: 'Whose return it is.' })
  trainer(@Root() sheet: TaxReturnType): TrainerRef {
    return TrainerRef.of(sheet.trainerId);
  }
}

/** `Trainer.taxRemittances`: a trainer's saved sales-tax returns. */
@Resolver(() => TrainerRef)
export class TrainerTaxRemittancesResolver {
  @FieldResolver(() => [TaxRemittanceType], {
    description:
      "The trainer's saved GST/HST, QST and PST/RST returns, latest period first; empty unless you keep the trainer's books (the trainer, their Trainer Admin, a super admin).",
  })
  taxRemittances(@Root() trainer: TrainerRef, @Ctx() ctx: FinanceContext): Promise<TaxRemittanceType[]> {
    return taxRemittancesOf(ctx, trainer.id);
  }
}
