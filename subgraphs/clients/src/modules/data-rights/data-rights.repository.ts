import { runSql, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';

/** A row of `clients.erasure_requests`. */
export interface ErasureRow {
  id: string;
  client_id: string;
  requested_by: string;
  requested_at: Date;
  processed_at: Date | null;
}

/**
 * `clients.erasure_requests` and the erasure functions of migration 1732700000000
 * (`clients.due_erasures`, `clients.complete_erasure`, which refuse anyone but a super admin or the
 * system). The services check the caller's relation to the client first; row-level security and the
 * functions check again.
 */
export class ErasureRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
  ) {}

  /**
   * Records a request to erase client `clientId` by user `requestedBy`; null when one is already
   * pending (at most one pending request per client).
   */
  async request(clientId: string, requestedBy: string): Promise<ErasureRow | null> {
    const [inserted] = await runSql<ErasureRow>(
      this.em,
      `insert into clients.erasure_requests (client_id, requested_by) values (:clientId, :requestedBy)
       on conflict (client_id) where processed_at is null do nothing
       returning id, client_id, requested_by, requested_at, processed_at`,
      { clientId, requestedBy },
    );
    return inserted ?? null;
  }

  /** The pending request of a client, if any. */
  async pending(clientId: string): Promise<ErasureRow | null> {
    const [pending] = await runSql<ErasureRow>(
      this.em,
      'select id, client_id, requested_by, requested_at, processed_at from clients.erasure_requests where client_id = :clientId and processed_at is null',
      { clientId },
    );
    return pending ?? null;
  }

  /** Every request about one client, oldest first, as the export document lists it. */
  allOfClient(clientId: string): Promise<Record<string, unknown>[]> {
    return runSql(
      this.em,
      `select id, requested_by as "requestedBy", requested_at as "requestedAt", processed_at as "processedAt"
         from clients.erasure_requests where client_id = :clientId order by requested_at`,
      { clientId },
    );
  }

  /**
   * Requests due now: the client's last session note (or, without notes, the record's creation) is at
   * least `retentionYears` old. @throws (PostgreSQL) unless the caller is a super admin or the system.
   */
  due(retentionYears: number): Promise<{ request_id: string; client_id: string }[]> {
    return runSql(this.em, 'select request_id, client_id from clients.due_erasures(:retentionYears)', { retentionYears });
  }

  /** Marks the request processed and its client erased and deleted (sealed columns stay, unreadable). */
  async complete(requestId: string): Promise<void> {
    await runSql(this.em, 'select clients.complete_erasure(:requestId)', { requestId });
  }
}
