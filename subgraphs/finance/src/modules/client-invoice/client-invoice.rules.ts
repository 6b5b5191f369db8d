import { isAuthenticated, type IRules } from '@fitflow/kit';
import { keepsBooks } from '../../access/rules.js';

/**
 * Who may call the fields of the client-invoice module: drafting an invoice is bookkeeping (the
 * trainer, their Trainer Admin, a super admin; the service answers NOT_FOUND for another trainer's
 * client); any signed-in caller may list a client's invoices (the repository applies the scope).
 */
export const clientInvoiceRules: IRules = {
  Mutation: { createClientInvoice: keepsBooks },
  Client: { invoices: isAuthenticated },
};
