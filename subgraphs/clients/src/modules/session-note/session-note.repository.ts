import { keyset, scopeParams, type Cursor, type KeysetOrder, type ViewerScope } from '@fitflow/kit';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { reachesNoClient, visibleClientOfSql } from '../../access/client-access.js';
import { SessionNoteEntity } from './session-note.entity.js';

/** Order of a client's notes: newest session first, then id descending (kit keyset, cursor kind `date`). */
const NOTE_ORDER = (alias: string): KeysetOrder => ({ key: `${alias}.session_date`, id: `${alias}.id`, direction: 'desc', kind: 'date' });

/**
 * Data access to `clients.session_notes` on behalf of one caller, inside one of their units of
 * work: a note is visible when its client is (access/client-access.ts); notes of
 * soft-deleted or erased clients never are. Row-level security applies the same rule underneath.
 */
export class SessionNoteRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  private visible(alias = 'n'): SelectQueryBuilder<SessionNoteEntity> {
    return this.em.getRepository(SessionNoteEntity).createQueryBuilder(alias).where(visibleClientOfSql(alias), scopeParams(this.scope));
  }

  /** Visible notes among `ids`. */
  async findByIds(ids: readonly string[]): Promise<SessionNoteEntity[]> {
    if (reachesNoClient(this.scope) || ids.length === 0) return [];
    return this.visible()
      .andWhere('n.id = any(:ids::uuid[])', { ids: [...ids] })
      .getMany();
  }

  /**
   * Notes of each client in `clientIds`, newest session first (session_date desc, id desc): at most
   * `first + 1` per client after `after`, in one statement (a window over client_id).
   */
  async pageByClients(clientIds: readonly string[], first: number, after: Cursor | null): Promise<SessionNoteEntity[]> {
    if (reachesNoClient(this.scope) || clientIds.length === 0) return [];
    const page = keyset(NOTE_ORDER('w'), after);
    const ranked = this.visible('w')
      .select('w.id', 'id')
      .addSelect(`row_number() over (partition by w.client_id order by ${page.orderBy})`, 'rn')
      .andWhere('w.client_id = any(:clientIds::uuid[])', { clientIds: [...clientIds] })
      .andWhere(page.after, page.params);
    return this.em
      .getRepository(SessionNoteEntity)
      .createQueryBuilder('n')
      .where(`n.id in (select ranked.id from (${ranked.getQuery()}) ranked where ranked.rn <= :limit)`)
      .setParameters({ ...ranked.getParameters(), limit: first + 1 })
      .orderBy('n.session_date', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .getMany();
  }

  /** Every visible note of one client, newest first (export). */
  async allOfClient(clientId: string): Promise<SessionNoteEntity[]> {
    if (reachesNoClient(this.scope)) return [];
    return this.visible().andWhere('n.client_id = :clientId', { clientId }).orderBy('n.session_date', 'DESC').addOrderBy('n.id', 'DESC').getMany();
  }

  /** The newest note of each client in `clientIds` (clients without notes are absent), in one statement. */
  async latestByClients(clientIds: readonly string[]): Promise<SessionNoteEntity[]> {
    if (reachesNoClient(this.scope) || clientIds.length === 0) return [];
    return this.visible()
      .andWhere('n.client_id = any(:clientIds::uuid[])', { clientIds: [...clientIds] })
      .distinctOn(['n.client_id'])
      .orderBy('n.client_id', 'ASC')
      .addOrderBy('n.session_date', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .getMany();
  }
}
