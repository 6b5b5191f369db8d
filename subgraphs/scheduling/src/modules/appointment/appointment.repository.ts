import type { DataSource } from 'typeorm';
import { AppointmentEntity } from './appointment.entity.js';
import type { AfterPosition } from './appointment.paging.js';
import { appointmentScopeSql, participantScopeParams, participantScopeSql, scopeParams, type AppointmentScope } from './appointment.scope.js';

/** The kinds of appointment lists, each with its own (index-friendly) filter. */
export type PageLane = 'contractUpcoming' | 'clientUpcoming' | 'studioSchedule' | 'trainerSchedule';

/**
 * One page request. Unused filters are null: `contractUpcoming` reads trainerId + studioId,
 * `clientUpcoming` clientId, `studioSchedule` studioId + from/to (+ optional trainerId),
 * `trainerSchedule` trainerId + from/to (+ optional studioId). `from`/`to` are UTC, `[from, to)` on start time.
 */
export interface PageKey {
  trainerId: string | null;
  studioId: string | null;
  clientId: string | null;
  from: Date | null;
  to: Date | null;
  after: AfterPosition | null;
  /** Page size; one more row is fetched to tell whether there is a next page. */
  first: number;
}

/** "Upcoming" = still scheduled and not yet started, by the database clock. */
const UPCOMING = `a.status = 'scheduled' and a.start_time >= now()`;
/**
 * Each lane's filter on appointment `a` for page key `k`. `laneAt` is the position of the lane's own
 * parameters ({@link LANE_PARAMS}), after the key columns and the appointment scope.
 */
const LANE_FILTERS: Record<PageLane, (laneAt: number) => string> = {
  contractUpcoming: () => `a.trainer_id = k.trainer_id and a.studio_id = k.studio_id and ${UPCOMING}`,
  // The booking itself must be one the caller may see: a studio admin learns nothing about a client.
  clientUpcoming: (laneAt) => `${UPCOMING} and exists (select 1 from scheduling.appointment_participants p
                     where p.appointment_id = a.id and p.client_id = k.client_id and p.status <> 'cancelled'
                       and ${participantScopeSql(laneAt)})`,
  studioSchedule: () => `a.studio_id = k.studio_id and a.start_time >= k.range_from and a.start_time < k.range_to
                     and (k.trainer_id is null or a.trainer_id = k.trainer_id)`,
  trainerSchedule: () => `a.trainer_id = k.trainer_id and a.start_time >= k.range_from and a.start_time < k.range_to
                     and (k.studio_id is null or a.studio_id = k.studio_id)`,
};
/** Parameters a lane's filter reads (every bound parameter must be used: PostgreSQL infers their types). */
const LANE_PARAMS: Record<PageLane, (scope: AppointmentScope) => unknown[]> = {
  contractUpcoming: () => [],
  clientUpcoming: participantScopeParams,
  studioSchedule: () => [],
  trainerSchedule: () => [],
};

/**
 * Data access to `scheduling.appointments`. Every read is limited to the caller's
 * {@link AppointmentScope} (the second wall after shield): their own and their team's sessions, those
 * at their studios and the studios below them, and those they are booked into.
 */
export class AppointmentRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: AppointmentScope,
  ) {}

  /** Appointments by id that the caller may read (others are simply absent). */
  async findByIds(ids: readonly string[]): Promise<AppointmentEntity[]> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `select a.* from scheduling.appointments a where a.id = any($1::uuid[]) and ${appointmentScopeSql(2)}`,
      [ids, ...scopeParams(this.scope)],
    );
    return rows.map((row) => this.hydrate(row));
  }

  /**
   * Pages of many lists of one lane in ONE statement: a lateral join runs the lane's filter once per
   * key, ordered by (start_time, id) after the key's cursor, `first + 1` rows each.
   * @returns for each key (same order), its rows in order.
   */
  async pages(lane: PageLane, keys: readonly PageKey[]): Promise<AppointmentEntity[][]> {
    const column = <T>(pick: (key: PageKey) => T) => keys.map(pick);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `select k.idx, a.*
         from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[], $7::uuid[], $8::int[])
              with ordinality as k(trainer_id, studio_id, client_id, range_from, range_to, after_time, after_id, lim, idx)
         cross join lateral (
           select a.* from scheduling.appointments a
            where ${LANE_FILTERS[lane](14)}
              and (k.after_time is null or (a.start_time, a.id) > (k.after_time, k.after_id))
              and ${appointmentScopeSql(9)}
            order by a.start_time, a.id
            limit k.lim + 1
         ) a
        order by k.idx, a.start_time, a.id`,
      [
        column((k) => k.trainerId),
        column((k) => k.studioId),
        column((k) => k.clientId),
        column((k) => k.from),
        column((k) => k.to),
        column((k) => k.after?.time ?? null),
        column((k) => k.after?.id ?? null),
        column((k) => k.first),
        ...scopeParams(this.scope),
        ...LANE_PARAMS[lane](this.scope),
      ],
    );
    const pages: AppointmentEntity[][] = keys.map(() => []);
    for (const row of rows) pages[Number(row.idx) - 1].push(this.hydrate(row));
    return pages;
  }

  /** A raw `appointments` row → entity, with TypeORM's own column conversions (NUMERIC → Decimal…). */
  private hydrate(row: Record<string, unknown>): AppointmentEntity {
    const metadata = this.ds.getMetadata(AppointmentEntity);
    const entity = metadata.create() as AppointmentEntity;
    for (const column of metadata.columns) {
      column.setEntityValue(entity, this.ds.driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  }
}
