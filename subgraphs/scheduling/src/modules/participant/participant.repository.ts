import { In, type DataSource } from 'typeorm';
import { ParticipantEntity } from './participant.entity.js';

/**
 * Data access to `scheduling.appointment_participants`. Participants are only ever loaded for
 * appointments the caller could already read (the appointment repository applies the scope).
 */
export class ParticipantRepository {
  constructor(private readonly ds: DataSource) {}

  /** Participants of each appointment, in booking order. */
  findByAppointments(appointmentIds: readonly string[]): Promise<ParticipantEntity[]> {
    return this.ds
      .getRepository(ParticipantEntity)
      .find({ where: { appointmentId: In([...appointmentIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
