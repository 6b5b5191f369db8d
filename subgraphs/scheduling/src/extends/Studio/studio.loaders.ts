import DataLoader from 'dataloader';
import type { SchedulingRequest } from '../../context.js';

/** Per-request loaders of studio facts read from `studios.studio_directory`. */
export function createStudioLoaders({ data }: SchedulingRequest) {
  return {
    /** A studio's IANA time zone, or null for an unknown studio. */
    timeZoneOfStudio: new DataLoader<string, string | null>(async (ids) => {
      const zones = new Map((await data.run((tx) => tx.studioDirectory.timeZones(ids))).map((s) => [s.id, s.timeZone]));
      return ids.map((id) => zones.get(id) ?? null);
    }),
  };
}
