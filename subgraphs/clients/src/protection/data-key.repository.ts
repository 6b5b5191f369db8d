import type { DataKey, ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import type { ClientKeys } from './keys.js';

/**
 * The clients schema's data keys inside one unit of work (`clients.data_keys`). Keys are not PHI and
 * not filtered by the scope (row-level security governs the table); the scope only travels with the
 * unit of work. Kit's `DataKeyStore` (through {@link ClientKeys}) does the SQL and caches unwrapped
 * keys process-wide.
 */
export class DataKeyRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
    private readonly keys: ClientKeys,
  ) {}

  /** Keys of `clientIds` that exist and were not destroyed (an erased client has none), by client id. */
  forClients(clientIds: readonly string[]): Promise<Map<string, DataKey>> {
    return this.keys.forClients(this.em, clientIds);
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
