import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EntityManager } from 'typeorm';
import { createDataKey, parseKey, unwrapDataKey, type DataKey, type MasterKey } from './crypto.js';

/** The master keys a process holds: the active one wraps new data keys; older ones still unwrap. */
export interface KeyRing {
  active: MasterKey;
  byId: ReadonlyMap<string, Buffer>;
}

/**
 * Loads master keys from `MASTER_KEYS` (JSON `{ "<id>": "<base64 32 bytes>" }`) and
 * `ACTIVE_MASTER_KEY_ID`. Outside production, when unset, a key is generated once into `devFile`
 * (git-ignored `.data/`). In production both are required (a KMS or Vault injects them).
 * @throws Error when the configuration is missing or malformed.
 */
export function loadKeyRing(
  env: { MASTER_KEYS?: string; ACTIVE_MASTER_KEY_ID?: string; NODE_ENV?: string } | NodeJS.ProcessEnv,
  devFile = '.data/master-keys.json',
): KeyRing {
  let keys: Record<string, string>;
  let activeId: string | undefined = env.ACTIVE_MASTER_KEY_ID;
  if (env.MASTER_KEYS) {
    keys = JSON.parse(env.MASTER_KEYS) as Record<string, string>;
  } else if (env.NODE_ENV === 'production') {
    throw new Error('MASTER_KEYS and ACTIVE_MASTER_KEY_ID are required in production');
  } else if (existsSync(devFile)) {
    ({ keys, activeId } = JSON.parse(readFileSync(devFile, 'utf8')) as { keys: Record<string, string>; activeId: string });
  } else {
    activeId = 'dev-1';
    keys = { [activeId]: randomBytes(32).toString('base64') };
    mkdirSync(dirname(devFile), { recursive: true });
    writeFileSync(devFile, JSON.stringify({ keys, activeId }), { mode: 0o600 });
  }
  const byId = new Map(Object.entries(keys).map(([id, key]) => [id, parseKey(key)]));
  activeId ??= [...byId.keys()][0];
  const active = byId.get(activeId);
  if (!active) throw new Error(`ACTIVE_MASTER_KEY_ID ${activeId} is not among MASTER_KEYS`);
  return { active: { id: activeId, key: active }, byId };
}

/**
 * SQL creating `<schema>.data_keys`: wrapped data keys by id. The runtime role may read and add keys,
 * and mark one destroyed (crypto-shredding clears `wrapped`).
 */
export const dataKeysTableSql = (schema: string) => `
  create table ${schema}.data_keys (
    id varchar(100) primary key,
    master_key_id varchar(100) not null,
    wrapped text,
    created_at timestamptz not null default now(),
    destroyed_at timestamptz,
    check ((wrapped is null) = (destroyed_at is not null))
  );`;

/** Thrown when data protected by a destroyed (crypto-shredded) key is read. */
export class DataKeyDestroyedError extends Error {}

/**
 * Data keys of one schema, unwrapped on first use and kept in memory (keys never leave the process
 * unwrapped). `forTenant` creates the key on first use.
 */
export class DataKeyStore {
  private readonly cache = new Map<string, DataKey>();

  constructor(
    private readonly schema: string,
    private readonly ring: KeyRing,
  ) {}

  /** The data key `id`, created (and stored wrapped) when it does not exist yet. */
  async getOrCreate(em: EntityManager, id: string): Promise<DataKey> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const rows: { master_key_id: string; wrapped: string | null }[] = await em.query(
      `select master_key_id, wrapped from ${this.schema}.data_keys where id = $1`,
      [id],
    );
    let key: DataKey;
    if (rows[0]) {
      if (!rows[0].wrapped) throw new DataKeyDestroyedError(`data key ${id} was destroyed`);
      key = unwrapDataKey({ id, masterKeyId: rows[0].master_key_id, wrapped: rows[0].wrapped }, this.ring.byId);
    } else {
      const created = createDataKey(id, this.ring.active);
      await em.query(`insert into ${this.schema}.data_keys (id, master_key_id, wrapped) values ($1, $2, $3) on conflict (id) do nothing`, [
        id,
        created.wrapped.masterKeyId,
        created.wrapped.wrapped,
      ]);
      // Another request may have created it first: read back what was stored.
      this.cache.delete(id);
      const stored: { master_key_id: string; wrapped: string }[] = await em.query(`select master_key_id, wrapped from ${this.schema}.data_keys where id = $1`, [
        id,
      ]);
      key = unwrapDataKey({ id, masterKeyId: stored[0].master_key_id, wrapped: stored[0].wrapped }, this.ring.byId);
    }
    this.cache.set(id, key);
    return key;
  }

  /**
   * The keys among `ids` that exist and were not destroyed, by id; the others are absent (never
   * created). Cached keys cost nothing; the rest are read with one statement, whatever their number.
   */
  async getExisting(em: EntityManager, ids: readonly string[]): Promise<Map<string, DataKey>> {
    const found = new Map<string, DataKey>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const cached = this.cache.get(id);
      if (cached) found.set(id, cached);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const rows: { id: string; master_key_id: string; wrapped: string | null }[] = await em.query(
      `select id, master_key_id, wrapped from ${this.schema}.data_keys where id = any($1::text[])`,
      [missing],
    );
    for (const row of rows) {
      if (!row.wrapped) continue;
      const key = unwrapDataKey({ id: row.id, masterKeyId: row.master_key_id, wrapped: row.wrapped }, this.ring.byId);
      this.cache.set(row.id, key);
      found.set(row.id, key);
    }
    return found;
  }

  /** Destroys the data key `id` (crypto-shredding): everything sealed with it becomes unreadable. */
  async destroy(em: EntityManager, id: string): Promise<void> {
    await em.query(`update ${this.schema}.data_keys set wrapped = null, destroyed_at = now() where id = $1 and destroyed_at is null`, [id]);
    this.cache.delete(id);
  }
}
