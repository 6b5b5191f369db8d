import { runSql, type DataKey, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { clientKeyId, type ClientKeys, type WrappedKeyRow } from './keys.js';

/**
 * The clients schema's data keys inside one unit of work (`clients.data_keys`). Keys are not PHI and
 * not filtered by the scope (row-level security governs the table); the scope only travels with the
 * unit of work. Unwrapped keys are cached process-wide by {@link ClientKeys}.
 */
export class DataKeyRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
    private readonly keys: ClientKeys,
  ) {}

  /**
   * Keys of `clientIds` that exist and were not destroyed (an erased client has none), by client id.
   * Cached keys cost nothing; the others are read with one statement (kit's `DataKeyStore.getOrCreate`
   * reads one key per statement). TODO(kit): a batched `DataKeyStore.getMany` would make this kit's.
   */
  async forClients(clientIds: readonly string[]): Promise<Map<string, DataKey>> {
    const keys = new Map<string, DataKey>();
    const missing: string[] = [];
    for (const clientId of new Set(clientIds)) {
      const cached = this.keys.cached(clientId);
      if (cached) keys.set(clientId, cached);
      else missing.push(clientId);
    }
    if (missing.length) {
      const rows = await runSql<WrappedKeyRow>(this.em, 'select id, master_key_id, wrapped from clients.data_keys where id = any(:ids::text[])', {
        ids: missing.map(clientKeyId),
      });
      for (const row of rows) {
        const key = this.keys.unwrap(row);
        if (key) keys.set(row.id.slice('client:'.length), key);
      }
    }
    return keys;
  }

  /** The key of one client, created when it does not exist yet (writes). */
  forClient(clientId: string): Promise<DataKey> {
    return this.keys.forClient(this.em, clientId);
  }

  /** Blind index of an email among `trainerId`'s clients (null stays null). */
  emailIndex(trainerId: string, email: string | null): Promise<string | null> {
    return this.keys.emailIndex(this.em, trainerId, email);
  }

  /** Crypto-shreds a client's data key (and forgets it in this process). */
  destroy(clientId: string): Promise<void> {
    return this.keys.destroy(this.em, clientId);
  }
}
