import { groupLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { ParticipantRepository } from './participant.repository.js';

/** Per-request loaders of participants. */
export function createParticipantLoaders(ds: DataSource) {
  const repository = new ParticipantRepository(ds);
  return {
    participantsOfAppointment: groupLoader((ids) => repository.findByAppointments(ids), (p) => p.appointmentId),
  };
}
