import { runSql, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';

/** Reads studios' published `studios.studio_directory` view. */
export class StudioDirectoryRepository {
  constructor(
    private readonly em: EntityManager,
    /** The caller's scope; a studio's time zone is no secret to a signed-in caller. */
    readonly scope: ViewerScope,
  ) {}

  /** IANA time zone of each studio (lower-case ids), e.g. "America/Toronto"; unknown studios are absent. */
  timeZones(studioIds: readonly string[]): Promise<{ id: string; timeZone: string }[]> {
    return runSql(this.em, 'select id, time_zone as "timeZone" from studios.studio_directory where id = any(:studioIds::uuid[])', {
      studioIds: [...studioIds],
    });
  }

  /** Name, IANA zone and status of each studio (lower-case ids), for scheduling decisions and messages; unknown studios are absent. */
  places(studioIds: readonly string[]): Promise<StudioPlace[]> {
    if (studioIds.length === 0) return Promise.resolve([]);
    return runSql(this.em, 'select id, name, time_zone as "timeZone", status from studios.studio_directory where id = any(:studioIds::uuid[])', {
      studioIds: [...studioIds],
    });
  }
}

/** A studio as scheduling needs it: where, in which zone, and whether it is open. */
export interface StudioPlace {
  id: string;
  name: string;
  /** IANA zone, e.g. "America/Vancouver". */
  timeZone: string;
  status: string;
}
