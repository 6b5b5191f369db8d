import { runSql, scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { ownAccountSql } from '../../access/account-access.js';
import { AppEntity, AppOperationEntity, type StoredField } from './app.entity.js';

/** What changes on an app row after registration. */
export type AppChanges = Partial<
  Pick<AppEntity, 'status' | 'secretHash' | 'secretRotatedAt' | 'dpaReference' | 'dpaSignedOn' | 'approvedBy' | 'approvedAt' | 'suspendedReason'>
>;

/** A new app, as `registerApp` stores it. */
export type NewApp = Pick<AppEntity, 'ownerUserId' | 'ownerRole' | 'ownerScopeId' | 'name' | 'scopes' | 'status' | 'clientId' | 'secretHash'>;

/** An operation to store with its app. */
export interface NewOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation';
  body: string;
  fields: StoredField[];
}

/** One entry of the gateway's usage report. */
export interface UsageEntry {
  appId: string;
  operationName: string;
  calls: number;
  errors: number;
  lastUsedAt: Date;
}

/** An app's calls of one operation, summed over a period. */
export interface UsageRow {
  operationName: string;
  calls: number;
  errors: number;
  lastUsedAt: Date;
}

/**
 * Every statement about `identity.apps`, `identity.app_operations` and `identity.app_usage`. An app
 * is visible to its owner and to super admins (`scope`, in SQL: `ownAccountSql` on the owner);
 * another caller's app is absent, exactly like an unknown id. Three reads are for the gateway alone
 * and ignore the scope, each saying why: the token grant (the caller proves the secret), an active
 * app's operation (the app's own token already named it) and usage counts.
 */
