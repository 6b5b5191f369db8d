import type { DataAccess } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '@fitflow/kit';
import type { FinanceKeys } from './modules/bank-account/bank-account.keys.js';
import { BankAccountRepository } from './modules/bank-account/bank-account.repository.js';
import { InvoiceDocumentRepository } from './modules/invoice-document/invoice-document.repository.js';
import { ExpenseRepository } from './modules/expense/expense.repository.js';
import { TrainerBooksRepository } from './access/trainer-books.repository.js';
import { ClientInvoiceRepository } from './modules/client-invoice/client-invoice.repository.js';
import { InvoiceApprovalRepository } from './modules/invoice-approval/invoice-approval.repository.js';
import { InvoiceItemRepository } from './modules/invoice-item/invoice-item.repository.js';
import { InvoiceRepository } from './modules/invoice/invoice.repository.js';
import { InvoicePartyRepository } from './modules/invoice/invoice-party.repository.js';
import { InvoiceSequenceRepository } from './modules/invoice/invoice-sequence.repository.js';
import { PayablesRepository } from './modules/payables/payables.repository.js';
import { PaymentRepository } from './modules/payment/payment.repository.js';
import { TaxRemittanceRepository } from './modules/tax-remittance/tax-remittance.repository.js';
import { TaxRateRepository } from './modules/tax/tax.repository.js';
import { StudioBillingRepository } from './modules/studio-billing/studio-billing.repository.js';

/**
 * Every repository of the finance schema, bound to one unit of work (`em`) and the caller's scope:
 * the only place they are constructed, so none is ever reached without a scope.
 * @param keys the data keys sealing bank account numbers; without them (a seed) sealing throws.
 */
export function financeRepositories(keys?: FinanceKeys) {
  return (em: EntityManager, { scope }: RequestContext) => ({
    invoices: new InvoiceRepository(em, scope),
    invoiceItems: new InvoiceItemRepository(em, scope),
    payments: new PaymentRepository(em, scope),
    bankAccounts: new BankAccountRepository(em, scope, keys),
    taxRemittances: new TaxRemittanceRepository(em, scope),
    expenses: new ExpenseRepository(em, scope),
    trainerBooks: new TrainerBooksRepository(em, scope),
    taxRates: new TaxRateRepository(em),
    invoiceParties: new InvoicePartyRepository(em, scope),
    invoiceSequences: new InvoiceSequenceRepository(em, scope),
    studioBilling: new StudioBillingRepository(em, scope),
    invoiceDocuments: new InvoiceDocumentRepository(em, scope),
    invoiceApprovals: new InvoiceApprovalRepository(em, scope),
    payables: new PayablesRepository(em, scope),
    clientInvoices: new ClientInvoiceRepository(em, scope),
  });
}

export type FinanceRepositories = ReturnType<ReturnType<typeof financeRepositories>>;

/** The per-request data access of the finance subgraph: `data.run((tx) => tx.invoices.…)`, one transaction each. */
export type FinanceData = DataAccess<FinanceRepositories>;
