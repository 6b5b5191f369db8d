import { defineModule } from '@fitflow/kit';
import { PaymentEntity } from './payment.entity.js';
import { createPaymentLoaders } from './payment.loaders.js';
import { InvoicePaymentsResolver, PaymentResolver } from './payment.resolver.js';
import { paymentRules } from './payment.rules.js';

/** Payments: `Mutation.recordPayment` and what an invoice received (`Invoice.payments`, `amountPaid`, `balanceDue`). */
export const paymentModule = defineModule({
  name: 'payment',
  resolvers: [PaymentResolver, InvoicePaymentsResolver],
  rules: paymentRules,
  entities: [PaymentEntity],
  loaders: createPaymentLoaders,
});
