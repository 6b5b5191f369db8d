import { badUserInput, conflict, Decimal, notFound } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import type { FinanceContext } from '../../context.js';
import type { InvoiceEntity } from '../invoice/invoice.entity.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import type { RecordPaymentInput } from './payment.inputs.js';
import type { InvoiceSettlement } from './payment.repository.js';
import { amountReceived, balanceOf } from './payment.totals.js';
import { PaymentMethod, PaymentType } from './payment.type.js';

/**
 * Stored statuses in which an invoice takes a payment: issued and not settled or void. OVERDUE is one
 * of these past its due date (derived on read, never stored), so an overdue invoice takes payments too.
 */
const PAYABLE = new Set(['issued', 'sent', 'partially_paid']);

/** The methods a person records by hand (docs/receivables.md); card payments (CREDIT) arrive otherwise. */
const RECORDED_METHODS = new Set([PaymentMethod.CHEQUE, PaymentMethod.E_TRANSFER, PaymentMethod.CASH]);

/**
 * Records money paid against an issued invoice (docs/receivables.md, Payments), by either side of it:
 *
 * - whoever keeps the trainer's books (the trainer, their Trainer Admin, a super admin) records money
 *   received: `recorded_by_party` 'supplier';
 * - an admin of the studio billed (or of a studio above it: a headquarters admin for its locations)
 *   records that the studio paid: `recorded_by_party` 'recipient'. The trainer sees it among the
 *   invoice's payments.
 *
 * The balance due is total − completed payments − issued credit notes crediting the invoice
 * ({@link balanceOf}). A payment below it moves the invoice to `partially_paid`; one that reaches it,
 * to `paid` (`paidAt` now, UTC, with the payment's method and reference). Never above the balance: the
 * invoice row is locked (`select … for update`) before the balance is read, so of two concurrent
 * payments the second waits for the first and is measured against what is left. The payment and the
 * invoice's change of status are audited in the same transaction; nothing is written on a refusal.
 *
 * @returns the invoice as it now stands.
 * @throws BAD_USER_INPUT (before any SQL) when `amount` is not more than zero, `paymentMethod` is not
 *   CHEQUE, E_TRANSFER or CASH, or `paymentDate` is in the future; NOT_FOUND when the invoice is
 *   unknown, not the caller's books nor billed to their studio, or (for the studio) still a draft;
 *   CONFLICT when the invoice is a draft, paid, void, a credit note, has nothing left to pay, or the
 *   amount exceeds the balance due (the message names `input.amount` and the balance: the issue's
 *   "Bad input" list makes paying more than the balance a CONFLICT, since whether it fits depends on
 *   the invoice's state, not on the input alone).
 */
export async function recordPayment(ctx: FinanceContext, input: RecordPaymentInput): Promise<InvoiceType> {
  const amount = input.amount;
  if (amount.lte(0) || amount.decimalPlaces() > 2) throw badUserInput('amount must be more than zero, in whole cents, e.g. "250.00".', 'amount');
  if (!RECORDED_METHODS.has(input.paymentMethod)) {
    throw badUserInput('paymentMethod must be CHEQUE, E_TRANSFER or CASH; to reduce what is owed without money, issue a credit note.', 'paymentMethod');
  }
  // Every Canadian zone is behind UTC, so no Canadian "today" is later than UTC's.
  if (input.paymentDate > ctx.deps.now().toISOString().slice(0, 10)) throw badUserInput('paymentDate must not be in the future.', 'paymentDate');
  const invoiceId = input.invoiceId.toLowerCase();
  const invoice = await ctx.data.run(async (tx) => {
    const locked = await tx.payments.lockForSettlement(invoiceId);
    if (!locked) throw notFound('Invoice');
    const { invoice, party } = locked;
    refuseUnpayable(invoice);
    const balance = balanceOf(invoice, await tx.payments.paymentsOf([invoice.id]), (await tx.payments.creditedTotals([invoice.id]))[0]?.credited);
    if (balance.lte(0)) throw conflict('Nothing is left to pay on this invoice: its credit notes cover it in full.');
    if (amount.gt(balance)) {
      throw conflict(`input.amount (${amount.toFixed(2)} CAD) is more than the balance due of ${balance.toFixed(2)} CAD: record at most ${balance.toFixed(2)}.`);
    }

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
      recordedBy: ctx.viewer!.userId,
      recordedByParty: party === 'books' ? ('supplier' as const) : ('recipient' as const),
    };
    await tx.payments.insert(payment);
    await tx.audit.record({ action: 'create', table: 'payments', recordId: payment.id, newValues: { ...payment, amount: amount.toFixed(2) } });

    const settlement: InvoiceSettlement = amount.eq(balance)
      ? { status: 'paid', paidAt: ctx.deps.now(), paymentMethod: payment.paymentMethod, paymentReference: payment.referenceNumber }
      : { status: 'partially_paid' };
    if (settlement.status === invoice.status) return invoice;
    await tx.payments.settle(invoice.id, settlement);
    await tx.audit.record({
      action: 'update',
      table: 'invoices',
      recordId: invoice.id,
      oldValues: { status: invoice.status, paidAt: invoice.paidAt },
      newValues: { status: settlement.status, paidAt: settlement.paidAt ?? invoice.paidAt },
    });
    return Object.assign(invoice, settlement);
  });
  ctx.loaders.invoiceById.clear(invoice.id).prime(invoice.id, invoice);
  ctx.loaders.paymentsOfInvoice.clear(invoice.id);
  return InvoiceType.from(invoice);
}

/** @throws CONFLICT, in words a person can act on, when `invoice` takes no payment in its state. */
function refuseUnpayable(invoice: InvoiceEntity): void {
  if (invoice.documentType === 'credit_note') throw conflict('This is a credit note: it reduces what its invoice owes and takes no payment.');
  if (PAYABLE.has(invoice.status)) return;
  if (invoice.status === 'draft') throw conflict('This invoice is still a draft: issue it before recording a payment.');
  if (invoice.status === 'paid') throw conflict('This invoice is already paid in full.');
  throw conflict('This invoice is void; it takes no payments.');
}

/** Payments against the invoice, oldest first. */
export async function paymentsOf(ctx: FinanceContext, invoice: InvoiceType): Promise<PaymentType[]> {
  return (await ctx.loaders.paymentsOfInvoice.load(invoice.id)).map(PaymentType.from);
}

/** CAD received against the invoice: the sum of its COMPLETED payments (pending and failed do not count). */
export async function amountPaid(ctx: FinanceContext, invoice: InvoiceType): Promise<Decimal> {
  return amountReceived(await ctx.loaders.paymentsOfInvoice.load(invoice.id));
}

/**
 * CAD still owed on the invoice ({@link balanceOf}): total − completed payments − issued credit notes
 * crediting it; 0 for a void invoice or a credit note. Batched: one statement for the payments and one
 * for the credit notes of every invoice of a selection (the invoice itself is usually loaded already).
 */
export async function balanceDue(ctx: FinanceContext, invoice: InvoiceType): Promise<Decimal> {
  const [entity, payments, credited] = await Promise.all([
    ctx.loaders.invoiceById.load(invoice.id),
    ctx.loaders.paymentsOfInvoice.load(invoice.id),
    ctx.loaders.creditedOfInvoice.load(invoice.id),
  ]);
  return balanceOf({ total: invoice.total, status: invoice.status, documentType: entity?.documentType }, payments, credited);
}
