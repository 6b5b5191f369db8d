import { runSql, scopeParams, teamSql, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';

/** Reads studios' published `studios.trainer_directory` view: the team hierarchy, as the caller's scope sees it. */
export class TrainerDirectoryRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * Which of `trainerIds` (lower-case) are in a team the caller administers (`adminTrainerIds`, the
   * admins included), transitively down `parent_trainer_id`; one statement for all of them, none when
   * the caller administers no team.
   */
  async inViewerTeams(trainerIds: readonly string[]): Promise<string[]> {
    if (trainerIds.length === 0 || this.scope.adminTrainerIds.length === 0) return [];
    const rows = await runSql<{ id: string }>(this.em, `select k.id from unnest(:trainerIds::uuid[]) as k(id) where k.id in ${teamSql(':scopeAdmins')}`, {
      trainerIds: [...trainerIds],
      ...scopeParams(this.scope),
    });
    return rows.map((r) => r.id);
  }

  /** Which of `trainerIds` (lower-case) are trainers at all. Trainer ids are directory data: any caller may learn this. */
  async existing(trainerIds: readonly string[]): Promise<Set<string>> {
    if (trainerIds.length === 0) return new Set();
    const rows = await runSql<{ id: string }>(this.em, 'select id from studios.trainer_directory where id = any(:trainerIds::uuid[])', {
      trainerIds: [...trainerIds],
    });
    return new Set(rows.map((r) => r.id));
  }
}
