import { groupLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import { seesNoParticipant } from '../../access/appointment-access.js';
import type { SchedulingRequest } from '../../context.js';
import type { BookingStats } from './participant.repository.js';

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
    /**
     * Capacity, confirmed and waitlisted bookings per appointment (numbers, whoever may see the
     * appointment): `headCount`, `capacity`, `placesLeft` and `waitlistCount` of many appointments in
     * one statement. Null for an unknown id.
     */
    bookingStatsOfAppointment: new DataLoader<string, BookingStats | null>(async (ids) => {
      const stats = new Map((await data.run((tx) => tx.participants.bookingStats(ids))).map((s) => [s.appointmentId, s]));
      return ids.map((id) => stats.get(id) ?? null);
    }),
    /** Each waitlisted booking's rank in its session's waitlist (1 = next in); null when not waitlisted. */
    waitlistRankOfParticipant: new DataLoader<string, number | null>(async (ids) => {
      const ranks = new Map((await data.run((tx) => tx.participants.waitlistRanks(ids))).map((r) => [r.id, r.rank]));
      return ids.map((id) => ranks.get(id) ?? null);
    }),
  };
}
