import type { EntityManager } from 'typeorm';
import { PaymentEntity } from './payment.entity.js';

/**
 * Data access to `finance.payments`, read below an invoice the caller could already see and written by
 * the services that checked the caller keeps the invoice's books (row-level security checks both again).
 */
export class PaymentRepository {
  constructor(private readonly em: EntityManager) {}

  /** Payments against every invoice in `invoiceIds`, oldest first. */
  paymentsOf(invoiceIds: readonly string[]): Promise<PaymentEntity[]> {
    return this.em
      .getRepository(PaymentEntity)
      .createQueryBuilder('p')
      .where('p.invoice_id = any(:invoiceIds::uuid[])', { invoiceIds: [...invoiceIds] })
      .orderBy('p.paymentDate')
      .addOrderBy('p.createdAt')
      .addOrderBy('p.id')
      .getMany();
  }

  async insert(row: Omit<PaymentEntity, 'createdAt'>): Promise<void> {
    await this.em.getRepository(PaymentEntity).insert(row);
  }
}
