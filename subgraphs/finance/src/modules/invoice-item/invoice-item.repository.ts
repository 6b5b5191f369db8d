import type { EntityManager } from 'typeorm';
import { InvoiceItemEntity } from './invoice-item.entity.js';

/**
 * Data access to `finance.invoice_items`. Items are only read below an invoice the caller could
 * already see (the invoice repository applies the scope), so there is no second filter here.
 */
export class InvoiceItemRepository {
  constructor(private readonly em: EntityManager) {}

  /** Items of every invoice in `invoiceIds`, in print order. */
  itemsOf(invoiceIds: readonly string[]): Promise<InvoiceItemEntity[]> {
    return this.em
      .getRepository(InvoiceItemEntity)
      .createQueryBuilder('it')
      .where('it.invoice_id = any(:invoiceIds::uuid[])', { invoiceIds: [...invoiceIds] })
      .orderBy('it.invoiceId')
      .addOrderBy('it.position')
      .getMany();
  }
}
