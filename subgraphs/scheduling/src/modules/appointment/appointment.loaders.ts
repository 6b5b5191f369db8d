import { byIdLoader, decodeCursor, groupLoader, toConnection, type Connection } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AppointmentEntity } from './appointment.entity.js';
import { AppointmentRepository, type PageQuery } from './appointment.repository.js';

/** A page request of one parent: everything but the parent id is shared by the batch it joins. */
export type PageKey = Omit<PageQuery, 'parentIds' | 'after'> & { parentId: string; after?: string | null };

/** Per-request loaders of appointments. */
export function createAppointmentLoaders(ds: DataSource) {
  const repository = new AppointmentRepository(ds);
  const appointmentById = byIdLoader((ids) => repository.findByIds(ids));

  /**
   * Pages of appointments for many parents: keys with the same window and page arguments are fetched
   * together in one statement (plus one for the rows themselves), however many parents ask.
   */
  const pages = new DataLoader<PageKey, Connection<AppointmentEntity>, string>(
    async (keys) => {
      const groups = new Map<string, PageKey[]>();
      for (const key of keys) {
        const { parentId: _p, ...shared } = key;
        const groupKey = JSON.stringify(shared);
        groups.set(groupKey, [...(groups.get(groupKey) ?? []), key]);
      }
      const results = new Map<PageKey, Connection<AppointmentEntity>>();
      for (const group of groups.values()) {
        const { parentId: _p, after, ...shared } = group[0];
        const pairs = await repository.pageIds({ ...shared, after: decodeCursor(after), parentIds: group.map((k) => k.parentId) });
        const rows = await appointmentById.loadMany(pairs.map((p) => p.id));
        const byParent = new Map<string, AppointmentEntity[]>();
        pairs.forEach((pair, i) => {
          const row = rows[i];
          if (row && !(row instanceof Error)) byParent.set(pair.parentId, [...(byParent.get(pair.parentId) ?? []), row]);
        });
        for (const key of group) {
          results.set(key, toConnection(byParent.get(key.parentId) ?? [], key.first, (a) => a.startTime.toISOString()));
        }
      }
      return keys.map((k) => results.get(k)!);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );

  return {
    appointmentById,
    participantsOf: groupLoader((ids) => repository.participantsOf(ids), (p) => p.appointmentId),
    appointmentPages: pages,
    timeZoneOfStudio: new DataLoader<string, string | null>(async (ids) => {
      const zones = new Map((await repository.timeZonesOf(ids)).map((r) => [r.id, r.time_zone]));
      return ids.map((id) => zones.get(id) ?? null);
    }),
  };
}
