import type { BaseContext } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { createAppointmentLoaders } from './modules/appointment/appointment.loaders.js';
import type { AppointmentScope } from './modules/appointment/appointment.scope.js';
import { createClassTypeLoaders } from './modules/class-type/class-type.loaders.js';
import { createParticipantLoaders } from './modules/participant/participant.loaders.js';
import { createStudioLoaders } from './modules/studio/studio.loaders.js';
import { createTrainerLoaders } from './modules/trainer/trainer.loaders.js';

/**
 * Per-request DataLoaders of the scheduling subgraph. Appointment and participant loaders are built
 * for the caller's {@link AppointmentScope}, so that every read is limited to what they may see.
 */
export function createLoaders(ds: DataSource, scope: AppointmentScope) {
  return {
    ...createAppointmentLoaders(ds, scope),
    ...createParticipantLoaders(ds, scope),
    ...createClassTypeLoaders(ds),
    ...createStudioLoaders(ds),
    ...createTrainerLoaders(ds, scope),
  };
}

export interface SchedulingContext extends BaseContext {
  ds: DataSource;
  /** Which appointments and participants the caller may see (derived once from the access token). */
  scope: AppointmentScope;
  loaders: ReturnType<typeof createLoaders>;
}
