import { buildFederatedSchema, composeModules } from '@fitflow/kit';
import { appointmentExtension } from './extends/Appointment/index.js';
import { clientExtension } from './extends/Client/index.js';
import { studioExtension } from './extends/Studio/index.js';
import { trainerExtension } from './extends/Trainer/index.js';
import { bankAccountModule } from './modules/bank-account/index.js';
import { invoiceItemModule } from './modules/invoice-item/index.js';
import { invoiceModule } from './modules/invoice/index.js';
import { paymentModule } from './modules/payment/index.js';
import { taxRemittanceModule } from './modules/tax-remittance/index.js';

/** Every module of the finance subgraph: what it owns (`modules/`) and what it adds to other subgraphs' entities (`extends/`). */
export const financeModules = composeModules([
  invoiceModule,
  invoiceItemModule,
  paymentModule,
  bankAccountModule,
  taxRemittanceModule,
  studioExtension,
  trainerExtension,
  clientExtension,
  appointmentExtension,
] as const);

/** The finance subgraph's federated schema, shield applied. */
export const buildFinanceSchema = () => buildFederatedSchema(financeModules);
