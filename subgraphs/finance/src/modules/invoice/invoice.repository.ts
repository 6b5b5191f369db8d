import { keyset, scopeParams, type PageRequest, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { booksScopeSql, invoiceScopeSql, seesNoBooks, seesNoInvoices } from '../../access/finance-access.js';
import { InvoiceEntity } from './invoice.entity.js';

/** Which invoices of each parent one page covers. */
export interface InvoicePageQuery extends PageRequest {
  /** Invoices addressed to a studio, or issued by a trainer. */
  parent: 'studio' | 'trainer';
  parentIds: readonly string[];
  /** A status as the API shows it (`overdue` included: see {@link overdueSql}), or null for any. */
  status: string | null;
  /** Now (UTC): "today" in each invoice's zone decides whether it is overdue. */
  now: Date;
}

/** Statuses in which an invoice is open: issued and not settled or void. Overdue is one of them, past its due date. */
export const OPEN_STATUSES = ['issued', 'sent', 'partially_paid'] as const;

/**
 * SQL condition "invoice `alias` is overdue" (docs/invoices.md, Overdue): an invoice (not a credit
 * note) still open (issued, sent or partially paid) whose due date is before today in its own zone
 * (`time_zone`; today from the parameter `:now`, a UTC instant) and that still has a balance due —
 * its total exceeds its completed payments plus its credit notes that are not void.
 */
export const overdueSql = (alias: string) => `(${alias}.document_type = 'invoice'
    and ${alias}.status in ('issued', 'sent', 'partially_paid')
    and ${alias}.due_date < (cast(:now as timestamptz) at time zone ${alias}.time_zone)::date
    and ${alias}.total > coalesce((select sum(op.amount) from finance.payments op where op.invoice_id = ${alias}.id and op.status = 'completed'), 0)
                       + coalesce((select sum(oc.total) from finance.invoices oc
                                    where oc.credited_invoice_id = ${alias}.id and oc.document_type = 'credit_note' and oc.status <> 'void'), 0))`;

/** The columns a draft's recomputation, edits and issue write. */
export type DraftValues = Partial<
  Pick<
    InvoiceEntity,
    | 'invoiceDate'
    | 'dueDate'
    | 'subtotal'
    | 'total'
    | 'taxDetails'
    | 'notes'
    | 'placeOfSupply'
    | 'language'
    | 'supplier'
    | 'recipient'
    | 'status'
    | 'invoiceNumber'
    | 'issuedAt'
  >
>;

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
    if (q.status === 'overdue') {
      conditions.push(overdueSql('w'));
      params.now = q.now.toISOString();
    } else if (q.status && (OPEN_STATUSES as readonly string[]).includes(q.status)) {
      // An open invoice shows as OVERDUE once past due: the filters agree with what each invoice shows.
      conditions.push(`w.status = :status and not ${overdueSql('w')}`);
      params.status = q.status;
      params.now = q.now.toISOString();
    } else if (q.status) {
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

  /**
   * The draft studio invoice of `trainerId` to `studioId` for exactly the period `periodStart` –
   * `periodEnd`, locked for update, when the caller keeps that trainer's books; null when there is none.
   */
  async findStudioDraft(trainerId: string, studioId: string, periodStart: string, periodEnd: string): Promise<InvoiceEntity | null> {
    if (seesNoBooks(this.scope)) return null;
    return this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where(
        `i.trainer_id = :trainerId and i.studio_id = :studioId and i.invoice_type = 'studio' and i.document_type = 'invoice'
         and i.status = 'draft' and i.period_start = :periodStart and i.period_end = :periodEnd`,
        { trainerId, studioId, periodStart, periodEnd },
      )
      .andWhere(booksScopeSql('i.trainer_id'), scopeParams(this.scope))
      .orderBy('i.created_at')
      .addOrderBy('i.id')
      .getOne();
  }

  /**
   * Writes a new invoice row (a draft, or a credit note that is issued in the same unit of work)
   * on books the caller keeps; row-level security checks it again.
   * @throws Error when the scope keeps no books (a programming error: services check first).
   */
  async insert(row: Partial<InvoiceEntity> & Pick<InvoiceEntity, 'id'>): Promise<void> {
    if (seesNoBooks(this.scope)) throw new Error('Invoices are written only on books the caller keeps.');
    await this.em.getRepository(InvoiceEntity).insert(row);
  }

  /** Changes a draft's dates, amounts, taxes, notes — or issues it (only books the caller keeps). */
  async updateDraft(id: string, values: DraftValues): Promise<void> {
    if (seesNoBooks(this.scope)) return;
    await this.em.getRepository(InvoiceEntity).update({ id }, values);
  }

  /** Voids invoice `id` (only books the caller keeps): its status, when and why. */
  async markVoid(id: string, voidedAt: Date, reason: string): Promise<void> {
    if (seesNoBooks(this.scope)) return;
    await this.em.getRepository(InvoiceEntity).update({ id }, { status: 'void', voidedAt, voidReason: reason });
  }

  /**
   * Deletes draft `id` (its lines must be gone first); an issued invoice is never deleted (row-level
   * security admits only drafts, migration 1733700800000).
   * @returns whether a row was deleted.
   */
  async deleteDraft(id: string): Promise<boolean> {
    if (seesNoBooks(this.scope)) return false;
    const result = await this.em.getRepository(InvoiceEntity).delete({ id, status: 'draft' });
    return (result.affected ?? 0) > 0;
  }

  /** The visible credit notes of every invoice in `invoiceIds` (void ones included), oldest first. */
  async creditNotesOf(invoiceIds: readonly string[]): Promise<InvoiceEntity[]> {
    if (seesNoInvoices(this.scope) || !invoiceIds.length) return [];
    return this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .where(`i.credited_invoice_id = any(:invoiceIds::uuid[]) and i.document_type = 'credit_note'`, { invoiceIds: [...invoiceIds] })
      .andWhere(invoiceScopeSql('i'), scopeParams(this.scope))
      .orderBy('i.issuedAt')
      .addOrderBy('i.id')
      .getMany();
  }

  /** `<trainer id>:<number>` of every numbered invoice of `trainerIds` (seeds only: numbers the demo must not take again). */
  async numbersOf(trainerIds: readonly string[]): Promise<Set<string>> {
    if (seesNoBooks(this.scope) || !trainerIds.length) return new Set();
    const rows = await this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .select(['i.trainerId', 'i.invoiceNumber'])
      .where('i.trainer_id = any(:trainerIds::uuid[]) and i.invoice_number is not null', { trainerIds: [...trainerIds] })
      .andWhere(booksScopeSql('i.trainer_id'), scopeParams(this.scope))
      .getMany();
    return new Set(rows.map((r) => `${r.trainerId}:${r.invoiceNumber}`));
  }

  /** Writes a demo draft's issued state in one update: number, snapshots, sent, approved, paid (seeds only). */
  async writeDemoState(id: string, values: Partial<InvoiceEntity>): Promise<void> {
    if (seesNoBooks(this.scope)) return;
    await this.em.getRepository(InvoiceEntity).update({ id }, values);
  }

  /** Writes demo invoices, leaving rows that already exist as they are (seeds only). */
  async insertMissing(rows: Partial<InvoiceEntity>[]): Promise<void> {
    if (!rows.length) return;
    await this.em.createQueryBuilder().insert().into(InvoiceEntity).values(rows).orIgnore().execute();
  }
}

/** The caller keeps the invoice's books, or only receives it (see {@link InvoiceRepository.relations}). */
export type InvoiceRelation = 'books' | 'addressee';
