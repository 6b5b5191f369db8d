import { forbidden, runSql, type DataKey, type DataKeyStore, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';

/** The data key TOTP secrets are sealed with. */
const DATA_KEY = 'identity.mfa';

/**
 * Every statement about MFA beside the user row: the teams' policies (`identity.team_policies`), the
 * team chain they apply along (studios' published `trainer_directory`), and the data key that seals
 * TOTP secrets. A team policy is written only for a team the caller administers (`scope`).
 */
export class MfaRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
    private readonly dataKeys: DataKeyStore,
  ) {}

  /** The data key sealing TOTP secrets, created on first use. */
  dataKey(): Promise<DataKey> {
    return this.dataKeys.getOrCreate(this.em, DATA_KEY);
  }

  /** Whether a trainer admin above `userId` (transitively, along the team chain) requires MFA for their team. */
  async teamRequiresMfa(userId: string): Promise<boolean> {
    const rows = await runSql<{ required: boolean }>(
      this.em,
      `with recursive chain(id) as (
         select parent_trainer_id from studios.trainer_directory where id = :userId
         union
         select t.parent_trainer_id from studios.trainer_directory t join chain on t.id = chain.id
       )
       select exists (select 1 from identity.team_policies p join chain on p.trainer_admin_id = chain.id where p.mfa_required) as required`,
      { userId },
    );
    return rows[0]?.required ?? false;
  }

  /** The team's policy as stored, or null when the team never set one. */
  async policyOf(trainerAdminId: string): Promise<{ mfaRequired: boolean } | null> {
    const [row] = await runSql<{ mfa_required: boolean }>(this.em, 'select mfa_required from identity.team_policies where trainer_admin_id = :trainerAdminId', {
      trainerAdminId,
    });
    return row ? { mfaRequired: row.mfa_required } : null;
  }

  /**
   * Stores the team's policy, by the caller.
   * @throws FORBIDDEN when the caller does not administer the team `trainerAdminId`.
   */
  async savePolicy(trainerAdminId: string, mfaRequired: boolean): Promise<void> {
    if (!this.scope.adminTrainerIds.includes(trainerAdminId)) throw forbidden('Only a Trainer Admin can set their team’s security rules.');
    await runSql(
      this.em,
      `insert into identity.team_policies (trainer_admin_id, mfa_required, updated_by) values (:trainerAdminId, :mfaRequired, :updatedBy)
       on conflict (trainer_admin_id) do update set mfa_required = excluded.mfa_required, updated_by = excluded.updated_by, updated_at = now()`,
      { trainerAdminId, mfaRequired, updatedBy: this.scope.userId },
    );
  }
}