export class AppRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
  ) {}

  private visibleQuery() {
    return this.em.getRepository(AppEntity).createQueryBuilder('a').where(ownAccountSql('a.owner_user_id'), scopeParams(this.scope));
  }

  /** The apps among `ids` the caller may see (owner or super admin). */
  visible(ids: readonly string[]): Promise<AppEntity[]> {
    if (!this.scope.userId || !ids.length) return Promise.resolve([]);
    return this.visibleQuery()
      .andWhere('a.id = any(:ids::uuid[])', { ids: [...ids] })
      .getMany();
  }

  /** The app `id` if the caller may see it, locked for this unit of work's update; else null. */
  lockVisible(id: string): Promise<AppEntity | null> {
    if (!this.scope.userId) return Promise.resolve(null);
    return this.visibleQuery().andWhere('a.id = :id::uuid', { id }).setLock('pessimistic_write').getOne();
  }

  /** The caller's apps, newest first; every app for a super admin. */
  list(): Promise<AppEntity[]> {
    if (!this.scope.userId) return Promise.resolve([]);
    return this.visibleQuery().orderBy('a.created_at', 'DESC').addOrderBy('a.id').getMany();
  }

  /** Stores a new app. @returns its row as stored. */
  async insert(app: NewApp): Promise<AppEntity> {
    const repository = this.em.getRepository(AppEntity);
    const { identifiers } = await repository.insert(app);
    return repository.findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Writes `changes` to the app `id` (stamping `updated_at`). @returns the row after the change. */
  async update(id: string, changes: AppChanges): Promise<AppEntity> {
    const repository = this.em.getRepository(AppEntity);
    await repository.update({ id }, changes);
    return repository.findOneByOrFail({ id });
  }

  /** Gateway only (the token grant, where the caller proves the secret): the app with this client id, whoever owns it. */
  findByClientId(clientId: string): Promise<AppEntity | null> {
    return this.em.getRepository(AppEntity).findOneBy({ clientId });
  }

  /** The operations of those of `appIds` the caller may see, by name. */
  operationsOf(appIds: readonly string[]): Promise<AppOperationEntity[]> {
    if (!this.scope.userId || !appIds.length) return Promise.resolve([]);
    return this.em
      .getRepository(AppOperationEntity)
      .createQueryBuilder('o')
      .innerJoin(AppEntity, 'a', 'a.id = o.app_id')
      .where('o.app_id = any(:appIds::uuid[])', { appIds: [...appIds] })
      .andWhere(ownAccountSql('a.owner_user_id'), scopeParams(this.scope))
      .orderBy('o.name')
      .getMany();
  }

  /** Replaces every operation of the app `appId` with `operations`. */
  async replaceOperations(appId: string, operations: readonly NewOperation[]): Promise<void> {
    const repository = this.em.getRepository(AppOperationEntity);
    await repository.delete({ appId });
    if (operations.length) await repository.insert(operations.map((o) => ({ ...o, appId })));
  }

  /** Gateway only (the app's own token named the app): operation `operationId` of the app `appId` if the app is active, else null. */
  activeOperation(appId: string, operationId: string): Promise<AppOperationEntity | null> {
    return this.em
      .getRepository(AppOperationEntity)
      .createQueryBuilder('o')
      .innerJoin(AppEntity, 'a', 'a.id = o.app_id')
      .where('o.app_id = :appId::uuid and o.id = :operationId', { appId, operationId })
      .andWhere("a.status = 'active'")
      .getOne();
  }

  /**
   * Gateway only: adds the calls and errors of each entry to its app's row of that operation and UTC
   * day (`lastUsedAt`'s). Entries of unknown apps are skipped. @returns how many entries were counted.
   */
  async recordUsage(entries: readonly UsageEntry[]): Promise<number> {
    if (!entries.length) return 0;
    const rows = await runSql<{ app_id: string }>(
      this.em,
      `insert into identity.app_usage as u (app_id, operation_name, day, calls, errors, last_used_at)
       select e.app_id, e.operation_name, (e.last_used_at at time zone 'UTC')::date, sum(e.calls), sum(e.errors), max(e.last_used_at)
         from unnest(:appIds::uuid[], :names::varchar[], :calls::int[], :errors::int[], :lastUsed::timestamptz[])
              as e(app_id, operation_name, calls, errors, last_used_at)
         join identity.apps a on a.id = e.app_id
        group by e.app_id, e.operation_name, (e.last_used_at at time zone 'UTC')::date
       on conflict (app_id, operation_name, day) do update
          set calls = u.calls + excluded.calls, errors = u.errors + excluded.errors,
              last_used_at = greatest(u.last_used_at, excluded.last_used_at)
       returning u.app_id`,
      {
        appIds: entries.map((e) => e.appId),
        names: entries.map((e) => e.operationName),
        calls: entries.map((e) => e.calls),
        errors: entries.map((e) => e.errors),
        lastUsed: entries.map((e) => e.lastUsedAt.toISOString()),
      },
    );
    return rows.length;
  }

  /** The app's calls per operation over the last `days` UTC days (today included), most used first; none if the caller may not see it. */
  usageOf(appId: string, days: number): Promise<UsageRow[]> {
    return runSql<UsageRow>(
      this.em,
      `select u.operation_name as "operationName", sum(u.calls)::int as calls, sum(u.errors)::int as errors, max(u.last_used_at) as "lastUsedAt"
         from identity.app_usage u join identity.apps a on a.id = u.app_id
        where u.app_id = :appId::uuid and u.day > (now() at time zone 'UTC')::date - :days::int and ${ownAccountSql('a.owner_user_id')}
        group by u.operation_name
        order by calls desc, u.operation_name`,
      { ...scopeParams(this.scope), appId, days },
    );
  }

  /** When each of `appIds` was last used (apps never used are absent). */
  lastUsedOf(appIds: readonly string[]): Promise<{ appId: string; lastUsedAt: Date }[]> {
    if (!appIds.length) return Promise.resolve([]);
    return runSql(
      this.em,
      `select u.app_id as "appId", max(u.last_used_at) as "lastUsedAt"
         from identity.app_usage u join identity.apps a on a.id = u.app_id
        where u.app_id = any(:appIds::uuid[]) and ${ownAccountSql('a.owner_user_id')}
        group by u.app_id`,
      { ...scopeParams(this.scope), appIds: [...appIds] },
    );
  }
}
