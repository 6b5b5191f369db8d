import { chain, hasAnyRole, isAuthenticated, recordRule, type IRules } from '@fitflow/kit';
import type { FinanceContext } from '../../context.js';
import type { InvoiceParty } from './payment.repository.js';

/**
 * The caller may record a payment on the invoice whose id is at `path`: they keep its books (the
 * trainer, their Trainer Admin, a super admin) or administer the studio it bills (or one above it).
 * NOT_FOUND when they cannot see it (unknown, another tenant's, or a draft billed to their studio);
 * FORBIDDEN when they only read it (the client billed).
 */
export const settlesInvoice = (path: string) =>
  recordRule<FinanceContext, InvoiceParty>({
    name: 'settlesInvoice',
    path,
    what: 'Invoice',
    relation: (ctx, id) => ctx.loaders.invoiceParty.load(id),
    allow: (party) => party === 'books' || party === 'billed-studio',
    message: 'Only the trainer who issued this invoice, their Trainer Admin, a super admin or an admin of the studio billed may record its payments.',
  });

/** Who may call the fields of the payment module (src/access/rules.ts has the role rules). */
export const paymentRules: IRules = {
  Mutation: { recordPayment: chain(hasAnyRole('trainer', 'trainer_admin', 'super_admin', 'studio_admin'), settlesInvoice('input.invoiceId')) },
  Invoice: { payments: isAuthenticated, amountPaid: isAuthenticated, balanceDue: isAuthenticated },
  Payment: isAuthenticated,
};
