import { byIdLoader, groupLoader, pageLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { FinanceRequest } from '../../context.js';
import type { InvoiceEntity } from './invoice.entity.js';
import type { InvoiceRelation } from './invoice.repository.js';

/** Whose invoices a page lists: those addressed to a studio, or issued by a trainer. */
export type InvoiceParent = 'studio' | 'trainer';

/** Per-request loaders of invoices, filtered by the caller's scope; one unit of work per batch. */
export function createInvoiceLoaders({ data, deps }: FinanceRequest) {
  const invoiceById = byIdLoader<InvoiceEntity>((ids) => data.run((tx) => tx.invoices.findByIds(ids)));

  /** The caller's {@link InvoiceRelation} to each invoice (null: unknown or out of scope). */
  const invoiceRelation = new DataLoader<string, InvoiceRelation | null>(async (ids) => {
    const rows = await data.run((tx) => tx.invoices.relations(ids));
    const byId = new Map(rows.map((r) => [r.id, r.relation]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const pagers = new Map<string, ReturnType<typeof invoicePager>>();
  const invoicePager = (parent: InvoiceParent, status: string | null) =>
    pageLoader<InvoiceEntity>(
      async (parentIds, { first, after }) => {
        const rows = await data.run((tx) => tx.invoices.findPages({ parent, parentIds, status, first, after, now: deps.now() }));
        for (const row of rows) invoiceById.prime(row.id, row);
        return rows;
      },
      (row) => (parent === 'studio' ? row.studioId : row.trainerId) ?? '',
      (row) => row.invoiceDate,
    );

  /**
   * The page loader of invoices below `parent`s in `status` (null: any): `Studio.invoices` of 50
   * studios costs one SQL statement per distinct (parent kind, status, first, after).
   */
  const invoicePages = (parent: InvoiceParent, status: string | null) => {
    const key = `${parent}:${status ?? ''}`;
    let pager = pagers.get(key);
    if (!pager) pagers.set(key, (pager = invoicePager(parent, status)));
    return pager;
  };

  /** The credit notes of each invoice (void ones included), one statement for every invoice of a selection. */
  const creditNotesOfInvoice = groupLoader<InvoiceEntity>(
    async (ids) => {
      const rows = await data.run((tx) => tx.invoices.creditNotesOf(ids));
      for (const row of rows) invoiceById.prime(row.id, row);
      return rows;
    },
    (row) => row.creditedInvoiceId!,
  );

  return { invoiceById, invoiceRelation, invoicePages, creditNotesOfInvoice };
}
