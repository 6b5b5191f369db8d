import { defineModule } from '@fitflow/kit';
import { InvoiceApprovalResolver } from './invoice-approval.resolver.js';
import { invoiceApprovalRules } from './invoice-approval.rules.js';

/**
 * Approval of a received invoice by the studio billed: `Mutation.approveInvoice` and `Invoice.approvedBy`
 * (`Invoice.approvedAt` is a field of the invoice module's `Invoice` type). Its own module (not the invoice module) because approving is the recipient's
 * act on the invoice's approval facts, not the trainer's bookkeeping (docs/conventions.md, the field
 * rule: a field lives with the data it returns; these return the approval columns). It owns no table.
 */
export const invoiceApprovalModule = defineModule({
  name: 'invoice-approval',
  resolvers: [InvoiceApprovalResolver],
  rules: invoiceApprovalRules,
});
