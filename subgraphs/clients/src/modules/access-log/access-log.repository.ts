import type { Cursor } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { TrainerRef } from '../trainer/trainer.type.js';
import { AccessLogEntryType, AccessorRole } from './access-log.type.js';

interface AccessRow {
  id: string;
  user_id: string;
  created_at: Date;
  sort_key: string;
  resource_type: string;
  resource_id: string;
  action: string;
  purpose: string;
}

/** Reads `clients.access_log` (the runtime role may only insert and select it). */
export class AccessLogRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Accesses to the records of `clientIds`, newest first, `first + 1` from `after` on. The caller
   * decides whose log may be read; this only reads.
   * `after` comes from kit's `decodeCursor(…, 'timestamptz')`.
   */
  async page(clientIds: readonly string[], first: number, after: Cursor | null): Promise<AccessLogEntryType[]> {
    if (clientIds.length === 0) return [];
    const params: unknown[] = [clientIds, first + 1];
    let keyset = '';
    if (after) {
      params.push(after.key, after.id);
      keyset = 'and (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    const rows: AccessRow[] = await this.em.query(
      `select id, user_id, created_at, created_at::text as sort_key, resource_type, resource_id, action, purpose
         from clients.access_log
        where subject_client_id = any($1::uuid[]) ${keyset}
        order by created_at desc, id desc
        limit $2`,
      params,
    );
    const trainerIds = [...new Set(rows.filter((r) => r.purpose === 'treatment').map((r) => r.user_id))];
    const teamHeads = new Set(await this.teamHeads(trainerIds));
    const roleOf = (r: AccessRow): AccessorRole => {
      if (r.purpose === 'self') return AccessorRole.CLIENT;
      if (r.purpose === 'break_glass') return AccessorRole.SUPER_ADMIN;
      return teamHeads.has(r.user_id) ? AccessorRole.TRAINER_ADMIN : AccessorRole.TRAINER;
    };
    return rows.map((r) =>
      Object.assign(new AccessLogEntryType(), {
        id: r.id,
        userId: r.user_id,
        accessedAt: r.created_at,
        sortKey: r.sort_key,
        resourceType: r.resource_type,
        resourceId: r.resource_id,
        action: r.action,
        purpose: r.purpose,
        accessorRole: roleOf(r),
        // Trainers read for treatment; a trainer's user id is their trainer id.
        trainer: r.purpose === 'treatment' ? TrainerRef.of(r.user_id) : null,
      }),
    );
  }

  /** Which of `trainerIds` head a team, from studios' published `trainer_directory`. One statement. */
  private async teamHeads(trainerIds: readonly string[]): Promise<string[]> {
    if (trainerIds.length === 0) return [];
    const rows: { id: string }[] = await this.em.query(
      'select distinct parent_trainer_id as id from studios.trainer_directory where parent_trainer_id = any($1::uuid[])',
      [trainerIds],
    );
    return rows.map((r) => r.id);
  }
}
