import { scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { belowVisibleInvoiceSql, seesNoInvoices } from '../../access/finance-access.js';
import { InvoiceItemEntity } from './invoice-item.entity.js';

/** Data access to `finance.invoice_items`: only the lines of invoices the caller may see. */
export class InvoiceItemRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** Items of every visible invoice in `invoiceIds`, in print order. */
  async itemsOf(invoiceIds: readonly string[]): Promise<InvoiceItemEntity[]> {
    if (seesNoInvoices(this.scope) || !invoiceIds.length) return [];
    return this.em
      .getRepository(InvoiceItemEntity)
      .createQueryBuilder('it')
      .where('it.invoice_id = any(:invoiceIds::uuid[])', { invoiceIds: [...invoiceIds] })
      .andWhere(belowVisibleInvoiceSql('it.invoice_id'), scopeParams(this.scope))
      .orderBy('it.invoiceId')
      .addOrderBy('it.position')
      .getMany();
  }

  /** Writes demo invoice lines, leaving rows that already exist as they are (seeds only). */
  async insertMissing(rows: Partial<InvoiceItemEntity>[]): Promise<void> {
    if (!rows.length) return;
    await this.em.createQueryBuilder().insert().into(InvoiceItemEntity).values(rows).orIgnore().execute();
  }
}
