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
      'Records a payment (cheque, e-transfer, cash) against an issued invoice: PARTIALLY_PAID while a balance remains, PAID when none does. By the trainer, their Trainer Admin or a super admin (money received), or by an admin of the studio billed or a studio above it (money sent: the trainer sees it). Never above the balance due (total − payments − credit notes). Errors: BAD_USER_INPUT (amount, paymentMethod, paymentDate), NOT_FOUND (unknown or not yours), FORBIDDEN (you only read this invoice), CONFLICT (a draft, paid or void invoice, a credit note, or more than the balance due).',
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

  @FieldResolver(() => MoneyScalar, {
    description: 'CAD still owed: total − amountPaid − the totals of issued credit notes crediting it; 0.00 for a void invoice or a credit note.',
  })
  balanceDue(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<Decimal> {
    return balanceDue(ctx, invoice);
  }
}
