import { chain, isAuthenticated, type IRules } from '@fitflow/kit';
import { keepsBooks, keepsBooksOfInvoice } from '../../access/rules.js';

/** Who may call the fields of the payment module (src/access/rules.ts has the role rules). */
export const paymentRules: IRules = {
  Mutation: { recordPayment: chain(keepsBooks, keepsBooksOfInvoice('input.invoiceId')) },
  Invoice: { payments: isAuthenticated, amountPaid: isAuthenticated, balanceDue: isAuthenticated },
  Payment: isAuthenticated,
};
