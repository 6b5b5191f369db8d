import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { MarkTaxReturnFiledArgs, MarkTaxReturnPaidArgs, SaveTaxReturnArgs, TaxReturnArgs } from './tax-remittance.args.js';
import { markTaxReturnFiled, markTaxReturnPaid, saveTaxReturn, taxRemittancesOf, taxReturn } from './tax-remittance.service.js';
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

/** `Mutation.saveTaxReturn`, `Mutation.markTaxReturnFiled`, `Mutation.markTaxReturnPaid`: a saved return's life. */
@Resolver(() => TaxRemittanceType)
export class TaxRemittanceResolver {
  @Mutation(() => [TaxRemittanceType], {
    description:
      "Saves a period's worksheet as CALCULATED returns (GST/HST for registrants, QST, each PST/RST province; or only `returns`), recalculating those still CALCULATED and replacing calculated returns of overlapping periods. Errors: BAD_USER_INPUT (as taxReturn), NOT_FOUND, CONFLICT (none of the returns asked for, a filed return overlapping the period or no longer matching the worksheet).",
  })
  saveTaxReturn(@Args(() => SaveTaxReturnArgs) args: SaveTaxReturnArgs, @Ctx() ctx: FinanceContext): Promise<TaxRemittanceType[]> {
    return saveTaxReturn(ctx, args);
  }

  @Mutation(() => TaxRemittanceType, {
    description:
      'Records that a CALCULATED return was filed (its confirmation number, the day): FILED, its figures frozen. Errors: BAD_USER_INPUT (reference, filedOn in the future or within the period), NOT_FOUND, CONFLICT (already filed or paid; the worksheet changed since it was saved).',
  })
  markTaxReturnFiled(@Args(() => MarkTaxReturnFiledArgs) args: MarkTaxReturnFiledArgs, @Ctx() ctx: FinanceContext): Promise<TaxRemittanceType> {
    return markTaxReturnFiled(ctx, args);
  }

  @Mutation(() => TaxRemittanceType, {
    description:
      "Records that a FILED return's net tax was paid (or its refund settled): PAID. Errors: BAD_USER_INPUT (paidOn in the future or within the period), NOT_FOUND, CONFLICT (not filed yet, or already paid).",
  })
  markTaxReturnPaid(@Args(() => MarkTaxReturnPaidArgs) args: MarkTaxReturnPaidArgs, @Ctx() ctx: FinanceContext): Promise<TaxRemittanceType> {
    return markTaxReturnPaid(ctx, args);
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
