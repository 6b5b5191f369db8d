import { groupLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AppointmentScope } from '../appointment/appointment.scope.js';
import { ParticipantRepository } from './participant.repository.js';

/** Per-request loaders of participants, limited to those the caller may see (`scope`). */
export function createParticipantLoaders(ds: DataSource, scope: AppointmentScope) {
  const repository = new ParticipantRepository(ds, scope);
  return {
    participantsOfAppointment: groupLoader((ids) => repository.findByAppointments(ids), (p) => p.appointmentId),
    /** Confirmed participants per appointment (a number, whoever asks). */
    headCountOfAppointment: new DataLoader<string, number>(async (ids) => {
      const counts = new Map((await repository.headCounts(ids)).map((c) => [c.appointmentId, c.headCount]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}
