import { blindIndex, DataKeyStore, RowSealer as KitRowSealer, unwrapDataKey, type DataKey, type KeyRing } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';

/** Id of a client's data key: their profile, notes and plans are sealed with it. */
export const clientKeyId = (clientId: string) => `client:${clientId}`;
/** Id of a trainer's blind-index key (email lookup among that trainer's clients). */
export const trainerIndexKeyId = (trainerId: string) => `index:trainer:${trainerId}`;

/**
 * The clients schema's data keys: one per client (`client:<id>`), created on the client's first
 * write and destroyed on erasure (crypto-shredding), plus one blind-index key per trainer.
 *
 * Reads are batched: {@link forClients} unwraps the keys of every client of a DataLoader batch with
 * one statement (kit's `DataKeyStore.getOrCreate` reads one key per statement; this batched read
 * could move into kit). Unwrapped keys stay in this process's memory only.
 */
export class ClientKeys {
  private readonly store: DataKeyStore;
  private readonly cache = new Map<string, DataKey>();

  constructor(private readonly ring: KeyRing) {
    this.store = new DataKeyStore('clients', ring);
  }

  /** Keys of `clientIds` that exist and were not destroyed (an erased client has none). */
  async forClients(em: EntityManager, clientIds: readonly string[]): Promise<Map<string, DataKey>> {
    const keys = new Map<string, DataKey>();
    const missing: string[] = [];
    for (const clientId of new Set(clientIds)) {
      const cached = this.cache.get(clientKeyId(clientId));
      if (cached) keys.set(clientId, cached);
      else missing.push(clientId);
    }
    if (missing.length) {
      const rows: { id: string; master_key_id: string; wrapped: string | null }[] = await em.query(
        'select id, master_key_id, wrapped from clients.data_keys where id = any($1::text[])',
        [missing.map(clientKeyId)],
      );
      for (const row of rows) {
        if (!row.wrapped) continue;
        const key = unwrapDataKey({ id: row.id, masterKeyId: row.master_key_id, wrapped: row.wrapped }, this.ring.byId);
        this.cache.set(row.id, key);
        keys.set(row.id.slice('client:'.length), key);
      }
    }
    return keys;
  }

  /** The key of one client, created when it does not exist yet (writes). */
  forClient(em: EntityManager, clientId: string): Promise<DataKey> {
    return this.store.getOrCreate(em, clientKeyId(clientId));
  }

  /** Blind index of an email among `trainerId`'s clients (null stays null). */
  async emailIndex(em: EntityManager, trainerId: string, email: string | null): Promise<string | null> {
    if (email == null) return null;
    return blindIndex(await this.store.getOrCreate(em, trainerIndexKeyId(trainerId)), 'clients.email', email);
  }

  /** Crypto-shreds a client's data key: everything sealed with it becomes unreadable, everywhere. */
  async destroy(em: EntityManager, clientId: string): Promise<void> {
    await this.store.destroy(em, clientKeyId(clientId));
    this.cache.delete(clientKeyId(clientId));
  }
}

/**
 * The name of a data key inside ciphertext. Kit's format `v1:<data key id>:<iv>:…` splits on `:`,
 * so the key `client:<id>` is named `client.<id>` there (kit's encryptField should refuse or escape
 * a `:` in key ids; until it does, this mapping keeps the two apart).
 */
export const ciphertextKeyName = (keyId: string) => keyId.replaceAll(':', '.');

/** Seals and opens the columns of one client-keyed row (kit's RowSealer, AAD `clients.<column>:<row id>`). */
export class RowSealer extends KitRowSealer {
  constructor(key: DataKey, rowId: string) {
    super({ id: ciphertextKeyName(key.id), key: key.key }, 'clients', rowId);
  }
}
