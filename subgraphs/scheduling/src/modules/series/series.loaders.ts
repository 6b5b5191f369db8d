import { byIdLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { SchedulingRequest } from '../../context.js';
import type { AppointmentEntity } from '../appointment/appointment.entity.js';

/** The key of one `occurrences(from, to)` list: a series and a window (ISO instants or null). */
export interface OccurrenceWindow {
  seriesId: string;
  from: string | null;
  to: string | null;
}

/**
 * Per-request loaders of series, limited to what the caller may read. `occurrencesOfSeries` runs one
 * statement per distinct window asked in a tick, whatever the number of series (usually one).
 */
export function createSeriesLoaders({ data }: SchedulingRequest) {
  return {
    seriesById: byIdLoader((ids) => data.run((tx) => tx.series.findByIds(ids))),
    occurrencesOfSeries: new DataLoader<OccurrenceWindow, AppointmentEntity[], string>(
      async (keys) => {
        const windows = new Map<string, OccurrenceWindow[]>();
        for (const key of keys) windows.set(`${key.from}|${key.to}`, [...(windows.get(`${key.from}|${key.to}`) ?? []), key]);
        const found = new Map<string, AppointmentEntity[]>();
        await data.run(async (tx) => {
          for (const [window, group] of windows) {
            const { from, to } = group[0];
            const rows = await tx.appointments.ofSeries(
              group.map((k) => k.seriesId),
              from ? new Date(from) : null,
              to ? new Date(to) : null,
            );
            for (const row of rows) found.set(`${row.seriesId}|${window}`, [...(found.get(`${row.seriesId}|${window}`) ?? []), row]);
          }
        });
        return keys.map((k) => found.get(`${k.seriesId}|${k.from}|${k.to}`) ?? []);
      },
      { cacheKeyFn: (k) => `${k.seriesId}|${k.from}|${k.to}` },
    ),
  };
}
