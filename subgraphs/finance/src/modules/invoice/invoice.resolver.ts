import { MoneyScalar, type Decimal } from '@fitflow/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { ClientRef } from '../client/client.type.js';
import { itemsOf } from '../invoice-item/invoice-item.service.js';
import { InvoiceItemType } from '../invoice-item/invoice-item.type.js';
import { PaymentType } from '../payment/payment.type.js';
import { StudioRef } from '../studio/studio.type.js';
import { TrainerRef } from '../trainer/trainer.type.js';
import { amountPaid, balanceDue, getInvoice, markInvoiceSent, paymentsOf } from './invoice.service.js';
import { InvoiceType } from './invoice.type.js';

/** `Query.invoice`, `Mutation.markInvoiceSent`, and the fields of `Invoice` that load more than its row (items, payments, balances, references). */
@Resolver(() => InvoiceType)
export class InvoiceResolver {
  @Query(() => InvoiceType, { description: 'One invoice you may see. Errors: NOT_FOUND (unknown or not yours), BAD_USER_INPUT (malformed id).' })
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return getInvoice(ctx, id);
  }

  @Mutation(() => InvoiceType, {
    description:
      'Marks a draft invoice sent (sentAt = now). For the trainer, their Trainer Admin, or a super admin. Errors: NOT_FOUND (unknown or not your books), FORBIDDEN (you only receive this invoice), CONFLICT (not a draft).',
  })
  markInvoiceSent(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return markInvoiceSent(ctx, id);
  }

  @FieldResolver(() => [InvoiceItemType], { description: 'Lines of the invoice, in print order.' })
  items(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<InvoiceItemType[]> {
    return itemsOf(ctx, invoice.id);
  }

  @FieldResolver(() => [PaymentType], { description: 'Payments received against the invoice, oldest first.' })
  payments(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<PaymentType[]> {
    return paymentsOf(ctx, invoice);
  }

  @FieldResolver(() => MoneyScalar, { description: 'CAD received: the sum of COMPLETED payments.' })
  amountPaid(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<Decimal> {
    return amountPaid(ctx, invoice);
  }

  @FieldResolver(() => MoneyScalar, { description: 'CAD still owed: total − amountPaid (negative when overpaid).' })
  balanceDue(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<Decimal> {
    return balanceDue(ctx, invoice);
  }

  @FieldResolver(() => TrainerRef, { description: 'The trainer who issued the invoice.' })
  trainer(@Root() invoice: InvoiceType): TrainerRef {
    return TrainerRef.of(invoice.trainerId);
  }

  @FieldResolver(() => StudioRef, { nullable: true, description: 'The studio billed (studio invoices).' })
  studio(@Root() invoice: InvoiceType): StudioRef | null {
    return invoice.studioId ? StudioRef.of(invoice.studioId) : null;
  }

  @FieldResolver(() => ClientRef, { nullable: true, description: 'The client billed (client invoices).' })
  client(@Root() invoice: InvoiceType): ClientRef | null {
    return invoice.clientId ? ClientRef.of(invoice.clientId) : null;
  }
}
