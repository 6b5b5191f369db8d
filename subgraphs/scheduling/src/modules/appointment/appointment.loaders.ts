import { byIdLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AppointmentEntity } from './appointment.entity.js';
import { AppointmentRepository, type PageKey, type PageLane } from './appointment.repository.js';
import type { AppointmentScope } from './appointment.scope.js';

const LANES: PageLane[] = ['contractUpcoming', 'clientUpcoming', 'studioSchedule', 'trainerSchedule'];

/**
 * Per-request loaders of appointments, limited to what the caller may read (`scope`). Each page lane
 * batches every page asked for in one tick (e.g. `upcomingAppointments` of 10 contracts) into a single
 * statement.
 */
export function createAppointmentLoaders(ds: DataSource, scope: AppointmentScope) {
  const repository = new AppointmentRepository(ds, scope);
  const pageLoader = (lane: PageLane) =>
    new DataLoader<PageKey, AppointmentEntity[], string>((keys) => repository.pages(lane, keys), { cacheKeyFn: (key) => JSON.stringify(key) });
  return {
    appointmentById: byIdLoader((ids) => repository.findByIds(ids)),
    appointmentPages: Object.fromEntries(LANES.map((lane) => [lane, pageLoader(lane)])) as Record<PageLane, ReturnType<typeof pageLoader>>,
  };
}
