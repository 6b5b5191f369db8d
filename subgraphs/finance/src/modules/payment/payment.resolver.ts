import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import { RecordPaymentInput } from './payment.inputs.js';
import { recordPayment } from './payment.service.js';

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
