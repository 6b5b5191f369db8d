import { conflict, notFound, parseId } from '@fitflow/kit';
import type { FinanceContext } from '../../context.js';
import type { InvoiceEntity } from '../invoice/invoice.entity.js';
import { InvoiceType } from '../invoice/invoice.type.js';

/**
 * The studio billed approves an invoice it received (docs/receivables.md, Approval): an admin of that
 * studio, or of a studio above it (a headquarters admin approves its locations' invoices). Records
 * `approvedAt` (now, UTC) and `approvedBy` (the caller's user id), audited in the same transaction,
 * the invoice locked meanwhile so two admins cannot both approve it. Approval says the studio agrees
 * it owes the invoice; it changes neither the amounts (frozen at issue) nor the status.
 * @returns the invoice as it now stands.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND when the invoice is unknown, bills another
 *   studio, or is still a draft (the studio cannot see drafts); CONFLICT when it is void, a credit
 *   note, or already approved.
 */
export async function approveInvoice(ctx: FinanceContext, id: string): Promise<InvoiceType> {
  const invoiceId = parseId(id);
  const invoice = await ctx.data.run(async (tx) => {
    const invoice = await tx.invoiceApprovals.lockForApproval(invoiceId);
    if (!invoice) throw notFound('Invoice');
    refuseUnapprovable(invoice);
    const approval = { approvedAt: ctx.deps.now(), approvedBy: ctx.viewer!.userId };
    await tx.invoiceApprovals.approve(invoiceId, approval);
    await tx.audit.record({ action: 'update', table: 'invoices', recordId: invoiceId, oldValues: { approvedAt: null, approvedBy: null }, newValues: approval });
    return Object.assign(invoice, approval);
  });
  ctx.loaders.invoiceById.clear(invoiceId).prime(invoiceId, invoice);
  return InvoiceType.from(invoice);
}

/** @throws CONFLICT, in words a person can act on, when `invoice` cannot be approved in its state. */
function refuseUnapprovable(invoice: InvoiceEntity): void {
  if (invoice.documentType === 'credit_note') throw conflict('A credit note needs no approval: it only reduces what its invoice owes.');
  if (invoice.status === 'void') throw conflict('This invoice is void: there is nothing to approve.');
  if (invoice.approvedAt) throw conflict(`This invoice was already approved (${invoice.approvedAt.toISOString()}).`);
}

/** The user id of the studio admin who approved the invoice, or null. */
export async function approvedBy(ctx: FinanceContext, invoice: InvoiceType): Promise<string | null> {
  return (await ctx.loaders.invoiceById.load(invoice.id))?.approvedBy ?? null;
}
