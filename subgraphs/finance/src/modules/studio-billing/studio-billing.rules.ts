import { isAuthenticated, type IRules } from '@fitflow/kit';
import { keepsBooks } from '../../access/rules.js';

/** Who may generate studio invoices: whoever keeps a trainer's books (src/access/rules.ts). */
export const studioBillingRules: IRules = {
  Mutation: { generateStudioInvoices: keepsBooks },
  GenerateStudioInvoicesResult: isAuthenticated,
  SkippedSession: isAuthenticated,
};
