import type { ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { OutboxEntity } from './outbox.entity.js';

/** The event types written today; a delivery job turns each into messages to the named clients. */
export type OutboxEventType = 'appointment.cancelled' | 'appointment.rescheduled' | 'booking.cancelled' | 'waitlist.promoted' | (string & {});

/**
 * One thing to tell people about.
 * - `type`: what happened ({@link OutboxEventType});
 * - `appointmentId`: the session it is about (lower-case UUID), or null;
 * - `clientIds`: who is to be told (clients' client ids); an event naming nobody is not written;
 * - `payload`: ids, instants (ISO 8601 UTC) and facts only — never names, emails, notes or reasons
 *   typed by a person (they may hold health details).
 */
export interface OutboxEvent {
  type: OutboxEventType;
  appointmentId: string | null;
  clientIds: readonly string[];
  payload?: Record<string, unknown>;
}

/**
 * Writes `scheduling.outbox` (the transactional outbox): an event is recorded in the unit of work of
 * the change it describes (`ctx.data.run(tx => … tx.outbox.record(…))`), so it exists exactly when the
 * change does. Delivery (a later job) reads and marks rows as the system. Nothing here filters by
 * scope: the service that records an event has already decided the caller may make the change.
 */
export class OutboxRepository {
  constructor(
    private readonly em: EntityManager,
    /** The caller's scope; recording follows a change the service has already allowed. */
    readonly scope: ViewerScope,
  ) {}

  /**
   * Records one event in the current transaction.
   * @returns the new row's id, or null when `clientIds` is empty (nobody to tell: nothing written).
   */
  async record(event: OutboxEvent): Promise<string | null> {
    const clientIds = [...new Set(event.clientIds.map((id) => id.toLowerCase()))];
    if (clientIds.length === 0) return null;
    const result = await this.em
      .createQueryBuilder()
      .insert()
      .into(OutboxEntity)
      .values({ eventType: event.type, appointmentId: event.appointmentId, clientIds, payload: event.payload ?? {} } as never)
      .returning(['id'])
      .execute();
    return (result.identifiers[0] as { id: string }).id;
  }
}
