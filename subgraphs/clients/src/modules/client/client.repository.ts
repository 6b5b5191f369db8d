import { runSql, scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { reachesNoClient, relationSql, visibleClientSql, type ClientRelation } from '../../access/client-access.js';
import { ClientPermissionEntity } from './client-permission.entity.js';
import { ClientEntity } from './client.entity.js';

/**
 * Data access to `clients.clients` on behalf of one caller, inside one of their units of work
 * (`ctx.data.run`): every query is filtered by the caller's scope (access/client-access.ts) and skips soft-deleted
 * and erased rows, so an out-of-scope id looks exactly like an unknown one. (Row-level security
 * filters the same rows again underneath.) Rows come back sealed; services open them.
 */
export class ClientRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  private visible(alias = 'c'): SelectQueryBuilder<ClientEntity> {
    return this.em.getRepository(ClientEntity).createQueryBuilder(alias).where(visibleClientSql(alias), scopeParams(this.scope));
  }

  /** Visible clients among `ids` (any order; missing ones are unknown or out of scope). */
  async findByIds(ids: readonly string[]): Promise<ClientEntity[]> {
    if (reachesNoClient(this.scope) || ids.length === 0) return [];
    return this.visible()
      .andWhere('c.id = any(:ids::uuid[])', { ids: [...ids] })
      .getMany();
  }

  /**
   * Every visible client (optionally only those of `trainerIds`, or with one of `emailIndexes`).
   * Names are encrypted, so ordering, name search and paging happen after opening them in memory: a
   * caller sees tens to a few hundred clients (their own, their team's, those shared with them).
   */
  async findVisible(filter: { trainerIds?: readonly string[]; emailIndexes?: readonly string[] } = {}): Promise<ClientEntity[]> {
    if (reachesNoClient(this.scope)) return [];
    const qb = this.visible();
    if (filter.trainerIds) qb.andWhere('c.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...filter.trainerIds] });
    if (filter.emailIndexes) qb.andWhere('c.email_index = any(:emailIndexes::text[])', { emailIndexes: [...filter.emailIndexes] });
    return qb.getMany();
  }

  /** Primary trainers of the visible clients (whose blind-index keys an email search needs). */
  async visibleTrainerIds(): Promise<string[]> {
    if (reachesNoClient(this.scope)) return [];
    const rows: { trainer_id: string }[] = await this.visible().select('c.trainer_id', 'trainer_id').distinct(true).getRawMany();
    return rows.map((r) => r.trainer_id);
  }

  /** The caller's {@link ClientRelation} to each visible client among `ids`, in one statement. */
  async relations(ids: readonly string[]): Promise<{ id: string; trainerId: string; relation: ClientRelation }[]> {
    if (reachesNoClient(this.scope) || ids.length === 0) return [];
    const rows: { id: string; trainer_id: string; relation: ClientRelation }[] = await this.visible()
      .select('c.id', 'id')
      .addSelect('c.trainer_id', 'trainer_id')
      .addSelect(relationSql('c'), 'relation')
      .andWhere('c.id = any(:ids::uuid[])', { ids: [...ids] })
      .getRawMany();
    return rows.map((r) => ({ id: r.id, trainerId: r.trainer_id, relation: r.relation }));
  }

  /** The caller's relation to one visible client, or null (no lock; check before {@link lockForUpdate}). */
  async relationTo(id: string): Promise<ClientRelation | null> {
    return (await this.relations([id]))[0]?.relation ?? null;
  }

  /**
   * A visible client, locked until the transaction ends (writes). Row-level security also requires
   * write access for `for update`, so call it once the relation allows the write.
   */
  async lockForUpdate(id: string): Promise<ClientEntity | null> {
    if (reachesNoClient(this.scope)) return null;
    return this.visible().andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /**
   * A super admin's break-glass read of one client: not filtered by a scope (a super admin sees no
   * client) but by id alone. It first sets `app.break_glass_client_id` for the rest of the
   * transaction, which is what makes row-level security admit the row. Two statements.
   */
  async findForBreakGlass(id: string): Promise<ClientEntity | null> {
    await runSql(this.em, `select set_config('app.break_glass_client_id', :id, true)`, { id });
    return this.em.getRepository(ClientEntity).createQueryBuilder('c').where('c.id = :id and c.deleted_at is null and c.erased_at is null', { id }).getOne();
  }

  /** Who a client is shared with (export). */
  permissionsOf(clientId: string): Promise<ClientPermissionEntity[]> {
    return this.em.getRepository(ClientPermissionEntity).find({ where: { clientId }, order: { grantedAt: 'ASC' } });
  }

  /** Inserts a client (sealed values) and returns the stored row (defaults filled in). */
  async insert(values: Partial<ClientEntity>): Promise<ClientEntity> {
    const repository = this.em.getRepository(ClientEntity);
    await repository.insert(values as never);
    return repository.findOneByOrFail({ id: values.id! });
  }

  /** Writes `changes` (sealed values) to client `id` and returns the stored row. */
  async update(id: string, changes: Partial<ClientEntity>): Promise<ClientEntity> {
    const repository = this.em.getRepository(ClientEntity);
    if (Object.keys(changes).length) await repository.update({ id }, changes as never);
    return repository.findOneByOrFail({ id });
  }

  /**
   * The status of a trainer in studios' published `trainer_directory` (the only cross-schema read of
   * this subgraph), or null when unknown.
   */
  async trainerStatus(trainerId: string): Promise<string | null> {
    const rows = await runSql<{ status: string }>(this.em, 'select status from studios.trainer_directory where id = :trainerId', { trainerId });
    return rows[0]?.status ?? null;
  }
}
