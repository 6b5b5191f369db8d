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
}
