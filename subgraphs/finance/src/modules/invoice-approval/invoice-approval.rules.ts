import { chain, hasAnyRole, isAuthenticated, recordRule, type IRules } from '@fitflow/kit';
import type { FinanceContext } from '../../context.js';
import type { InvoiceParty } from '../payment/payment.repository.js';

/**
 * The caller administers the studio billed by the invoice whose id is at `path` (or a studio above
 * it), and it is not a draft. NOT_FOUND when they cannot see it; FORBIDDEN when they see it otherwise
 * (they issued it, or keep its trainer's books).
 */
export const approvesInvoice = (path: string) =>
  recordRule<FinanceContext, InvoiceParty>({
    name: 'approvesInvoice',
    path,
    what: 'Invoice',
    relation: (ctx, id) => ctx.loaders.invoiceParty.load(id),
    allow: (party) => party === 'billed-studio',
    message: 'Only an admin of the studio billed approves an invoice; whoever issued it cannot.',
  });

/**
 * Who may call the fields of the invoice-approval module: approving is the studio's act, so only a
 * studio admin — not a super admin (approval speaks for the studio, and a platform admin is not it).
 */
export const invoiceApprovalRules: IRules = {
  Mutation: { approveInvoice: chain(hasAnyRole('studio_admin'), approvesInvoice('id')) },
  Invoice: { approvedBy: isAuthenticated },
};
