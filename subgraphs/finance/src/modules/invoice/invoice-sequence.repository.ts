import { runSql, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { seesNoBooks } from '../../access/finance-access.js';

/**
 * Data access to `finance.invoice_sequences`: each trainer's gap-free yearly invoice numbers
 * (docs/invoices.md, Numbering). Row-level security admits only the books the caller keeps.
 */
export class InvoiceSequenceRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * Takes the next number of `trainerId`'s sequence for `year`: 1 for the year's first invoice, else
   * one more than the last. One upsert, in the caller's transaction: the row stays locked until it
   * commits, so two issues at once get consecutive numbers, and a rolled-back issue gives its number
   * back (no gap).
   * @throws Error when the scope keeps no books (a programming error: services check first).
   */
  async next(trainerId: string, year: number): Promise<number> {
    if (seesNoBooks(this.scope)) throw new Error('Invoice numbers are taken only on books the caller keeps.');
    const [row] = await runSql<{ last_number: number }>(
      this.em,
      `insert into finance.invoice_sequences (trainer_id, year, last_number) values (:trainerId, :year, 1)
       on conflict (trainer_id, year) do update set last_number = finance.invoice_sequences.last_number + 1
       returning last_number`,
      { trainerId, year },
    );
    return Number(row!.last_number);
  }

  /** Writes the demo tenant's sequences; an existing sequence only moves forward (seeds only). */
  async insertMissing(rows: { trainerId: string; year: number; lastNumber: number }[]): Promise<void> {
    if (!rows.length) return;
    await runSql(
      this.em,
      `insert into finance.invoice_sequences (trainer_id, year, last_number)
       select * from unnest(:trainerIds::uuid[], :years::int[], :lastNumbers::int[])
       on conflict (trainer_id, year) do update set last_number = greatest(finance.invoice_sequences.last_number, excluded.last_number)`,
      { trainerIds: rows.map((r) => r.trainerId), years: rows.map((r) => r.year), lastNumbers: rows.map((r) => r.lastNumber) },
    );
  }
}
