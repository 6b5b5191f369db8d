import { byIdLoader, pageLoader } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import type { PageLane } from './appointment.repository.js';

const LANES: PageLane[] = ['contractUpcoming', 'clientUpcoming', 'studioSchedule', 'trainerSchedule'];

/**
 * Per-request loaders of appointments, limited to what the caller may read. Each lane pages with kit's
 * `pageLoader`: the same page of many lists asked for in one tick (e.g. `upcomingAppointments` of 10
 * contracts) is one statement, in one unit of work.
 */
export function createAppointmentLoaders({ data }: SchedulingRequest) {
  const lanePages = (lane: PageLane) =>
    pageLoader(
      (lists, page) => data.run((tx) => tx.appointments.pages(lane, lists, page)),
      (row) => row.list,
      (row) => row.appointment.startTime.toISOString(),
    );
  return {
    appointmentById: byIdLoader((ids) => data.run((tx) => tx.appointments.findByIds(ids))),
    appointmentPages: Object.fromEntries(LANES.map((lane) => [lane, lanePages(lane)])) as Record<PageLane, ReturnType<typeof lanePages>>,
  };
}
