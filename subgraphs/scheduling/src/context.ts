import type { BaseContext, Viewer } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { createAppointmentLoaders } from './modules/appointment/appointment.loaders.js';
import { createClassTypeLoaders } from './modules/class-type/class-type.loaders.js';
import { createParticipantLoaders } from './modules/participant/participant.loaders.js';
import { createStudioLoaders } from './modules/studio/studio.loaders.js';

/**
 * Per-request DataLoaders of the scheduling subgraph. Appointment loaders are built for the caller
 * (`viewer`), so that every appointment read is limited to the caller's scope.
 */
export function createLoaders(ds: DataSource, viewer: Viewer | null) {
  return {
    ...createAppointmentLoaders(ds, viewer),
    ...createParticipantLoaders(ds),
    ...createClassTypeLoaders(ds),
    ...createStudioLoaders(ds),
  };
}

export interface SchedulingContext extends BaseContext {
  ds: DataSource;
  loaders: ReturnType<typeof createLoaders>;
}
