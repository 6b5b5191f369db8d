import type { BaseContext } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { createAppointmentLoaders } from './modules/appointment/appointment.loaders.js';
import { createClassTypeLoaders } from './modules/class-type/class-type.loaders.js';

/** Per-request DataLoaders of the scheduling subgraph. */
export function createLoaders(ds: DataSource) {
  return { ...createAppointmentLoaders(ds), ...createClassTypeLoaders(ds) };
}

export interface SchedulingContext extends BaseContext {
  ds: DataSource;
  loaders: ReturnType<typeof createLoaders>;
}
