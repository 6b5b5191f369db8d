import type { Cursor } from '@fitflow/kit';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ClientPermissionEntity, type PermissionLevel } from './client-permission.entity.js';
import { ClientEntity } from './client.entity.js';
import { containsPattern, isEmptyScope, parseClientSortKey, scopeParams, visibleClientSql, type ClientScope } from './client.scope.js';

/** Filter and page of a client list, in (last name, first name, id) order. */
export interface ClientPageQuery {
  first: number;
  after: Cursor | null;
  search?: string | null;
}

/**
 * Data access to `clients.clients`, on behalf of one caller: every query is filtered by the
 * caller's {@link ClientScope} and skips soft-deleted rows, so an out-of-scope id looks exactly like
 * an unknown one.
 */
export class ClientRepository {
  private readonly em: EntityManager;

  constructor(
    source: DataSource | EntityManager,
    private readonly scope: ClientScope,
  ) {
    this.em = 'manager' in source ? source.manager : source;
  }

  private visible(alias = 'c'): SelectQueryBuilder<ClientEntity> {
    return this.em
      .getRepository(ClientEntity)
      .createQueryBuilder(alias)
      .where(visibleClientSql(alias), scopeParams(this.scope));
  }

  /** Visible clients among `ids` (any order; missing ones are unknown or out of scope). */
  async findByIds(ids: readonly string[]): Promise<ClientEntity[]> {
    if (isEmptyScope(this.scope) || ids.length === 0) return [];
    return this.visible().andWhere('c.id = any(:ids::uuid[])', { ids: [...ids] }).getMany();
  }

  /**
   * The caller's clients (all they may see), `first + 1` rows from `after` on, so that the caller can
   * tell whether there is a next page.
   */
  async page(query: ClientPageQuery): Promise<ClientEntity[]> {
    if (isEmptyScope(this.scope)) return [];
    const qb = this.filtered(this.visible(), query);
    return qb.orderBy('c.last_name', 'ASC').addOrderBy('c.first_name', 'ASC').addOrderBy('c.id', 'ASC').limit(query.first + 1).getMany();
  }

  /**
   * Visible clients whose primary trainer is one of `trainerIds`: at most `first + 1` per trainer,
   * in one statement (a window over trainer_id), for `Trainer.clients` of many trainers.
   */
  async pageByTrainers(trainerIds: readonly string[], query: ClientPageQuery): Promise<ClientEntity[]> {
    if (isEmptyScope(this.scope) || trainerIds.length === 0) return [];
    const ranked = this.filtered(this.visible('w'), query, 'w')
      .select('w.id', 'id')
      .addSelect('row_number() over (partition by w.trainer_id order by w.last_name, w.first_name, w.id)', 'rn')
      .andWhere('w.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...trainerIds] });
    return this.em
      .getRepository(ClientEntity)
      .createQueryBuilder('c')
      .where(`c.id in (select ranked.id from (${ranked.getQuery()}) ranked where ranked.rn <= :limit)`)
      .setParameters({ ...ranked.getParameters(), limit: query.first + 1 })
      .orderBy('c.last_name', 'ASC')
      .addOrderBy('c.first_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  private filtered(qb: SelectQueryBuilder<ClientEntity>, query: ClientPageQuery, alias = 'c') {
    const pattern = containsPattern(query.search);
    if (pattern) {
      qb.andWhere(`(${alias}.first_name ilike :pattern or ${alias}.last_name ilike :pattern or ${alias}.email ilike :pattern)`, { pattern });
    }
    if (query.after) {
      const after = parseClientSortKey(query.after);
      qb.andWhere(`(${alias}.last_name, ${alias}.first_name, ${alias}.id) > (:afterLast, :afterFirst, :afterId::uuid)`, {
        afterLast: after.lastName,
        afterFirst: after.firstName,
        afterId: after.id,
      });
    }
    return qb;
  }

  /**
   * How the caller may change client `id`: `owner` (their own client), the level it was shared with
   * them at, or null when they cannot see it. Locks the row until the transaction ends.
   */
  async accessForUpdate(id: string): Promise<{ client: ClientEntity; level: PermissionLevel | 'owner' } | null> {
    if (this.scope.trainerIds.length === 0) return null;
    const client = await this.visible().andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!client) return null;
    if (this.scope.trainerIds.includes(client.trainerId)) return { client, level: 'owner' };
    const grants = await this.em
      .getRepository(ClientPermissionEntity)
      .createQueryBuilder('p')
      .where('p.client_id = :id and p.trainer_id = any(:trainers::uuid[])', { id, trainers: this.scope.trainerIds })
      .getMany();
    const rank = { read: 0, write: 1, admin: 2 } as const;
    const best = grants.map((g) => g.permissionLevel).sort((a, b) => rank[b] - rank[a])[0];
    return best ? { client, level: best } : null;
  }

  /** Inserts a client and returns the stored row (defaults filled in). */
  async insert(values: Partial<ClientEntity>): Promise<ClientEntity> {
    const repository = this.em.getRepository(ClientEntity);
    const saved = await repository.save(repository.create(values));
    return repository.findOneByOrFail({ id: saved.id });
  }

  /** Writes `changes` to client `id` and returns the stored row. */
  async update(id: string, changes: Partial<ClientEntity>): Promise<ClientEntity> {
    const repository = this.em.getRepository(ClientEntity);
    if (Object.keys(changes).length) await repository.update({ id }, changes as never);
    return repository.findOneByOrFail({ id });
  }
}
