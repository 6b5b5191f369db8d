import { Decimal, runSql, scopeParams, studioInScopeSql, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { billedStudioSql } from '../../access/finance-access.js';

/** One open invoice of a studio's payables: what it still owes as of a day, and how old it is then. */
export interface OpenInvoiceRow {
  /** The studio whose payables were asked for (the invoice bills it or one of its locations). */
  studioId: string;
  /** The day the payables are as of (`YYYY-MM-DD`, the studio's zone). */
  asOf: string;
  invoiceId: string;
  trainerId: string;
  /** `YYYY-MM-DD`, the invoice's zone. */
  invoiceDate: string;
  /** Whole days from the invoice date to `asOf`. */
  ageDays: number;
  /** CAD: total − payments dated up to `asOf` − credit notes dated up to `asOf`; always more than 0. */
  balance: Decimal;
}

/**
 * The SQL of a studio's payables (docs/receivables.md, Payables): read-only, over the invoices billed to
 * a studio the caller administers (or to its locations), never a draft. Row-level security filters the
 * same rows again (the studio billed sees its invoices and their payments once issued).
 */
export class PayablesRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * Today (`YYYY-MM-DD`, in each studio's zone at instant `now`) of every studio among `studioIds` whose
   * payables the caller may read: one they administer, a studio below one of those, or any for a super
   * admin. Unknown and out-of-scope studios are missing. One statement.
   */
  async studiosInScope(studioIds: readonly string[], now: Date): Promise<{ studioId: string; today: string }[]> {
    if ((!this.scope.superAdmin && !this.scope.studioIds.length) || !studioIds.length) return [];
    return this.em
      .createQueryBuilder()
      .select('s.id', 'studioId')
      .addSelect(`to_char((cast(:now as timestamptz) at time zone s.time_zone)::date, 'YYYY-MM-DD')`, 'today')
      .from('studios.studio_directory', 's')
      .where('s.id = any(:studioIds::uuid[])', { studioIds: [...studioIds], now: now.toISOString() })
      .andWhere(`(:scopeSuperAdmin or ${studioInScopeSql('s.id')})`, scopeParams(this.scope))
      .getRawMany();
  }

  /**
   * Every invoice owing something as of its day, for each `(studioId, asOf)` request, in ONE statement:
   * invoices billed to the studio or any studio below it, issued (not a draft, not void, not a credit
   * note) and dated up to `asOf`, with their balance as of that day — total − completed payments dated
   * up to `asOf` − issued credit notes dated up to `asOf` — kept only when more than zero. Oldest first.
   * The caller must have checked the studios with {@link studiosInScope}; the scope applies again here.
   */
  async openInvoices(requests: readonly { studioId: string; asOf: string }[]): Promise<OpenInvoiceRow[]> {
    if ((!this.scope.superAdmin && !this.scope.studioIds.length) || !requests.length) return [];
    const rows = await runSql<Omit<OpenInvoiceRow, 'balance'> & { balance: string }>(
      this.em,
      `with recursive request(root, as_of) as (
         select * from unnest(cast(:roots as uuid[]), cast(:asOfs as date[]))
       ), tree(root, as_of, id) as (
         select root, as_of, root from request
         union
         select tree.root, tree.as_of, s.id from studios.studio_directory s join tree on s.parent_studio_id = tree.id
       ), owed as (
         select tree.root as studio_id, tree.as_of, i.id, i.trainer_id, i.invoice_date,
                i.total
                - coalesce((select sum(p.amount) from finance.payments p
                             where p.invoice_id = i.id and p.status = 'completed' and p.payment_date <= tree.as_of), 0)
                - coalesce((select sum(c.total) from finance.invoices c
                             where c.credited_invoice_id = i.id and c.document_type = 'credit_note'
                               and c.status not in ('draft', 'void') and c.invoice_date <= tree.as_of), 0) as balance
           from tree join finance.invoices i on i.studio_id = tree.id
          where i.document_type = 'invoice' and i.status in ('issued', 'sent', 'partially_paid', 'paid')
            and i.invoice_date <= tree.as_of
            and (:scopeSuperAdmin or ${billedStudioSql('i')})
       )
       select studio_id as "studioId", to_char(as_of, 'YYYY-MM-DD') as "asOf", id as "invoiceId", trainer_id as "trainerId",
              to_char(invoice_date, 'YYYY-MM-DD') as "invoiceDate", as_of - invoice_date as "ageDays", balance::text as balance
         from owed
        where balance > 0
        order by studio_id, as_of, invoice_date, id`,
      { ...scopeParams(this.scope), roots: requests.map((r) => r.studioId), asOfs: requests.map((r) => r.asOf) },
    );
    return rows.map((r) => ({ ...r, ageDays: Number(r.ageDays), balance: new Decimal(r.balance) }));
  }
}
