import { scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { billedStudioSql } from '../../access/finance-access.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';

/**
 * Data access to the approval facts of `finance.invoices` (`approved_at`, `approved_by`): only an admin
 * of the studio billed (or of a studio above it) reaches an invoice here, once it has left `draft`
 * (row-level security admits the same rows to update: migration 1733700000000).
 */
export class InvoiceApprovalRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * The invoice `id`, locked for update until the unit of work ends, when the caller administers the
   * studio it bills and it is not a draft; null otherwise (unknown, another studio's, a draft).
   */
  async lockForApproval(id: string): Promise<InvoiceEntity | null> {
    if (!this.scope.studioIds.length) return null;
    return this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id })
      .andWhere(billedStudioSql('i'), scopeParams(this.scope))
      .getOne();
  }

  /** Records that the studio approved invoice `id` (locked with {@link lockForApproval}). */
  async approve(id: string, values: Pick<InvoiceEntity, 'approvedAt' | 'approvedBy'>): Promise<void> {
    if (!this.scope.studioIds.length) throw new Error('Only an admin of the studio billed approves an invoice.');
    await this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id and approved_at is null', { id })
      .andWhere(billedStudioSql('finance.invoices'), scopeParams(this.scope))
      .execute();
  }
}
