import { scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { participantInScopeSql, seesNoParticipant } from '../../access/appointment-access.js';
import { AppointmentEntity } from '../appointment/appointment.entity.js';
import { ParticipantEntity } from './participant.entity.js';

/**
 * Data access to `scheduling.appointment_participants`. Participants are only ever loaded for
 * appointments the caller could already read (the appointment repository applies the scope), and
 * then only those the caller may see ({@link participantInScopeSql}): a studio admin none, a client
 * their own booking, the session's trainer (own or team) and super admins all.
 */
export class ParticipantRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** Participants of each appointment (lower-case ids) that the caller may see, in booking order. */
  async findByAppointments(appointmentIds: readonly string[]): Promise<ParticipantEntity[]> {
    if (seesNoParticipant(this.scope) || appointmentIds.length === 0) return [];
    return this.em
      .createQueryBuilder(ParticipantEntity, 'p')
      .innerJoin(AppointmentEntity, 'a', 'a.id = p.appointment_id')
      .where('p.appointment_id = any(:appointmentIds::uuid[])', { appointmentIds: [...appointmentIds] })
      .andWhere(participantInScopeSql('p', 'a'), scopeParams(this.scope))
      .orderBy('p.createdAt', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /**
   * Confirmed participants of each appointment (waitlisted and cancelled bookings do not count), in
   * one statement. A count, not identities: callers who may see the appointment see its head count.
   */
  async headCounts(appointmentIds: readonly string[]): Promise<{ appointmentId: string; headCount: number }[]> {
    if (appointmentIds.length === 0) return [];
    return this.em
      .createQueryBuilder(ParticipantEntity, 'p')
      .select('p.appointment_id', 'appointmentId')
      .addSelect('count(*)::int', 'headCount')
      .where('p.appointment_id = any(:appointmentIds::uuid[])', { appointmentIds: [...appointmentIds] })
      .andWhere("p.status = 'confirmed'")
      .groupBy('p.appointment_id')
      .getRawMany();
  }
}
