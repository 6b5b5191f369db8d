import { keyset, runSql, scopeParams, type PageRequest, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { appointmentInScopeSql, participantInScopeSql } from '../../access/appointment-access.js';
import type { Occupied } from './appointment.clash.js';
import { AppointmentEntity } from './appointment.entity.js';
import { APPOINTMENT_ORDER } from './appointment.paging.js';

/** A new appointment: everything but what the database sets (id, status `scheduled`, SEQUENCE 0, times of the row). */
export type NewAppointment = Pick<
  AppointmentEntity,
  'trainerId' | 'studioId' | 'classTypeId' | 'startTime' | 'endTime' | 'locationType' | 'locationDetails' | 'rate' | 'seriesId' | 'recurrenceId'
>;

/** What a write may change on an appointment. */
export type AppointmentChanges = Partial<
  Pick<
    AppointmentEntity,
    | 'studioId'
    | 'startTime'
    | 'endTime'
    | 'status'
    | 'locationType'
    | 'locationDetails'
    | 'rate'
    | 'cancelledAt'
    | 'cancellationReason'
    | 'completedAt'
    | 'seriesId'
    | 'recurrenceId'
  >
>;

/** A booking as the calendar's writers need it: ids and facts, no client data. */
export interface BookingFacts {
  id: string;
  appointmentId: string;
  clientId: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  attended: boolean | null;
}

/** The rows an UPDATE or DELETE … RETURNING gave (TypeORM answers `[rows, affected]` for those statements). */
const changedRows = (result: unknown[]): Record<string, unknown>[] => (Array.isArray(result[0]) ? result[0] : result) as Record<string, unknown>[];

/** The kinds of appointment lists, each with its own (index-friendly) filter. */
export type PageLane = 'contractUpcoming' | 'clientUpcoming' | 'studioSchedule' | 'trainerSchedule';

/**
 * Which list of a lane: unused filters are null. `contractUpcoming` reads trainerId + studioId,
 * `clientUpcoming` clientId, `studioSchedule` studioId + from/to (+ optional trainerId),
 * `trainerSchedule` trainerId + from/to (+ optional studioId). Ids are lower-case UUIDs; `from`/`to`
 * are ISO 8601 UTC instants, `[from, to)` on start time.
 */
export interface PageList {
  trainerId: string | null;
  studioId: string | null;
  clientId: string | null;
  from: string | null;
  to: string | null;
}

/** A list as the page loader's parent key (text), and back. */
export const listKey = (list: PageList): string => JSON.stringify([list.trainerId, list.studioId, list.clientId, list.from, list.to]);
const listOf = (key: string): PageList => {
  const [trainerId, studioId, clientId, from, to] = JSON.parse(key) as (string | null)[];
  return { trainerId, studioId, clientId, from, to };
};

/** One row of a page: the list it belongs to ({@link listKey}) and the appointment. */
export interface PageRow {
  id: string;
  list: string;
  appointment: AppointmentEntity;
}

/** "Upcoming" = still scheduled and not yet started, by the database clock. */
const UPCOMING = `a.status = 'scheduled' and a.start_time >= now()`;
/** Each lane's filter on appointment `a` for list `k` (named parameters only). */
const LANE_FILTERS: Record<PageLane, string> = {
  contractUpcoming: `a.trainer_id = k.trainer_id and a.studio_id = k.studio_id and ${UPCOMING}`,
  // The booking itself must be one the caller may see: a studio admin learns nothing about a client.
  clientUpcoming: `${UPCOMING} and exists (select 1 from scheduling.appointment_participants p
                     where p.appointment_id = a.id and p.client_id = k.client_id and p.status <> 'cancelled'
                       and ${participantInScopeSql('p', 'a')})`,
  studioSchedule: `a.studio_id = k.studio_id and a.start_time >= k.range_from and a.start_time < k.range_to
                     and (k.trainer_id is null or a.trainer_id = k.trainer_id)`,
  trainerSchedule: `a.trainer_id = k.trainer_id and a.start_time >= k.range_from and a.start_time < k.range_to
                     and (k.studio_id is null or a.studio_id = k.studio_id)`,
};

/**
 * Data access to `scheduling.appointments`. Every read is limited to the caller's scope
 * ({@link appointmentInScopeSql}, the second wall after shield): their own and their team's sessions,
 * those at their studios and the studios below them, and those they are booked into.
 */
export class AppointmentRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** Appointments by id (lower-case UUIDs) that the caller may read (others are simply absent). */
  findByIds(ids: readonly string[]): Promise<AppointmentEntity[]> {
    return this.em
      .createQueryBuilder(AppointmentEntity, 'a')
      .where('a.id = any(:ids::uuid[])', { ids: [...ids] })
      .andWhere(appointmentInScopeSql('a'), scopeParams(this.scope))
      .getMany();
  }

  /**
   * The same page of many lists of one lane in ONE statement: a lateral join runs the lane's filter
   * once per list, ordered by (start_time, id) after the cursor (kit `keyset`), `first + 1` rows each.
   * @param lists {@link listKey} of each list.
   * @returns the rows of every list, list by list, each in page order.
   */
  async pages(lane: PageLane, lists: readonly string[], page: PageRequest): Promise<PageRow[]> {
    const parsed = lists.map(listOf);
    const column = (pick: (list: PageList) => string | null) => parsed.map(pick);
    const order = keyset(APPOINTMENT_ORDER, page.after);
    const rows = await runSql(
      this.em,
      `select k.list as "pageList", a.*
         from unnest(:lists::text[], :trainerIds::uuid[], :studioIds::uuid[], :clientIds::uuid[], :froms::timestamptz[], :tos::timestamptz[])
              with ordinality as k(list, trainer_id, studio_id, client_id, range_from, range_to, idx)
         cross join lateral (
           select a.* from scheduling.appointments a
            where ${LANE_FILTERS[lane]}
              and ${order.after}
              and ${appointmentInScopeSql('a')}
            order by ${order.orderBy}
            limit :limit
         ) a
        order by k.idx, a.start_time, a.id`,
      {
        lists: [...lists],
        trainerIds: column((l) => l.trainerId),
        studioIds: column((l) => l.studioId),
        clientIds: column((l) => l.clientId),
        froms: column((l) => l.from),
        tos: column((l) => l.to),
        limit: page.first + 1,
        ...order.params,
        ...scopeParams(this.scope),
      },
    );
    return rows.map((row) => {
      const appointment = this.hydrate(row);
      return { id: appointment.id, list: String(row.pageList), appointment };
    });
  }

  /**
   * Serialises every change to one trainer's calendar until the transaction ends
   * (`pg_advisory_xact_lock` on the trainer id): the travel-buffer check and the write that follows it
   * see the same calendar. Overlaps are refused by the exclusion constraint even without it.
   */
  async lockCalendar(trainerId: string): Promise<void> {
    await runSql(this.em, `select pg_advisory_xact_lock(hashtextextended('scheduling.calendar:' || :trainerId, 0))`, { trainerId });
  }

  /**
   * The trainer's sessions that are not cancelled and touch `[from, to)` (UTC), with each studio's zone:
   * times and place only, whoever asks. This deliberately ignores the caller's scope: a client picking
   * a time, or a trainer of a team, must see when the trainer is busy at every studio, and a busy time
   * says nothing about who the session is with.
   * @param trainerId lower-case UUID.
   */
  async occupied(trainerId: string, from: Date, to: Date): Promise<Occupied[]> {
    const rows = await runSql<{
      id: string;
      start_time: Date;
      end_time: Date;
      studio_id: string | null;
      location_type: Occupied['locationType'];
      time_zone: string | null;
    }>(
      this.em,
      `select a.id, a.start_time, a.end_time, a.studio_id, a.location_type, s.time_zone
         from scheduling.appointments a left join studios.studio_directory s on s.id = a.studio_id
        where a.trainer_id = :trainerId and a.status <> 'cancelled'
          and a.start_time < :to and a.end_time > :from
        order by a.start_time, a.id`,
      { trainerId, from, to },
    );
    return rows.map((r) => ({
      id: r.id,
      startTime: r.start_time,
      endTime: r.end_time,
      studioId: r.studio_id,
      locationType: r.location_type,
      timeZone: r.time_zone,
    }));
  }

  /**
   * One appointment the caller may read, locked (`for update`) until the transaction ends. Take the
   * trainer's calendar lock ({@link lockCalendar}) first: every writer locks calendar, then rows.
   * @param id lower-case UUID.
   */
  findForUpdate(id: string): Promise<AppointmentEntity | null> {
    return this.em
      .createQueryBuilder(AppointmentEntity, 'a')
      .where('a.id = :id', { id })
      .andWhere(appointmentInScopeSql('a'), scopeParams(this.scope))
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Adds appointments (one statement) and returns them as stored, in the order given. */
  async insert(rows: readonly NewAppointment[]): Promise<AppointmentEntity[]> {
    if (rows.length === 0) return [];
    const result = await this.em
      .createQueryBuilder()
      .insert()
      .into(AppointmentEntity)
      .values(rows.map((row) => ({ ...row, status: 'scheduled' as const, sequence: 0 })) as never) // jsonb columns defeat TypeORM's partial-entity type
      .returning('*')
      .execute();
    return (result.raw as Record<string, unknown>[]).map((row) => this.hydrate(row));
  }

  /**
   * Changes one appointment (already locked and checked by the service) and bumps its SEQUENCE when
   * `bump` (a change a calendar should pick up).
   * @returns the appointment as stored.
   */
  async update(id: string, changes: AppointmentChanges, bump = true): Promise<AppointmentEntity> {
    const result = await this.em
      .createQueryBuilder()
      .update(AppointmentEntity)
      .set({ ...changes, ...(bump ? { sequence: () => 'sequence + 1' } : {}) } as never)
      .where('id = :id', { id })
      .returning('*')
      .execute();
    return this.hydrate((result.raw as Record<string, unknown>[])[0]);
  }

  /** Removes appointments that have never had a booking (a series' replaced occurrences); returns how many. */
  async deleteUnbooked(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = changedRows(
      await runSql(
        this.em,
        `delete from scheduling.appointments a
        where a.id = any(:ids::uuid[])
          and not exists (select 1 from scheduling.appointment_participants p where p.appointment_id = a.id)
        returning a.id`,
        { ids: [...ids] },
      ),
    );
    return rows.length;
  }

  /**
   * The bookings of each appointment that are not cancelled (confirmed and waitlisted), as ids only:
   * who is to be told when the session moves or is cancelled. Whoever asks: the service has already
   * decided the caller may change these appointments.
   */
  bookings(appointmentIds: readonly string[]): Promise<BookingFacts[]> {
    if (appointmentIds.length === 0) return Promise.resolve([]);
    return runSql<BookingFacts>(
      this.em,
      `select p.id, p.appointment_id as "appointmentId", p.client_id as "clientId", p.status, p.attended
         from scheduling.appointment_participants p
        where p.appointment_id = any(:appointmentIds::uuid[]) and p.status <> 'cancelled'
        order by p.created_at, p.id`,
      { appointmentIds: [...appointmentIds] },
    );
  }

  /** Which of `appointmentIds` have ever had a booking (any participant row, cancelled ones included). */
  async everBooked(appointmentIds: readonly string[]): Promise<Set<string>> {
    if (appointmentIds.length === 0) return new Set();
    const rows = await runSql<{ id: string }>(
      this.em,
      `select distinct p.appointment_id as id from scheduling.appointment_participants p where p.appointment_id = any(:appointmentIds::uuid[])`,
      { appointmentIds: [...appointmentIds] },
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Cancels every booking of these appointments that is not cancelled yet (the session itself is being
   * cancelled): status `cancelled`, `cancelled_at` now, off the waitlist, never a late cancellation
   * (the client did not cancel).
   * @returns the bookings cancelled, with the status each had.
   */
  async cancelBookings(appointmentIds: readonly string[]): Promise<BookingFacts[]> {
    if (appointmentIds.length === 0) return [];
    const result = await runSql(
      this.em,
      `update scheduling.appointment_participants p
          set status = 'cancelled', cancelled_at = now(), waitlist_position = null, late_cancellation = false, updated_at = now()
         from scheduling.appointment_participants was
        where was.id = p.id and p.appointment_id = any(:appointmentIds::uuid[]) and p.status <> 'cancelled'
        returning p.id, p.appointment_id as "appointmentId", p.client_id as "clientId", was.status, p.attended`,
      { appointmentIds: [...appointmentIds] },
    );
    return changedRows(result) as unknown as BookingFacts[];
  }

  /** The occurrences of a series the caller may read whose RECURRENCE-ID is at or after `from`, any status, locked, by RECURRENCE-ID. */
  occurrencesFrom(seriesId: string, from: Date): Promise<AppointmentEntity[]> {
    return this.em
      .createQueryBuilder(AppointmentEntity, 'a')
      .where('a.series_id = :seriesId and a.recurrence_id >= :from', { seriesId, from })
      .andWhere(appointmentInScopeSql('a'), scopeParams(this.scope))
      .orderBy('a.recurrence_id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** How many occurrences of a series lie before `before` (RECURRENCE-ID), any status. */
  async occurrencesBefore(seriesId: string, before: Date): Promise<number> {
    return this.em.createQueryBuilder(AppointmentEntity, 'a').where('a.series_id = :seriesId and a.recurrence_id < :before', { seriesId, before }).getCount();
  }

  /**
   * The occurrences of each series (lower-case ids) starting in `[from, to)` (either bound may be null),
   * that the caller may read, by start; one statement for every series of a selection.
   */
  ofSeries(seriesIds: readonly string[], from: Date | null, to: Date | null): Promise<AppointmentEntity[]> {
    if (seriesIds.length === 0) return Promise.resolve([]);
    return this.em
      .createQueryBuilder(AppointmentEntity, 'a')
      .where('a.series_id = any(:seriesIds::uuid[])', { seriesIds: [...seriesIds] })
      .andWhere('(:from::timestamptz is null or a.start_time >= :from::timestamptz)', { from })
      .andWhere('(:to::timestamptz is null or a.start_time < :to::timestamptz)', { to })
      .andWhere(appointmentInScopeSql('a'), scopeParams(this.scope))
      .orderBy('a.start_time', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** A raw `appointments` row → entity, with TypeORM's own column conversions (NUMERIC → Decimal…). */
  private hydrate(row: Record<string, unknown>): AppointmentEntity {
    const metadata = this.em.connection.getMetadata(AppointmentEntity);
    const entity = metadata.create() as AppointmentEntity;
    for (const column of metadata.columns) {
      column.setEntityValue(entity, this.em.connection.driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  }
}
