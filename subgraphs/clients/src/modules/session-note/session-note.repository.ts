import type { Cursor } from '@fitflow/kit';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { isEmptyScope, scopeParams, visibleClientSql, type ClientScope } from '../client/client.scope.js';
import { SessionNoteEntity } from './session-note.entity.js';

/**
 * Data access to `clients.session_notes` on behalf of one caller, inside one of their ScopedDb
 * transactions: a note is visible when its client is (see {@link ClientScope}); notes of
 * soft-deleted or erased clients never are. Row-level security applies the same rule underneath.
 */
export class SessionNoteRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ClientScope,
  ) {}

  private visible(alias = 'n'): SelectQueryBuilder<SessionNoteEntity> {
    return this.em
      .getRepository(SessionNoteEntity)
      .createQueryBuilder(alias)
      .where(`exists (select 1 from clients.clients vc where vc.id = ${alias}.client_id and ${visibleClientSql('vc')})`, scopeParams(this.scope));
  }

  /** Visible notes among `ids`. */
  async findByIds(ids: readonly string[]): Promise<SessionNoteEntity[]> {
    if (isEmptyScope(this.scope) || ids.length === 0) return [];
    return this.visible().andWhere('n.id = any(:ids::uuid[])', { ids: [...ids] }).getMany();
  }

  /**
   * Notes of each client in `clientIds`, newest session first (session_date desc, id desc): at most
   * `first + 1` per client after `after`, in one statement (a window over client_id).
   */
  async pageByClients(clientIds: readonly string[], first: number, after: Cursor | null): Promise<SessionNoteEntity[]> {
    if (isEmptyScope(this.scope) || clientIds.length === 0) return [];
    const ranked = this.visible('w')
      .select('w.id', 'id')
      .addSelect('row_number() over (partition by w.client_id order by w.session_date desc, w.id desc)', 'rn')
      .andWhere('w.client_id = any(:clientIds::uuid[])', { clientIds: [...clientIds] });
    if (after) {
      ranked.andWhere('(w.session_date, w.id) < (:afterDate::date, :afterId::uuid)', { afterDate: after.key, afterId: after.id });
    }
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
    if (isEmptyScope(this.scope)) return [];
    return this.visible().andWhere('n.client_id = :clientId', { clientId }).orderBy('n.session_date', 'DESC').addOrderBy('n.id', 'DESC').getMany();
  }

  /** The newest note of each client in `clientIds` (clients without notes are absent), in one statement. */
  async latestByClients(clientIds: readonly string[]): Promise<SessionNoteEntity[]> {
    if (isEmptyScope(this.scope) || clientIds.length === 0) return [];
    return this.visible()
      .andWhere('n.client_id = any(:clientIds::uuid[])', { clientIds: [...clientIds] })
      .distinctOn(['n.client_id'])
      .orderBy('n.client_id', 'ASC')
      .addOrderBy('n.session_date', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .getMany();
  }
}
