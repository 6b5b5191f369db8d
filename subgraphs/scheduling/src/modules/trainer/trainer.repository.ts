import { teamSql } from '@fitflow/kit';
import type { DataSource } from 'typeorm';

/** Reads studios' published `studios.trainer_directory` view: the team hierarchy. */
export class TrainerDirectoryRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Which of `trainerIds` are in a team administered by one of `adminIds` (the admins included),
   * transitively down `parent_trainer_id`; one statement for all of them.
   */
  async inTeams(trainerIds: readonly string[], adminIds: readonly string[]): Promise<string[]> {
    if (trainerIds.length === 0 || adminIds.length === 0) return [];
    const rows: { id: string }[] = await this.ds.query(`select k.id from unnest($1::uuid[]) as k(id) where k.id in ${teamSql('$2')}`, [trainerIds, adminIds]);
    return rows.map((r) => r.id);
  }
}
