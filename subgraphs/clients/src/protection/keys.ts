import { blindIndex, DataKeyStore, RowSealer as KitRowSealer, type DataKey, type KeyRing } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';

/** Id of a client's data key: their profile, notes and plans are sealed with it. */
export const clientKeyId = (clientId: string) => `client:${clientId}`;
/** Id of a trainer's blind-index key (email lookup among that trainer's clients). */
export const trainerIndexKeyId = (trainerId: string) => `index:trainer:${trainerId}`;

/**
 * The clients schema's data keys, process-wide (a dependency, built once): one per client
 * (`client:<id>`), created on the client's first write and destroyed on erasure (crypto-shredding),
 * plus one blind-index key per trainer. Unwrapped keys stay in this process's memory only.
 *
 * It does no SQL of its own: reading, creating and destroying keys goes through kit's `DataKeyStore`
 * with the unit of work's EntityManager (reached through `DataKeyRepository`).
 */
export class ClientKeys {
  /** Kit's key store of the `clients` schema: its SQL, and the process's cache of unwrapped keys. */
  private readonly store: DataKeyStore;

  constructor(ring: KeyRing) {
    this.store = new DataKeyStore('clients', ring);
  }

  /**
   * The keys of `clientIds` that exist and were not destroyed (an erased client has none), by client
   * id; `em` is the unit of work's. Cached keys cost nothing, the others one statement.
   */
  async forClients(em: EntityManager, clientIds: readonly string[]): Promise<Map<string, DataKey>> {
    const byKeyId = await this.store.getExisting(em, clientIds.map(clientKeyId));
    return new Map(
      [...new Set(clientIds)].flatMap((clientId) => {
        const key = byKeyId.get(clientKeyId(clientId));
        return key ? [[clientId, key] as const] : [];
      }),
    );
  }

  /** The key of one client, created when it does not exist yet (writes); `em` is the unit of work's. */
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
  }
}

/**
 * The name of a data key inside ciphertext. Kit's format `v1:<data key id>:<iv>:…` splits on `:`,
 * so the key `client:<id>` is named `client.<id>` there.
 * TODO(kit-crypto): kit's encryptField should refuse or escape a `:` in key ids; until it does, this
 * mapping keeps the two apart.
 */
export const ciphertextKeyName = (keyId: string) => keyId.replaceAll(':', '.');

/** Seals and opens the columns of one client-keyed row (kit's RowSealer, AAD `clients.<column>:<row id>`). */
export class RowSealer extends KitRowSealer {
  constructor(key: DataKey, rowId: string) {
    super({ id: ciphertextKeyName(key.id), key: key.key }, 'clients', rowId);
  }
}
