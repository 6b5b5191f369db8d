import { Decimal, scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { belowVisibleInvoiceSql, billedStudioSql, booksScopeSql, invoiceScopeSql, seesNoBooks, seesNoInvoices } from '../../access/finance-access.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';
import { PaymentEntity } from './payment.entity.js';

/**
 * How the caller stands to an invoice they can see: `books` — they keep its trainer's books (the
 * trainer, their Trainer Admin, a super admin); `billed-studio` — they administer the studio billed (or
 * a studio above it) and it has left `draft`; `reader` — they only read it (the client billed).
 */
export type InvoiceParty = 'books' | 'billed-studio' | 'reader';

/** What settling an invoice changes on it (its status and how it was settled). */
export type InvoiceSettlement = Partial<Pick<InvoiceEntity, 'status' | 'paidAt' | 'paymentMethod' | 'paymentReference'>>;

/**
 * Data access to `finance.payments` and to the payment facts of `finance.invoices`: read below an
 * invoice the caller may see; written by whoever keeps the invoice's books or administers the studio it
 * bills (row-level security checks both again: migrations 1732900000000 and 1733700000000).
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
   * CAD credited to each visible invoice in `invoiceIds` by its credit notes that are issued and not
   * void (a credit note's total is positive and reduces the balance of the invoice it credits). Invoices
   * without such a credit note are missing. One statement.
   */
  async creditedTotals(invoiceIds: readonly string[]): Promise<{ invoiceId: string; credited: Decimal }[]> {
    if (seesNoInvoices(this.scope) || !invoiceIds.length) return [];
    const rows: { invoiceId: string; credited: string }[] = await this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('c')
      .select('c.credited_invoice_id', 'invoiceId')
      .addSelect('sum(c.total)::text', 'credited')
      .where('c.credited_invoice_id = any(:invoiceIds::uuid[])', { invoiceIds: [...invoiceIds] })
      .andWhere(`c.document_type = 'credit_note' and c.status not in ('draft', 'void')`)
      .andWhere(invoiceScopeSql('c'), scopeParams(this.scope))
      .groupBy('c.credited_invoice_id')
      .getRawMany();
    return rows.map((r) => ({ invoiceId: r.invoiceId, credited: new Decimal(r.credited) }));
  }

  /** The caller's {@link InvoiceParty} to each visible invoice among `ids`; unknown and out-of-scope ids are missing. */
  async parties(ids: readonly string[]): Promise<{ id: string; party: InvoiceParty }[]> {
    if (seesNoInvoices(this.scope) || !ids.length) return [];
    return this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .select('i.id', 'id')
      .addSelect(`case when ${booksScopeSql('i.trainer_id')} then 'books' when ${billedStudioSql('i')} then 'billed-studio' else 'reader' end`, 'party')
      .where('i.id = any(:ids::uuid[])', { ids: [...ids] })
      .andWhere(invoiceScopeSql('i'), scopeParams(this.scope))
      .getRawMany();
  }

  /**
   * The invoice `id`, **locked for update** until the unit of work ends (`select … for update`), when
   * the caller keeps its books or administers the studio it bills; null otherwise. Whoever takes the
   * lock second waits, then reads the first one's payment: two payments cannot both fit one balance.
   */
  async lockForSettlement(id: string): Promise<{ invoice: InvoiceEntity; party: 'books' | 'billed-studio' } | null> {
    if (!this.maySettle()) return null;
    const { entities, raw } = await this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .addSelect(`case when ${booksScopeSql('i.trainer_id')} then 'books' else 'billed-studio' end`, 'party')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id })
      .andWhere(`(${booksScopeSql('i.trainer_id')} or ${billedStudioSql('i')})`, scopeParams(this.scope))
      .getRawAndEntities<{ party: 'books' | 'billed-studio' }>();
    return entities[0] ? { invoice: entities[0], party: raw[0].party } : null;
  }

  /**
   * Records a payment on an invoice the service locked with {@link lockForSettlement}. Who recorded it
   * defaults to nobody on the supplier's side (the demo tenant's history).
   * @throws Error when the scope can settle no invoice at all (a programming error: the service checks first).
   */
  async insert(
    row: Omit<PaymentEntity, 'createdAt' | 'recordedBy' | 'recordedByParty'> & Partial<Pick<PaymentEntity, 'recordedBy' | 'recordedByParty'>>,
  ): Promise<void> {
    if (!this.maySettle()) throw new Error('Payments are recorded only by whoever keeps the books or the studio billed.');
    await this.em.getRepository(PaymentEntity).insert(row);
  }

  /** Moves invoice `id` (locked with {@link lockForSettlement}) to its new payment status. */
  async settle(id: string, values: InvoiceSettlement): Promise<void> {
    if (!this.maySettle()) throw new Error('Invoices are settled only by whoever keeps the books or the studio billed.');
    await this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id', { id })
      .andWhere(`(${booksScopeSql('trainer_id')} or ${billedStudioSql('finance.invoices')})`, scopeParams(this.scope))
      .execute();
  }

  private maySettle(): boolean {
    return !seesNoBooks(this.scope) || this.scope.studioIds.length > 0;
  }
}
