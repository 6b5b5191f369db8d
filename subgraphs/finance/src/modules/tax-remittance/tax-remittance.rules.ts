import type { IRules } from '@fitflow/kit';
import { keepsBooks } from '../../access/rules.js';

/** Who may read tax remittances: only those who keep books (src/access/rules.ts). */
export const taxRemittanceRules: IRules = {
  Trainer: { taxRemittances: keepsBooks },
  TaxRemittance: keepsBooks,
  TaxReturnLine: keepsBooks,
};
