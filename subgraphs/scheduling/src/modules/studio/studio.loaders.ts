import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { StudioDirectoryRepository } from './studio.repository.js';

/** Per-request loaders of studio facts read from `studios.studio_directory`. */
export function createStudioLoaders(ds: DataSource) {
  const repository = new StudioDirectoryRepository(ds);
  return {
    /** A studio's IANA time zone, or null for an unknown studio. */
    timeZoneOfStudio: new DataLoader<string, string | null>(async (ids) => {
      const zones = new Map((await repository.timeZones(ids)).map((s) => [s.id, s.timeZone]));
      return ids.map((id) => zones.get(id) ?? null);
    }),
  };
}
