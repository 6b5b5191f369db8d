import { keyset, runSql, type Cursor, type KeysetOrder, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { reachesNoClient } from '../../access/client-access.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
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

/** Order of an access log: newest first (kit keyset, cursor kind `timestamptz`: `created_at::text`). */
const LOG_ORDER: KeysetOrder = { key: 'created_at', id: 'id', direction: 'desc', kind: 'timestamptz' };

/**
 * Reads `clients.access_log` (the runtime role may only insert and select it; rows are written through
 * kit's `tx.audit.access`). The services decide whose log the caller may read; a scope that reaches no
 * client reads nothing.
 */
export class AccessLogRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * Accesses to the records of `clientIds`, newest first, `first + 1` after `after` (kit
   * `pageRequest(…, 'timestamptz')`), in one statement (plus one for the team heads of the trainers).
   */
  async page(clientIds: readonly string[], first: number, after: Cursor | null): Promise<AccessLogEntryType[]> {
    if (reachesNoClient(this.scope) || clientIds.length === 0) return [];
    const page = keyset(LOG_ORDER, after);
    const rows = await runSql<AccessRow>(
      this.em,
      `select id, user_id, created_at, created_at::text as sort_key, resource_type, resource_id, action, purpose
         from clients.access_log
        where subject_client_id = any(:clientIds::uuid[]) and ${page.after}
        order by ${page.orderBy}
        limit :limit`,
      { clientIds: [...clientIds], limit: first + 1, ...page.params },
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

  /** Every access to one client's record, oldest first, as the export document lists it. */
  async allOfClient(clientId: string): Promise<Record<string, unknown>[]> {
    if (reachesNoClient(this.scope)) return [];
    return runSql(
      this.em,
      `select user_id as "userId", created_at as "accessedAt", resource_type as "resourceType", resource_id as "resourceId", action, purpose
         from clients.access_log where subject_client_id = :clientId order by created_at, id`,
      { clientId },
    );
  }

  /** Which of `trainerIds` head a team, from studios' published `trainer_directory`. One statement. */
  private async teamHeads(trainerIds: readonly string[]): Promise<string[]> {
    if (trainerIds.length === 0) return [];
    const rows = await runSql<{ id: string }>(
      this.em,
      'select distinct parent_trainer_id as id from studios.trainer_directory where parent_trainer_id = any(:trainerIds::uuid[])',
      { trainerIds },
    );
    return rows.map((r) => r.id);
  }
}
