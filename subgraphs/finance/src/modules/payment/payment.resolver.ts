import { MoneyScalar, type Decimal } from '@fitflow/kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import { RecordPaymentInput } from './payment.inputs.js';
import { amountPaid, balanceDue, paymentsOf, recordPayment } from './payment.service.js';
import { PaymentType } from './payment.type.js';

/** `Mutation.recordPayment`. */
@Resolver()
export class PaymentResolver {
  @Mutation(() => InvoiceType, {
    description:
      'Records a payment received (cheque, e-transfer, cash) against a sent invoice; the invoice becomes PAID when fully paid. For the trainer, their Trainer Admin, or a super admin. Errors: BAD_USER_INPUT (amount, paymentDate), NOT_FOUND, FORBIDDEN (you only receive this invoice), CONFLICT (draft, paid or cancelled invoice).',
  })
  recordPayment(@Arg('input', () => RecordPaymentInput) input: RecordPaymentInput, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return recordPayment(ctx, input);
  }
}

/** `Invoice.payments`, `Invoice.amountPaid`, `Invoice.balanceDue`: what was received against an invoice. */
@Resolver(() => InvoiceType)
export class InvoicePaymentsResolver {
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
}
