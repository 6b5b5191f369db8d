import { Decimal, runSql, scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { booksScopeSql, seesNoBooks } from '../../access/finance-access.js';
import type { PartySnapshot, StoredTaxLine } from '../invoice/invoice.entity.js';
import { TaxRemittanceEntity } from './tax-remittance.entity.js';
import type { DocumentTax, Period, ReturnDocument, ReturnExpenses, ReturnRegistrations, ReturnSources, TaxName } from './tax-remittance.worksheet.js';

/** The statuses of an issued document a return counts: never a draft (not issued yet), never void. */
const COUNTED_STATUSES = ['issued', 'sent', 'partially_paid', 'paid'];

interface DocumentRow {
  document_type: 'invoice' | 'credit_note';
  subtotal: string;
  place_of_supply: string | null;
  tax_lines: StoredTaxLine[] | null;
}

/**
 * One stored tax line as a return counts it. Documents issued before invoicing recorded each line's
 * jurisdiction and base (the demo's, among them) taxed their whole subtotal at one rate in one
 * province: GST is Canada's, any other tax the place of supply's, and the base is the subtotal.
 */
function documentTax(line: StoredTaxLine, row: DocumentRow): DocumentTax {
  const tax = line.tax.toUpperCase() as TaxName;
  return {
    tax,
    jurisdiction: line.jurisdiction ?? (tax === 'GST' ? 'CA' : (row.place_of_supply ?? '')),
    base: new Decimal(line.base ?? row.subtotal),
    amount: new Decimal(line.amount),
  };
}

/**
 * Data access to `finance.tax_remittances`, and the reads a return is computed from (issued invoices
 * and credit notes, expenses): only the books the caller keeps (src/access/finance-access.ts);
 * row-level security filters the same rows again.
 */
export class TaxRemittanceRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** Remittances of every visible trainer among `trainerIds`, latest period first. */
  async of(trainerIds: readonly string[]): Promise<TaxRemittanceEntity[]> {
    if (seesNoBooks(this.scope) || !trainerIds.length) return [];
    return this.em
      .getRepository(TaxRemittanceEntity)
      .createQueryBuilder('r')
      .where('r.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...trainerIds] })
      .andWhere(booksScopeSql('r.trainer_id'), scopeParams(this.scope))
      .orderBy('r.periodStart', 'DESC')
      .addOrderBy('r.taxType')
      .addOrderBy('r.jurisdiction')
      .addOrderBy('r.id')
      .getMany();
  }

  /**
   * The returns of `trainerId` of the kinds `stored` (`tax_type/jurisdiction`, e.g. `gst_hst/CA`) whose
   * period overlaps `period`, locked for update, oldest first; none unless the caller keeps the books.
   */
  async overlapping(trainerId: string, period: Period, stored: readonly string[]): Promise<TaxRemittanceEntity[]> {
    if (seesNoBooks(this.scope) || !stored.length) return [];
    return this.em
      .getRepository(TaxRemittanceEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.trainer_id = :trainerId::uuid', { trainerId })
      .andWhere("daterange(r.period_start, r.period_end, '[]') && daterange(:periodStart::date, :periodEnd::date, '[]')", period)
      .andWhere("r.tax_type || '/' || r.jurisdiction = any(:stored::text[])", { stored: [...stored] })
      .andWhere(booksScopeSql('r.trainer_id'), scopeParams(this.scope))
      .orderBy('r.periodStart')
      .addOrderBy('r.id')
      .getMany();
  }

  /** The return `id`, locked for update, when the caller keeps its trainer's books; null otherwise (unknown or out of scope). */
  async findForBookkeeping(id: string): Promise<TaxRemittanceEntity | null> {
    if (seesNoBooks(this.scope)) return null;
    return this.em
      .getRepository(TaxRemittanceEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .andWhere(booksScopeSql('r.trainer_id'), scopeParams(this.scope))
      .getOne();
  }

  /**
   * Saves a calculated return in books the caller keeps (the service asked `TrainerBooksRepository.keeps` first).
   * @throws Error when the scope keeps no books at all (a programming error).
   */
  async insert(row: Omit<TaxRemittanceEntity, 'createdAt' | 'updatedAt'>): Promise<TaxRemittanceEntity> {
    if (seesNoBooks(this.scope)) throw new Error('Tax returns are saved only in books the caller keeps.');
    const result = await this.em.getRepository(TaxRemittanceEntity).insert(row);
    return Object.assign(new TaxRemittanceEntity(), row, result.generatedMaps[0]);
  }

  /** Changes return `id` (found with {@link findForBookkeeping} or {@link overlapping} first); the database refuses changes to a filed one's figures. */
  async update(id: string, values: Partial<Omit<TaxRemittanceEntity, 'id' | 'trainerId' | 'createdAt' | 'updatedAt'>>): Promise<void> {
    if (seesNoBooks(this.scope)) return;
    await this.em.getRepository(TaxRemittanceEntity).update({ id }, values);
  }

  /** Deletes calculated returns (worksheets replaced by another save); a filed return is never deleted. */
  async removeCalculated(ids: readonly string[]): Promise<void> {
    if (seesNoBooks(this.scope) || !ids.length) return;
    await this.em
      .createQueryBuilder()
      .delete()
      .from(TaxRemittanceEntity)
      .where('id = any(:ids::uuid[])', { ids: [...ids] })
      .andWhere("status = 'calculated'")
      .andWhere(booksScopeSql('trainer_id'), scopeParams(this.scope))
      .execute();
  }

  /**
   * What the worksheet of `trainerId` for `period` is computed from, in three statements: the issued
   * invoices and credit notes dated in the period (`invoice_date`, inclusive; not drafts, not void),
   * the period's expenses summed, and the trainer's registrations (snapshot, else directory). Empty when the caller does not keep
   * the trainer's books (the service refuses that first).
   */
  async sources(trainerId: string, period: Period): Promise<ReturnSources> {
    return {
      documents: await this.documents(trainerId, period),
      expenses: await this.expenses(trainerId, period),
      registrations: await this.registrations(trainerId, period),
    };
  }

  private async documents(trainerId: string, { periodStart, periodEnd }: Period): Promise<ReturnDocument[]> {
    if (seesNoBooks(this.scope)) return [];
    const rows = await runSql<DocumentRow>(
      this.em,
      `select i.document_type, i.subtotal,
              coalesce(i.place_of_supply, i.tax_details->>'placeOfSupply', i.tax_details->>'province') as place_of_supply,
              i.tax_details->'lines' as tax_lines
         from finance.invoices i
        where i.trainer_id = :trainerId::uuid
          and i.invoice_date between :periodStart::date and :periodEnd::date
          and i.status = any(:statuses::text[])
          and ${booksScopeSql('i.trainer_id')}`,
      { ...scopeParams(this.scope), trainerId, periodStart, periodEnd, statuses: COUNTED_STATUSES },
    );
    return rows.map((row) => ({
      documentType: row.document_type,
      subtotal: new Decimal(row.subtotal),
      placeOfSupply: row.place_of_supply,
      taxes: (row.tax_lines ?? []).map((line) => documentTax(line, row)),
    }));
  }

  private async expenses(trainerId: string, { periodStart, periodEnd }: Period): Promise<ReturnExpenses> {
    const none = { count: 0, gstHstPaid: new Decimal(0), qstPaid: new Decimal(0) };
    if (seesNoBooks(this.scope)) return none;
    const [row] = await runSql<{ count: number; gst_hst_paid: string; qst_paid: string }>(
      this.em,
      `select count(*)::int as count,
              coalesce(sum(e.gst_hst_paid) filter (where e.itc_eligible), 0) as gst_hst_paid,
              coalesce(sum(e.qst_paid) filter (where e.itc_eligible), 0) as qst_paid
         from finance.expenses e
        where e.trainer_id = :trainerId::uuid
          and e.expense_date between :periodStart::date and :periodEnd::date
          and ${booksScopeSql('e.trainer_id')}`,
      { ...scopeParams(this.scope), trainerId, periodStart, periodEnd },
    );
    return row ? { count: row.count, gstHstPaid: new Decimal(row.gst_hst_paid), qstPaid: new Decimal(row.qst_paid) } : none;
  }

  /**
   * The trainer's registrations: the GST/HST and QST numbers on the supplier snapshot of their latest
   * document issued on or before the period's end (`invoices.supplier`, taken at issue: the numbers as
   * they were then), else those studios publishes today (`studios.trainer_billing_directory`), which
   * also gives the PST/RST numbers by province. One statement.
   */
  private async registrations(trainerId: string, { periodEnd }: Period): Promise<ReturnRegistrations> {
    const none: ReturnRegistrations = { gstHstNumber: null, qstNumber: null, pstNumbers: {} };
    if (seesNoBooks(this.scope)) return none;
    const [row] = await runSql<{
      gst_number: string | null;
      qst_number: string | null;
      pst_numbers: Record<string, string> | null;
      supplier: PartySnapshot | null;
    }>(
      this.em,
      `select d.gst_number, d.qst_number, d.pst_numbers,
              (select i.supplier
                 from finance.invoices i
                where i.trainer_id = t.id
                  and i.status <> 'draft' and i.supplier is not null
                  and i.invoice_date <= :periodEnd::date
                  and ${booksScopeSql('i.trainer_id')}
                order by i.invoice_date desc, i.issued_at desc nulls last, i.id desc
                limit 1) as supplier
         from (select :trainerId::uuid as id) t
         left join studios.trainer_billing_directory d on d.id = t.id`,
      { ...scopeParams(this.scope), trainerId, periodEnd },
    );
    if (!row) return none;
    return {
      gstHstNumber: row.supplier?.gstHstNumber ?? row.gst_number ?? null,
      qstNumber: row.supplier?.qstNumber ?? row.qst_number ?? null,
      pstNumbers: row.pst_numbers ?? {},
    };
  }
}
