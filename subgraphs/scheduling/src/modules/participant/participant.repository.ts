import type { DataSource } from 'typeorm';
import { participantScopeParams, participantScopeSql, seesNoParticipant, type AppointmentScope } from '../appointment/appointment.scope.js';
import { ParticipantEntity } from './participant.entity.js';

/**
 * Data access to `scheduling.appointment_participants`. Participants are only ever loaded for
 * appointments the caller could already read (the appointment repository applies the scope), and
 * then only those the caller may see ({@link participantScopeSql}): a studio admin none, a client
 * their own booking, the session's trainer (own or team) and super admins all.
 */
export class ParticipantRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: AppointmentScope,
  ) {}

  /** Participants of each appointment that the caller may see, in booking order. */
  async findByAppointments(appointmentIds: readonly string[]): Promise<ParticipantEntity[]> {
    if (seesNoParticipant(this.scope) || appointmentIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.ds.query(
      `select p.* from scheduling.appointment_participants p join scheduling.appointments a on a.id = p.appointment_id
        where p.appointment_id = any($1::uuid[]) and ${participantScopeSql(2)}
        order by p.created_at, p.id`,
      [appointmentIds, ...participantScopeParams(this.scope)],
    );
    return rows.map((row) => this.hydrate(row));
  }

  /**
   * Confirmed participants of each appointment (waitlisted and cancelled bookings do not count), in
   * one statement. A count, not identities: callers who may see the appointment see its head count.
   */
  async headCounts(appointmentIds: readonly string[]): Promise<{ appointmentId: string; headCount: number }[]> {
    if (appointmentIds.length === 0) return [];
    return this.ds.query(
      `select appointment_id as "appointmentId", count(*)::int as "headCount" from scheduling.appointment_participants
        where appointment_id = any($1::uuid[]) and status = 'confirmed' group by appointment_id`,
      [appointmentIds],
    );
  }

  /** A raw `appointment_participants` row → entity, with TypeORM's own column conversions. */
  private hydrate(row: Record<string, unknown>): ParticipantEntity {
    const metadata = this.ds.getMetadata(ParticipantEntity);
    const entity = metadata.create() as ParticipantEntity;
    for (const column of metadata.columns) {
      column.setEntityValue(entity, this.ds.driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  }
}
