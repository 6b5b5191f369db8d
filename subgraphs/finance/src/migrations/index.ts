import { FinanceInit1732400000000 } from './1732400000000-finance-init.js';
import { FinanceProtection1732900000000 } from './1732900000000-finance-protection.js';
import { FinanceDraftsPrivate1733200000000 } from './1733200000000-finance-drafts-private.js';
import { FinanceInvoicing1733700000000 } from './1733700000000-finance-invoicing.js';
import { FinanceTaxRates1733700100000 } from './1733700100000-finance-tax-rates.js';
import { FinanceInvoiceDocuments1733700500000 } from './1733700500000-finance-invoice-documents.js';
import { FinanceExpenses1733700600000 } from './1733700600000-finance-expenses.js';
import { FinanceDraftDeletion1733700800000 } from './1733700800000-finance-draft-deletion.js';
import { FinanceRefusalLog1733800100005 } from './1733800100005-finance-refusal-log.js';
import { FinanceAuditChain1733900000005 } from './1733900000005-finance-audit-chain.js';

/** Every migration of the finance schema, oldest first. */
export const migrations = [
  FinanceInit1732400000000,
  FinanceProtection1732900000000,
  FinanceDraftsPrivate1733200000000,
  FinanceInvoicing1733700000000,
  FinanceTaxRates1733700100000,
  FinanceInvoiceDocuments1733700500000,
  FinanceExpenses1733700600000,
  FinanceDraftDeletion1733700800000,
  FinanceRefusalLog1733800100005,
  FinanceAuditChain1733900000005,
];
