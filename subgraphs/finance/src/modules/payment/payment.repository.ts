import type { DataSource } from 'typeorm';
import { PaymentEntity } from './payment.entity.js';

/** Data access to `finance.payments`, read below an invoice the caller could already see. */
export class PaymentRepository {
  constructor(private readonly ds: DataSource) {}

  /** Payments against every invoice in `invoiceIds`, oldest first. */
  paymentsOf(invoiceIds: readonly string[]): Promise<PaymentEntity[]> {
    return this.ds
      .getRepository(PaymentEntity)
      .createQueryBuilder('p')
      .where('p.invoice_id = any(:invoiceIds::uuid[])', { invoiceIds: [...invoiceIds] })
      .orderBy('p.paymentDate')
      .addOrderBy('p.createdAt')
      .addOrderBy('p.id')
      .getMany();
  }
}
