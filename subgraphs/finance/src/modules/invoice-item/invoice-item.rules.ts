import { chain, isAuthenticated, type IRules } from '@fitflow/kit';
import { keepsBooks, keepsBooksOfInvoice } from '../../access/rules.js';

/** Who may read invoice lines (any signed-in caller who sees the invoice: the repository applies the scope) and edit a draft's. */
export const invoiceItemRules: IRules = {
  Mutation: {
    addInvoiceLine: chain(keepsBooks, keepsBooksOfInvoice('invoiceId')),
    removeInvoiceLine: chain(keepsBooks, keepsBooksOfInvoice('invoiceId')),
  },
  Invoice: { items: isAuthenticated },
  InvoiceItem: isAuthenticated,
};
