import type { IRules } from '@fitflow/kit';
import { keepsBooks } from '../../access/rules.js';

/**
 * Who may call the fields of the tax-remittance module: only those who keep books (src/access/rules.ts,
 * FORBIDDEN for studios and clients); the service narrows it to the books the caller keeps (NOT_FOUND
 * for another trainer's, exactly as for an unknown one).
 */
export const taxRemittanceRules: IRules = {
  Query: { taxReturn: keepsBooks },
  Mutation: { saveTaxReturn: keepsBooks, markTaxReturnFiled: keepsBooks, markTaxReturnPaid: keepsBooks },
  Trainer: { taxRemittances: keepsBooks },
  TaxRemittance: keepsBooks,
  TaxReturn: keepsBooks,
  SalesTaxReturn: keepsBooks,
  TaxReturnLine: keepsBooks,
  TaxReturnNotice: keepsBooks,
};
