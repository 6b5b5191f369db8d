import { buildFederatedSchema } from '@fitflow/kit';
import { BankAccountResolver } from './modules/bank-account/bank-account.resolver.js';
import { InvoiceItemResolver } from './modules/invoice-item/invoice-item.resolver.js';
import { invoiceReference } from './modules/invoice/invoice.reference.js';
import { InvoiceResolver } from './modules/invoice/invoice.resolver.js';
import { PaymentResolver } from './modules/payment/payment.resolver.js';
import { studioReference } from './modules/studio/studio.reference.js';
import { StudioInvoicesResolver } from './modules/studio/studio.resolver.js';
import { StudioRef } from './modules/studio/studio.type.js';
import { trainerReference } from './modules/trainer/trainer.reference.js';
import { TrainerFinanceResolver } from './modules/trainer/trainer.resolver.js';
import { TrainerRef } from './modules/trainer/trainer.type.js';
import { permissions } from './permissions.js';

export const resolvers = [InvoiceResolver, InvoiceItemResolver, PaymentResolver, BankAccountResolver, StudioInvoicesResolver, TrainerFinanceResolver] as const;

/** The finance subgraph's federated schema, shield applied. */
export function buildFinanceSchema() {
  return buildFederatedSchema({
    resolvers: [...resolvers],
    orphanedTypes: [TrainerRef, StudioRef],
    referenceResolvers: {
      Invoice: invoiceReference,
      Trainer: trainerReference,
      Studio: studioReference,
    },
    permissions,
  });
}
