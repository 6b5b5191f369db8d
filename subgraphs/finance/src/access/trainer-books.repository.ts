import { runSql, scopeParams, trainerInScopeSql, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { seesNoBooks } from './finance-access.js';

/** Whether the caller keeps a trainer's books, asked of the database (src/access/finance-access.ts). */
export class TrainerBooksRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * True when the caller keeps the books of `trainerId`: it is their own trainer id, or in a team they
   * administer (transitively), or they are a super admin and studios publishes that trainer
   * (`studios.trainer_directory`). False otherwise, exactly as for an unknown trainer.
   */
  async keeps(trainerId: string): Promise<boolean> {
    if (seesNoBooks(this.scope)) return false;
    const [row] = await runSql<{ keeps: boolean }>(
      this.em,
      `select (${trainerInScopeSql(':trainerId::uuid')}
               or (:scopeSuperAdmin and exists (select 1 from studios.trainer_directory t where t.id = :trainerId::uuid))) as keeps`,
      { ...scopeParams(this.scope), trainerId },
    );
    return row.keeps;
  }
}
