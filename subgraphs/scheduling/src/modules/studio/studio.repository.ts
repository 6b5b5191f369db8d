import type { DataSource } from 'typeorm';

/** Reads studios' published `studios.studio_directory` view (the only cross-schema read of this subgraph). */
export class StudioDirectoryRepository {
  constructor(private readonly ds: DataSource) {}

  /** IANA time zone of each studio, e.g. "America/Toronto". */
  timeZones(studioIds: readonly string[]): Promise<{ id: string; timeZone: string }[]> {
    return this.ds.query('select id, time_zone as "timeZone" from studios.studio_directory where id = any($1::uuid[])', [studioIds]);
  }
}
