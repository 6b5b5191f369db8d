import { scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { belowVisibleInvoiceSql, seesNoBooks, seesNoInvoices } from '../../access/finance-access.js';
import { PaymentEntity } from './payment.entity.js';

/**
 * Data access to `finance.payments`: read below an invoice the caller may see, written by the services
 * that checked the caller keeps the invoice's books (row-level security checks both again).
 */
export class PaymentRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** Payments against every visible invoice in `invoiceIds`, oldest first. */
  async paymentsOf(invoiceIds: readonly string[]): Promise<PaymentEntity[]> {
    if (seesNoInvoices(this.scope) || !invoiceIds.length) return [];
    return this.em
      .getRepository(PaymentEntity)
      .createQueryBuilder('p')
      .where('p.invoice_id = any(:invoiceIds::uuid[])', { invoiceIds: [...invoiceIds] })
      .andWhere(belowVisibleInvoiceSql('p.invoice_id'), scopeParams(this.scope))
      .orderBy('p.paymentDate')
      .addOrderBy('p.createdAt')
      .addOrderBy('p.id')
      .getMany();
  }

  /**
   * Records a payment on books the caller keeps (the service found the invoice with
   * `InvoiceRepository.findForBookkeeping` first).
   * @throws Error when the scope keeps no books at all (a programming error: the service checks first).
   */
  async insert(row: Omit<PaymentEntity, 'createdAt'>): Promise<void> {
    if (seesNoBooks(this.scope)) throw new Error('Payments are recorded only on books the caller keeps.');
    await this.em.getRepository(PaymentEntity).insert(row);
  }
}
