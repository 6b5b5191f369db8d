import { runSql, scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { belowVisibleInvoiceSql, seesNoBooks, seesNoInvoices } from '../../access/finance-access.js';
import { InvoiceItemEntity } from './invoice-item.entity.js';

/** A line to write (its position is given by the repository). */
export type NewInvoiceItem = Omit<InvoiceItemEntity, 'position' | 'createdAt' | 'live' | 'taxRate'>;

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

  /**
   * Appends `rows` to invoice `invoiceId` (after its last line, in the order given), skipping every
   * session already on a live line of any invoice: `on conflict` on the unique index
   * `invoice_items_one_live_invoice` (migration 1733700000000) decides, so two generations at once
   * bill a session once. Only on books the caller keeps; the database refuses lines on an issued
   * invoice (trigger).
   * @returns the ids of the lines written (the skipped ones are missing).
   */
  async append(invoiceId: string, rows: readonly NewInvoiceItem[]): Promise<string[]> {
    if (seesNoBooks(this.scope) || !rows.length) return [];
    const column = <K extends keyof NewInvoiceItem>(key: K) => rows.map((r) => r[key]);
    const written = await runSql<{ id: string }>(
      this.em,
      `insert into finance.invoice_items (id, invoice_id, position, appointment_id, description, quantity, unit_price, amount, kind,
                                          category, service_date, location_studio_id, attendees, billing_basis)
       select l.id, :invoiceId, base.next + l.n - 1, l.appointment_id, l.description, l.quantity, l.unit_price, l.amount, l.kind,
              l.category, l.service_date, l.location_studio_id, l.attendees, l.billing_basis
         from unnest(:ids::uuid[], :appointmentIds::uuid[], :descriptions::text[], :quantities::numeric[], :unitPrices::numeric[],
                     :amounts::numeric[], :kinds::text[], :categories::text[], :serviceDates::date[], :locations::uuid[],
                     :attendees::int[], :bases::text[])
              with ordinality as l(id, appointment_id, description, quantity, unit_price, amount, kind, category, service_date,
                                   location_studio_id, attendees, billing_basis, n)
        cross join (select coalesce(max(position) + 1, 0) as next from finance.invoice_items where invoice_id = :invoiceId) base
       order by l.n
       on conflict (appointment_id) where appointment_id is not null and live do nothing
       returning id`,
      {
        invoiceId,
        ids: column('id'),
        appointmentIds: column('appointmentId'),
        descriptions: column('description'),
        quantities: column('quantity').map(String),
        unitPrices: column('unitPrice').map(String),
        amounts: column('amount').map(String),
        kinds: column('kind'),
        categories: column('category'),
        serviceDates: column('serviceDate'),
        locations: column('locationStudioId'),
        attendees: column('attendees'),
        bases: column('billingBasis'),
      },
    );
    return written.map((r) => r.id);
  }

  /**
   * Renumbers draft `invoiceId`'s lines in print order: grouped by location (the studio billed
   * first, then the others, lines with no location last), each group by day, then in the order they
   * were added. Two statements (positions are unique per invoice).
   */
  async renumber(invoiceId: string, billedStudioId: string | null): Promise<void> {
    if (seesNoBooks(this.scope)) return;
    await runSql(this.em, 'update finance.invoice_items set position = position + 100000 where invoice_id = :invoiceId', { invoiceId });
    await runSql(
      this.em,
      `update finance.invoice_items it set position = ordered.n - 1
         from (select id, row_number() over (
                 order by location_studio_id is null, location_studio_id is distinct from cast(:billedStudioId as uuid), location_studio_id,
                          service_date nulls last, position) as n
                 from finance.invoice_items where invoice_id = :invoiceId) ordered
        where it.id = ordered.id`,
      { invoiceId, billedStudioId },
    );
  }

  /** Deletes line `lineId` of invoice `invoiceId` (a draft: the database refuses it otherwise). @returns whether it existed. */
  async remove(invoiceId: string, lineId: string): Promise<boolean> {
    if (seesNoBooks(this.scope)) return false;
    const result = await this.em.getRepository(InvoiceItemEntity).delete({ id: lineId, invoiceId });
    return (result.affected ?? 0) > 0;
  }

  /** Deletes every line of draft `invoiceId` (before the draft itself). */
  async removeAll(invoiceId: string): Promise<void> {
    if (seesNoBooks(this.scope)) return;
    await this.em.getRepository(InvoiceItemEntity).delete({ invoiceId });
  }

  /** Marks every line of void invoice `invoiceId` no longer live: its sessions may be billed again. */
  async release(invoiceId: string): Promise<void> {
    if (seesNoBooks(this.scope)) return;
    await this.em.getRepository(InvoiceItemEntity).update({ invoiceId, live: true }, { live: false });
  }

  /** Writes demo invoice lines, leaving rows that already exist as they are (seeds only). */
  async insertMissing(rows: Partial<InvoiceItemEntity>[]): Promise<void> {
    if (!rows.length) return;
    await this.em.createQueryBuilder().insert().into(InvoiceItemEntity).values(rows).orIgnore().execute();
  }
}
