import { runSql, scopeParams, studioInScopeSql, trainerInScopeSql, type ViewerScope } from '@fitflow/kit';
import { In, type EntityManager } from 'typeorm';
import type { ContractTerm } from '../../extends/StudioContract/studio-contract.repository.js';
import { AvailabilityEntity } from './availability.entity.js';
import type { WeeklyWindow } from './availability.slots.js';
import type { ReplacementPlan } from './availability.windows.js';

/** What deciding about availability at a studio needs, read in one statement. */
export interface StudioFacts {
  /** The studio's IANA zone; null for an unknown studio. */
  timeZone: string | null;
  /** Whether the trainer id is a trainer at all (`studios.trainer_directory`). */
  trainerKnown: boolean;
  /** The trainer's contracts with the studio. */
  contracts: ContractTerm[];
  /** The database clock. */
  now: Date;
}

/**
 * Data access to `scheduling.trainer_availability` (weekly windows in the studio's wall-clock time,
 * `day_of_week` 0 = Sunday) and to what deciding about it reads from studios' and clients' published
 * views. Reads for the API ({@link AvailabilityRepository.windowsOfTrainers}) are limited to the caller's
 * scope: their own and their team's windows, and a studio admin those at their studios and the
 * studios below them.
 */
export class AvailabilityRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** Every window of each trainer the caller may see (history included), at a studio. */
  windowsOfTrainers(trainerIds: readonly string[]): Promise<AvailabilityEntity[]> {
    if (!trainerIds.length) return Promise.resolve([]);
    return this.em
      .createQueryBuilder(AvailabilityEntity, 'w')
      .where('w.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...trainerIds] })
      .andWhere('w.studio_id is not null')
      .andWhere(`(:scopeSuperAdmin::boolean or ${trainerInScopeSql('w.trainer_id')} or ${studioInScopeSql('w.studio_id')})`, scopeParams(this.scope))
      .orderBy('w.day_of_week')
      .addOrderBy('w.start_time')
      .addOrderBy('w.id')
      .getMany();
  }

  /**
   * The trainer's windows at a studio in force on some day of `[firstDay, lastDay]` (local dates).
   * Deliberately ignores the caller's scope, like `AppointmentRepository.occupied`: the service has
   * already decided that the caller may know when the trainer works there (the trainer, their admin,
   * or one of their clients picking a time).
   */
  async windowsBetween(trainerId: string, studioId: string, firstDay: string, lastDay: string): Promise<WeeklyWindow[]> {
    const rows = await runSql<{ day_of_week: number; start_time: string; end_time: string; effective_from: string; effective_until: string | null }>(
      this.em,
      `select day_of_week, start_time::text, end_time::text, effective_from::text, effective_until::text
         from scheduling.trainer_availability
        where trainer_id = :trainerId and studio_id = :studioId
          and effective_from <= :lastDay::date and (effective_until is null or effective_until >= :firstDay::date)`,
      { trainerId, studioId, firstDay, lastDay },
    );
    return rows.map((r) => ({
      dayOfWeek: r.day_of_week,
      startTime: r.start_time,
      endTime: r.end_time,
      effectiveFrom: r.effective_from,
      effectiveUntil: r.effective_until,
    }));
  }

  /**
   * The studio's zone, whether the trainer exists, the trainer's contracts there and the database
   * clock, in one statement (studios' published `studio_directory`, `trainer_directory`, `contract_directory`).
   */
  async studioFacts(trainerId: string, studioId: string): Promise<StudioFacts> {
    const [row] = await runSql<{ time_zone: string | null; trainer_known: boolean; contracts: ContractTerm[]; now: Date }>(
      this.em,
      `select (select time_zone from studios.studio_directory where id = :studioId) as time_zone,
              exists (select 1 from studios.trainer_directory where id = :trainerId) as trainer_known,
              coalesce((select json_agg(json_build_object('startDate', c.start_date, 'endDate', c.end_date, 'status', c.status))
                          from studios.contract_directory c where c.trainer_id = :trainerId and c.studio_id = :studioId), '[]'::json) as contracts,
              now() as now`,
      { trainerId, studioId },
    );
    return { timeZone: row.time_zone, trainerKnown: row.trainer_known, contracts: row.contracts, now: row.now };
  }

  /**
   * Whether one of `clientIds` (the caller's own client records) is an active client of the trainer
   * (clients' published `client_directory`: the client's primary trainer).
   */
  async isClientOf(trainerId: string, clientIds: readonly string[]): Promise<boolean> {
    if (!clientIds.length) return false;
    const [row] = await runSql<{ yes: boolean }>(
      this.em,
      `select exists (select 1 from clients.client_directory
                       where id = any(:clientIds::uuid[]) and trainer_id = :trainerId and status = 'active') as yes`,
      { trainerId, clientIds: [...clientIds] },
    );
    return row.yes;
  }

  /** The trainer's windows at the studio that overlap `[from, until]` (until null: open-ended), locked for update. */
  overlapping(trainerId: string, studioId: string, from: string, until: string | null): Promise<AvailabilityEntity[]> {
    return this.em
      .createQueryBuilder(AvailabilityEntity, 'w')
      .where('w.trainer_id = :trainerId and w.studio_id = :studioId', { trainerId, studioId })
      .andWhere('(w.effective_until is null or w.effective_until >= :from::date)', { from })
      .andWhere('(:until::date is null or w.effective_from <= :until::date)', { until })
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Carries out a {@link ReplacementPlan} for the trainer at the studio, then inserts `windows`. */
  async replace(trainerId: string, studioId: string, plan: ReplacementPlan, windows: readonly WeeklyWindow[]): Promise<AvailabilityEntity[]> {
    const repository = this.em.getRepository(AvailabilityEntity);
    if (plan.remove.length) await repository.delete({ id: In(plan.remove) });
    for (const { id, effectiveUntil } of plan.end) await repository.update({ id }, { effectiveUntil });
    for (const { id, effectiveFrom } of plan.start) await repository.update({ id }, { effectiveFrom });
    const copies = plan.copy.map((w) => repository.create({ ...w, trainerId, studioId }));
    if (copies.length) await repository.save(copies);
    const fresh = windows.map((w) => repository.create({ ...w, trainerId, studioId }));
    return fresh.length ? repository.save(fresh) : [];
  }
}
