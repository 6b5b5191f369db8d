import { chain, isAuthenticated, type IRules } from '@fitflow/kit';
import { authenticated, keepsBooks, keepsBooksOfInvoice } from '../../access/rules.js';

/** Who may call the fields of the invoice module (src/access/rules.ts has the role rules). */
export const invoiceRules: IRules = {
  Query: { invoice: isAuthenticated },
  Mutation: { markInvoiceSent: chain(keepsBooks, keepsBooksOfInvoice('id')) },
  Invoice: authenticated(
    'id',
    'invoiceNumber',
    'invoiceType',
    'invoiceDate',
    'dueDate',
    'periodStart',
    'periodEnd',
    'subtotal',
    'taxLines',
    'total',
    'status',
    'sentAt',
    'paidAt',
    'notes',
    'currency',
    'trainer',
    'studio',
    'client',
  ),
  TaxLine: isAuthenticated,
  InvoiceConnection: isAuthenticated,
  InvoiceEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  Studio: { invoices: isAuthenticated },
  Trainer: { invoices: isAuthenticated },
};
