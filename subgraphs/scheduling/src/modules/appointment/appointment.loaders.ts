import { byIdLoader, type Viewer } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AppointmentEntity } from './appointment.entity.js';
import { AppointmentRepository, type PageKey, type PageLane } from './appointment.repository.js';
import { appointmentScopeOf } from './appointment.scope.js';

const LANES: PageLane[] = ['contractUpcoming', 'clientUpcoming', 'studioSchedule', 'trainerSchedule'];

/**
 * Per-request loaders of appointments, limited to what `viewer` may read. Each page lane batches every
 * page asked for in one tick (e.g. `upcomingAppointments` of 10 contracts) into a single statement.
 */
export function createAppointmentLoaders(ds: DataSource, viewer: Viewer | null) {
  const repository = new AppointmentRepository(ds, appointmentScopeOf(viewer));
  const pageLoader = (lane: PageLane) =>
    new DataLoader<PageKey, AppointmentEntity[], string>((keys) => repository.pages(lane, keys), { cacheKeyFn: (key) => JSON.stringify(key) });
  return {
    appointmentById: byIdLoader((ids) => repository.findByIds(ids)),
    appointmentPages: Object.fromEntries(LANES.map((lane) => [lane, pageLoader(lane)])) as Record<PageLane, ReturnType<typeof pageLoader>>,
  };
}
