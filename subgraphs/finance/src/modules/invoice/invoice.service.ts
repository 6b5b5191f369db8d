import { conflict, notFound, pageRequest, parseId, type Connection, type Decimal } from '@fitflow/kit';
import type { FinanceContext } from '../../context.js';
import { sumMoney } from '../../money.js';
import { amountReceived } from '../payment/payment.totals.js';
import type { InvoicesArgs } from './invoice.args.js';
import type { StoredInvoiceStatus } from './invoice.entity.js';
import type { InvoiceParent } from './invoice.loaders.js';
import { OPEN_STATUSES } from './invoice.repository.js';
import { todayIn } from './invoice.taxes.js';
import { InvoiceDocumentType, InvoiceStatus, InvoiceType } from './invoice.type.js';

/**
 * One invoice the caller may see.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND for an unknown id or one outside the caller's
 *   scope (the same message for both).
 */
export async function getInvoice(ctx: FinanceContext, id: string): Promise<InvoiceType> {
  const invoiceId = parseId(id);
  const entity = await ctx.loaders.invoiceById.load(invoiceId);
  if (!entity) throw notFound('Invoice', invoiceId);
  return InvoiceType.from(entity);
}

/**
 * A page of the invoices addressed to a studio, or issued by a trainer, that the caller may see:
 * newest `invoiceDate` first (ties by id), keyset-paged. Batched with the same field of other parents.
 * @throws BAD_USER_INPUT when `after` is not a cursor this API produced.
 */
export async function invoicePage(ctx: FinanceContext, parent: InvoiceParent, parentId: string, args: InvoicesArgs): Promise<Connection<InvoiceType>> {
  const page = await ctx.loaders.invoicePages(parent, args.status ?? null).load({ parentId, ...pageRequest(args, 'date') });
  return { pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ cursor: e.cursor, node: InvoiceType.from(e.node) })) };
}

/**
 * Marks an issued invoice sent (`sentAt` = now, UTC), as whoever keeps the trainer's books. Audited.
 * TODO(invoicing): email the invoice's PDF here; for now this records only that it went out.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND when the invoice is unknown or not the
 *   caller's books; CONFLICT when it is not a draft.
 */
export async function markInvoiceSent(ctx: FinanceContext, id: string): Promise<InvoiceType> {
  const invoiceId = parseId(id);
  const invoice = await ctx.data.run(async (tx) => {
    const invoice = await tx.invoices.findForBookkeeping(invoiceId);
    if (!invoice) throw notFound('Invoice');
    if (invoice.status === 'draft') throw conflict('Issue this draft before sending it: a draft has no number yet.');
    if (invoice.status !== 'issued') throw conflict('This invoice was already sent.');
    const sentAt = ctx.deps.now();
    await tx.invoices.update(invoiceId, { status: 'sent', sentAt });
    await tx.audit.record({
      action: 'update',
      table: 'invoices',
      recordId: invoiceId,
      oldValues: { status: invoice.status, sentAt: invoice.sentAt },
      newValues: { status: 'sent', sentAt },
    });
    return Object.assign(invoice, { status: 'sent' as const, sentAt });
  });
  ctx.loaders.invoiceById.clear(invoiceId).prime(invoiceId, invoice);
  return InvoiceType.from(invoice);
}

/**
 * Whether an invoice shows as OVERDUE (docs/invoices.md, Overdue): an invoice (not a credit note)
 * still open — issued, sent or partially paid — whose due date is before `today` (a calendar day in
 * its zone) and with a balance due. The repositories' `overdueSql` is the same rule in SQL.
 */
export function isOverdue(
  invoice: { documentType: InvoiceDocumentType | 'invoice' | 'credit_note'; storedStatus: StoredInvoiceStatus; dueDate: string },
  today: string,
  balance: Decimal,
): boolean {
  return (
    invoice.documentType === InvoiceDocumentType.INVOICE &&
    (OPEN_STATUSES as readonly string[]).includes(invoice.storedStatus) &&
    invoice.dueDate < today &&
    balance.gt(0)
  );
}

/**
 * The status the API shows: the stored one, or OVERDUE ({@link isOverdue}) with today taken in the
 * invoice's zone from the process clock (`deps.now`). Payments and credit notes are read (batched)
 * only for an open invoice past its due date.
 */
export async function statusOf(ctx: FinanceContext, invoice: InvoiceType): Promise<InvoiceStatus> {
  const stored = invoice.storedStatus as InvoiceStatus;
  const today = todayIn(invoice.timeZone, ctx.deps.now());
  const candidate = { ...invoice, storedStatus: invoice.storedStatus };
  if (!isOverdue(candidate, today, invoice.total)) return stored;
  const [payments, credits] = await Promise.all([ctx.loaders.paymentsOfInvoice.load(invoice.id), ctx.loaders.creditNotesOfInvoice.load(invoice.id)]);
  const credited = sumMoney(credits.filter((c) => c.status !== 'void').map((c) => c.total));
  return isOverdue(candidate, today, invoice.total.minus(amountReceived(payments)).minus(credited)) ? InvoiceStatus.OVERDUE : stored;
}

/** The credit notes of an invoice the caller may see, oldest first (void ones included). */
export async function creditNotesOf(ctx: FinanceContext, invoice: InvoiceType): Promise<InvoiceType[]> {
  return (await ctx.loaders.creditNotesOfInvoice.load(invoice.id)).map(InvoiceType.from);
}

/** The invoice a credit note credits (null for an invoice, or one the caller may not see). */
export async function creditedInvoiceOf(ctx: FinanceContext, invoice: InvoiceType): Promise<InvoiceType | null> {
  if (!invoice.creditedInvoiceId) return null;
  const entity = await ctx.loaders.invoiceById.load(invoice.creditedInvoiceId);
  return entity && InvoiceType.from(entity);
}
