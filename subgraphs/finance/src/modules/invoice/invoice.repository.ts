import { keyset, scopeParams, type PageRequest, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { booksScopeSql, invoiceScopeSql, seesNoBooks, seesNoInvoices } from '../../access/finance-access.js';
import { InvoiceEntity } from './invoice.entity.js';

/** Which invoices of each parent one page covers. */
export interface InvoicePageQuery extends PageRequest {
  /** Invoices addressed to a studio, or issued by a trainer. */
  parent: 'studio' | 'trainer';
  parentIds: readonly string[];
  status: string | null;
}

/** Invoice lists run newest first: invoice date (`YYYY-MM-DD`), then id, both descending. */
const NEWEST_FIRST = { key: 'w.invoice_date', id: 'w.id', direction: 'desc', kind: 'date' } as const;

/**
 * Data access to `finance.invoices` on behalf of one caller, inside one of their units of work: every
 * query is filtered by the caller's scope (src/access/finance-access.ts), so an out-of-scope id looks
 * exactly like an unknown one (row-level security filters the same rows again underneath).
 */
export class InvoiceRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** Visible invoices among `ids` (any order; missing ones are unknown or out of scope). */
  async findByIds(ids: readonly string[]): Promise<InvoiceEntity[]> {
    if (seesNoInvoices(this.scope) || !ids.length) return [];
    return this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .where('i.id = any(:ids::uuid[])', { ids: [...ids] })
      .andWhere(invoiceScopeSql('i'), scopeParams(this.scope))
      .getMany();
  }

  /**
   * One page of visible invoices per parent, every parent in ONE statement: a window function numbers
   * each parent's rows newest first (kit `keyset`: invoice_date desc, id desc) and keeps `first + 1`
   * of them. Rows come back in page order, parents interleaved.
   */
  async findPages(q: InvoicePageQuery): Promise<InvoiceEntity[]> {
    if (seesNoInvoices(this.scope) || !q.parentIds.length) return [];
    const column = q.parent === 'studio' ? 'studio_id' : 'trainer_id';
    const order = keyset(NEWEST_FIRST, q.after);
    const conditions = [`w.${column} = any(:parentIds::uuid[])`, invoiceScopeSql('w'), order.after];
    const params: Record<string, unknown> = { ...scopeParams(this.scope), ...order.params, parentIds: [...q.parentIds], limit: q.first + 1 };
    if (q.status) {
      conditions.push('w.status = :status');
      params.status = q.status;
    }
    return this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .where(
        `i.id in (
           select ranked.id from (
             select w.id, row_number() over (partition by w.${column} order by ${order.orderBy}) as n
               from finance.invoices w
              where ${conditions.join(' and ')}
           ) ranked
            where ranked.n <= :limit)`,
        params,
      )
      .orderBy('i.invoiceDate', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getMany();
  }

  /**
   * The invoice `id`, locked for update, when the caller keeps its trainer's books (the trainer, their
   * team admin, a super admin); null otherwise (unknown, or only visible as its addressee).
   */
  async findForBookkeeping(id: string): Promise<InvoiceEntity | null> {
    if (seesNoBooks(this.scope)) return null;
    return this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id })
      .andWhere(booksScopeSql('i.trainer_id'), scopeParams(this.scope))
      .getOne();
  }

  /** Changes the columns of invoice `id` that move with its status (only books the caller keeps). */
  async update(
    id: string,
    values: Partial<Pick<InvoiceEntity, 'status' | 'invoiceNumber' | 'issuedAt' | 'sentAt' | 'paidAt' | 'paymentMethod' | 'paymentReference'>>,
  ): Promise<void> {
    if (seesNoBooks(this.scope)) return;
    await this.em.getRepository(InvoiceEntity).update({ id }, values);
  }

  /**
   * How the caller relates to each visible invoice among `ids`: `books` when they keep its trainer's
   * books (the trainer, their team admin, a super admin), `addressee` when they only see it as the
   * studio or client billed. Unknown and out-of-scope ids are missing.
   */
  async relations(ids: readonly string[]): Promise<{ id: string; relation: InvoiceRelation }[]> {
    if (seesNoInvoices(this.scope) || !ids.length) return [];
    return this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .select('i.id', 'id')
      .addSelect(`case when ${booksScopeSql('i.trainer_id')} then 'books' else 'addressee' end`, 'relation')
      .where('i.id = any(:ids::uuid[])', { ids: [...ids] })
      .andWhere(invoiceScopeSql('i'), scopeParams(this.scope))
      .getRawMany();
  }

  /** Writes demo invoices, leaving rows that already exist as they are (seeds only). */
  async insertMissing(rows: Partial<InvoiceEntity>[]): Promise<void> {
    if (!rows.length) return;
    await this.em.createQueryBuilder().insert().into(InvoiceEntity).values(rows).orIgnore().execute();
  }
}

/** The caller keeps the invoice's books, or only receives it (see {@link InvoiceRepository.relations}). */
export type InvoiceRelation = 'books' | 'addressee';
