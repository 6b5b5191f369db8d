import { groupLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { InvoiceItemRepository } from './invoice-item.repository.js';

/** Per-request loaders of invoice items. */
export function createInvoiceItemLoaders(ds: DataSource) {
  const repository = new InvoiceItemRepository(ds);
  return { itemsOfInvoice: groupLoader((ids) => repository.itemsOf(ids), (item) => item.invoiceId) };
}
