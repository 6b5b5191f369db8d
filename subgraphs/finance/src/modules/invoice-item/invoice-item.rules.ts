import { isAuthenticated, type IRules } from '@fitflow/kit';

/** Who may read invoice lines: any signed-in caller who sees the invoice (the repository applies the scope). */
export const invoiceItemRules: IRules = {
  Invoice: { items: isAuthenticated },
  InvoiceItem: isAuthenticated,
};
