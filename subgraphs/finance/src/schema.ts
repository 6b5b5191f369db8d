import { buildFederatedSchema, composeModules } from '@fitflow/kit';
// Modules load in this order, and type-graphql prints each type's fields in the order their
// resolvers load: keep it, or the committed schema (schema/subgraphs/finance.graphql) changes.
import { invoiceItemModule } from './modules/invoice-item/index.js';
import { paymentModule } from './modules/payment/index.js';
import { invoiceModule } from './modules/invoice/index.js';
import { bankAccountModule } from './modules/bank-account/index.js';
import { taxRemittanceModule } from './modules/tax-remittance/index.js';
import { expenseModule } from './modules/expense/index.js';
import { taxModule } from './modules/tax/index.js';
import { studioBillingModule } from './modules/studio-billing/index.js';
import { invoiceDocumentModule } from './modules/invoice-document/index.js';
import { invoiceApprovalModule } from './modules/invoice-approval/index.js';
import { payablesModule } from './modules/payables/index.js';
import { clientInvoiceModule } from './modules/client-invoice/index.js';
import { trainerExtension } from './extends/Trainer/index.js';
import { studioExtension } from './extends/Studio/index.js';
import { clientExtension } from './extends/Client/index.js';
import { appointmentExtension } from './extends/Appointment/index.js';

/** Every module of the finance subgraph: what it owns (`modules/`) and what it adds to other subgraphs' entities (`extends/`). */
export const financeModules = composeModules([
  invoiceItemModule,
  paymentModule,
  invoiceModule,
  bankAccountModule,
  taxRemittanceModule,
  expenseModule,
  taxModule,
  studioBillingModule,
  invoiceDocumentModule,
  invoiceApprovalModule,
  payablesModule,
  clientInvoiceModule,
  trainerExtension,
  studioExtension,
  clientExtension,
  appointmentExtension,
] as const);

/** The finance subgraph's federated schema, shield applied. */
export const buildFinanceSchema = () => buildFederatedSchema(financeModules);
