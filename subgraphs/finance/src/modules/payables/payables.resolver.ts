import { LocalDateScalar } from '@fitflow/kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { StudioRef } from '../../extends/Studio/studio.type.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import { payableInvoice, studioPayables } from './payables.service.js';
import { PayableInvoiceType, StudioPayablesType, TrainerPayablesType } from './payables.type.js';

/** `Studio.payables`: what a studio owes its trainers. */
@Resolver(() => StudioRef)
export class StudioPayablesResolver {
  @FieldResolver(() => StudioPayablesType, {
    description:
      'What this studio — a headquarters: with every location below it — owes each trainer on the invoices it received, by invoice month and by age (0–30, 31–60, 61–90, 90+ days from the invoice date) as of asOf. For an admin of the studio or of one above it, or a super admin. Errors: NOT_FOUND (not your studio), FORBIDDEN (not a studio admin), BAD_USER_INPUT (asOf).',
  })
  payables(
    @Root() studio: StudioRef,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'The day to age the invoices to (`YYYY-MM-DD`); default today in the studio’s zone.' })
    asOf: string | null,
    @Ctx() ctx: FinanceContext,
  ): Promise<StudioPayablesType> {
    return studioPayables(ctx, studio.id, asOf ?? null);
  }
}

/** `TrainerPayables.trainer`: the trainer owed (studios resolves the rest through federation). */
@Resolver(() => TrainerPayablesType)
export class TrainerPayablesResolver {
  @FieldResolver(() => TrainerRef, { description: 'The trainer owed.' })
  trainer(@Root() row: TrainerPayablesType): TrainerRef {
    return TrainerRef.of(row.trainerId);
  }
}

/** `PayableInvoice.invoice`. */
@Resolver(() => PayableInvoiceType)
export class PayableInvoiceResolver {
  @FieldResolver(() => InvoiceType, { description: 'The invoice.' })
  invoice(@Root() row: PayableInvoiceType, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return payableInvoice(ctx, row);
  }
}
