import { groupLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import { seesNoParticipant } from '../../access/appointment-access.js';
import type { SchedulingRequest } from '../../context.js';

/** Per-request loaders of participants, limited to those the caller may see; one unit of work per batch. */
export function createParticipantLoaders({ data, scope }: SchedulingRequest) {
  return {
    /** Participants of each appointment the caller may see (none, without a statement, for a scope that sees no participant). */
    participantsOfAppointment: groupLoader(
      async (ids) => (seesNoParticipant(scope) ? [] : data.run((tx) => tx.participants.findByAppointments(ids))),
      (p) => p.appointmentId,
    ),
    /** Confirmed participants per appointment (a number, whoever asks). */
    headCountOfAppointment: new DataLoader<string, number>(async (ids) => {
      const counts = new Map((await data.run((tx) => tx.participants.headCounts(ids))).map((c) => [c.appointmentId, c.headCount]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}
