import { byIdLoader, toConnection, type Connection } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { InvoiceEntity } from './invoice.entity.js';
import { InvoiceRepository, type InvoicePageQuery, type InvoiceRelation } from './invoice.repository.js';
import type { FinanceRequest } from '../../context.js';

/** One parent's page request; keys that differ only by `parentId` are fetched together. */
export type InvoicePageKey = Omit<InvoicePageQuery, 'parentIds'> & { parentId: string };

const pageKey = (key: InvoicePageKey) => JSON.stringify([key.parent, key.parentId, key.status, key.first, key.after?.invoiceDate ?? null, key.after?.id ?? null]);
const batchKey = (key: InvoicePageKey) => pageKey({ ...key, parentId: '' });

/** Per-request loaders of invoices, filtered by the caller's scope; one ScopedDb transaction per batch. */
export function createInvoiceLoaders({ db, scope }: FinanceRequest) {
  const invoiceById = byIdLoader((ids) => db.run((em) => new InvoiceRepository(em, scope).findByIds(ids)));

  /** The caller's {@link InvoiceRelation} to each invoice (null: unknown or out of scope). */
  const invoiceRelation = new DataLoader<string, InvoiceRelation | null>(async (ids) => {
    const rows = await db.run((em) => new InvoiceRepository(em, scope).relations(ids));
    const byId = new Map(rows.map((r) => [r.id, r.relation]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /**
   * Pages of invoices for many parents (`Studio.invoices` of 50 studios): one SQL statement per
   * distinct (parent kind, status, first, after), however many parents ask.
   */
  const invoicePages = new DataLoader<InvoicePageKey, Connection<InvoiceEntity>, string>(
    async (keys) => {
      const batches = new Map<string, InvoicePageKey[]>();
      for (const key of keys) batches.set(batchKey(key), [...(batches.get(batchKey(key)) ?? []), key]);
      const pages = new Map<string, Connection<InvoiceEntity>>();
      await Promise.all(
        [...batches.values()].map(async (batch) => {
          const { parentId: _parentId, ...shared } = batch[0];
          const rows = await db.run((em) => new InvoiceRepository(em, scope).findPages({ ...shared, parentIds: batch.map((k) => k.parentId) }));
          const byParent = new Map<string, InvoiceEntity[]>(batch.map((k) => [k.parentId, []]));
          for (const row of rows) {
            invoiceById.prime(row.id, row);
            byParent.get((shared.parent === 'studio' ? row.studioId : row.trainerId) ?? '')?.push(row);
          }
          for (const key of batch) pages.set(pageKey(key), toConnection(byParent.get(key.parentId) ?? [], key.first, (i) => i.invoiceDate));
        }),
      );
      return keys.map((key) => pages.get(pageKey(key))!);
    },
    { cacheKeyFn: pageKey },
  );

  return { invoiceById, invoiceRelation, invoicePages };
}
