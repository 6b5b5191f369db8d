import { defineModule } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import { SeriesEntity } from './series.entity.js';
import { createSeriesLoaders } from './series.loaders.js';
import { AppointmentSeriesResolver, SeriesResolver } from './series.resolver.js';
import { seriesRules } from './series.rules.js';

/** Recurring series: `scheduleSeries`, "this and all following" (`updateSeriesFrom`, `cancelSeriesFrom`), `AppointmentSeries`, `Appointment.series`. */
export const seriesModule = defineModule({
  name: 'series',
  resolvers: [SeriesResolver, AppointmentSeriesResolver],
  rules: seriesRules,
  entities: [SeriesEntity],
  loaders: (request: SchedulingRequest) => createSeriesLoaders(request),
});
