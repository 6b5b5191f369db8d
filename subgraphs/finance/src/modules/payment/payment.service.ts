import { badUserInput, conflict, notFound, type Decimal } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import type { FinanceContext } from '../../context.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import type { RecordPaymentInput } from './payment.inputs.js';
import { amountReceived } from './payment.totals.js';
import { PaymentType } from './payment.type.js';

/** Statuses an invoice must be in to take a payment: it was sent and is not settled or void. */
const PAYABLE = new Set(['issued', 'sent', 'partially_paid']);

/**
 * Records money received against a sent invoice, as whoever keeps the trainer's books (the trainer,
 * their Trainer Admin, a super admin). When the completed payments reach the total the invoice
 * becomes `paid` (its `paidAt`, payment method and reference are set). The payment, and the
 * invoice's change of status, are audited in the same transaction.
 * @returns the invoice as it now stands.
 * @throws BAD_USER_INPUT when the amount is not positive whole cents or exceeds the balance due, or the
 *   date is in the future; NOT_FOUND when the invoice is unknown or not the caller's books;
 *   CONFLICT when the invoice is a draft, already paid or cancelled.
 */
export async function recordPayment(ctx: FinanceContext, input: RecordPaymentInput): Promise<InvoiceType> {
  const amount = input.amount;
  if (amount.lte(0) || amount.decimalPlaces() > 2) throw badUserInput('amount must be more than zero, in whole cents, e.g. "250.00".', 'amount');
  // Every Canadian zone is behind UTC, so no Canadian "today" is later than UTC's.
  if (input.paymentDate > ctx.deps.now().toISOString().slice(0, 10)) throw badUserInput('paymentDate must not be in the future.', 'paymentDate');
  const invoiceId = input.invoiceId.toLowerCase();
  const invoice = await ctx.data.run(async (tx) => {
    const invoice = await tx.invoices.findForBookkeeping(invoiceId);
    if (!invoice) throw notFound('Invoice');
    if (!PAYABLE.has(invoice.status)) throw conflict(payableMessage(invoice.status));
    const paid = amountReceived(await tx.payments.paymentsOf([invoice.id]));
    const balance = invoice.total.minus(paid);
    if (amount.gt(balance)) throw badUserInput(`amount exceeds the balance due of ${balance.toFixed(2)} CAD.`, 'amount');

    const payment = {
      id: randomUUID(),
      invoiceId: invoice.id,
      trainerId: invoice.trainerId,
      studioId: invoice.studioId,
      clientId: invoice.clientId,
      amount,
      paymentDate: input.paymentDate,
      paymentMethod: input.paymentMethod,
      referenceNumber: input.referenceNumber?.trim() || null,
      bankAccountId: null,
      status: 'completed' as const,
      notes: null,
    };
    await tx.payments.insert(payment);
    await tx.audit.record({
      action: 'create',
      table: 'payments',
      recordId: payment.id,
      newValues: { ...payment, amount: amount.toFixed(2) },
    });
    if (amount.eq(balance)) {
      const settled = { status: 'paid' as const, paidAt: ctx.deps.now(), paymentMethod: payment.paymentMethod, paymentReference: payment.referenceNumber };
      await tx.invoices.update(invoice.id, settled);
      await tx.audit.record({
        action: 'update',
        table: 'invoices',
        recordId: invoice.id,
        oldValues: { status: invoice.status, paidAt: invoice.paidAt },
        newValues: { status: settled.status, paidAt: settled.paidAt },
      });
      return Object.assign(invoice, settled);
    }
    return invoice;
  });
  ctx.loaders.invoiceById.clear(invoice.id).prime(invoice.id, invoice);
  ctx.loaders.paymentsOfInvoice.clear(invoice.id);
  return InvoiceType.from(invoice);
}

function payableMessage(status: string): string {
  if (status === 'draft') return 'This invoice is still a draft: issue it before recording a payment.';
  if (status === 'paid') return 'This invoice is already paid in full.';
  return 'This invoice is void; it takes no payments.';
}

/** Payments against the invoice, oldest first. */
export async function paymentsOf(ctx: FinanceContext, invoice: InvoiceType): Promise<PaymentType[]> {
  return (await ctx.loaders.paymentsOfInvoice.load(invoice.id)).map(PaymentType.from);
}

/** CAD received against the invoice: the sum of its COMPLETED payments (pending and failed do not count). */
export async function amountPaid(ctx: FinanceContext, invoice: InvoiceType): Promise<Decimal> {
  return amountReceived(await ctx.loaders.paymentsOfInvoice.load(invoice.id));
}

/** CAD still owed: total − amount paid (negative when overpaid, i.e. a credit). */
export async function balanceDue(ctx: FinanceContext, invoice: InvoiceType): Promise<Decimal> {
  return invoice.total.minus(await amountPaid(ctx, invoice));
}
