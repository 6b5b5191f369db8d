import { runSql, scopeParams, trainerInScopeSql, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { participantInScopeSql, seesNoParticipant } from '../../access/appointment-access.js';
import { AppointmentEntity } from '../appointment/appointment.entity.js';
import { ClassTypeEntity } from '../class-type/class-type.entity.js';
import { ParticipantEntity } from './participant.entity.js';

/** Capacity and bookings of one appointment: numbers only, no identities. */
export interface BookingStats {
  appointmentId: string;
  /** The class type's `max_participants`. */
  capacity: number;
  confirmed: number;
  waitlisted: number;
}

/**
 * A session as booking, cancelling and attendance see it, read while its row is locked
 * ({@link ParticipantRepository.lockSession}). Times are UTC; the booleans are decided by the
 * database clock (`now()`), like every "upcoming" in this subgraph.
 */
export interface LockedSession {
  id: string;
  trainerId: string;
  startTime: Date;
  endTime: Date;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no-show';
  category: 'group' | 'individual' | 'trial';
  /** The class type's `max_participants`. */
  capacity: number;
  /** The session has started (`start_time <= now()`). */
  started: boolean;
  /** `now()` is inside the class type's cancellation window before the start (or later). */
  insideCancellationWindow: boolean;
  /** The caller teaches it: a super admin, its trainer, or the admin of a team the trainer is in (transitively). */
  teaches: boolean;
}

/** A client as `clients.client_directory` publishes it, and whether the caller acts for their trainer. */
export interface DirectoryClient {
  id: string;
  trainerId: string;
  status: 'active' | 'inactive';
  /** A super admin, or the client's trainer is one the caller acts for (own or team). */
  ofCaller: boolean;
}

/** A session's queue: what a new booking's place depends on. */
export interface Queue {
  confirmed: number;
  /** The highest `waitlist_position` (0 when nobody waits). */
  lastWaitlistPosition: number;
  /** The asked client's booking in the session (any status), or null. */
  bookingId: string | null;
  bookingStatus: 'confirmed' | 'waitlisted' | 'cancelled' | null;
}

/** Another confirmed booking of a client that overlaps a session: when and where, no participants. */
export interface OverlappingBooking {
  appointmentId: string;
  startTime: Date;
  endTime: Date;
  /** The studio's IANA zone; null when not at a studio. */
  timeZone: string | null;
}

/**
 * Data access to `scheduling.appointment_participants` (bookings), and the session reads bookings
 * need. Participants are only ever listed for appointments the caller could already read (the
 * appointment repository applies the scope), and then only those the caller may see
 * ({@link participantInScopeSql}): a studio admin none, a client their own booking, the session's
 * trainer (own or team) and super admins all.
 *
 * Writes follow one rule: **every change to a session's bookings happens while its appointment row is
 * locked** ({@link lockSession}, `select … for update`), so capacity, waitlist order and attendance are
 * decided on a state nobody else changes meanwhile. Who may change what is the service's decision,
 * made on what {@link lockSession} and {@link directoryClient} return.
 */
export class ParticipantRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * Participants of each appointment (lower-case ids) that the caller may see, in booking order; bookings
   * made at the same instant (an import) in waitlist order, confirmed ones first.
   */
  async findByAppointments(appointmentIds: readonly string[]): Promise<ParticipantEntity[]> {
    if (seesNoParticipant(this.scope) || appointmentIds.length === 0) return [];
    return this.em
      .createQueryBuilder(ParticipantEntity, 'p')
      .innerJoin(AppointmentEntity, 'a', 'a.id = p.appointment_id')
      .where('p.appointment_id = any(:appointmentIds::uuid[])', { appointmentIds: [...appointmentIds] })
      .andWhere(participantInScopeSql('p', 'a'), scopeParams(this.scope))
      .orderBy('p.bookedAt', 'ASC')
      .addOrderBy('p.waitlistPosition', 'ASC', 'NULLS FIRST')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /**
   * Confirmed participants of each appointment (waitlisted and cancelled bookings do not count), in
   * one statement. A count, not identities: callers who may see the appointment see its head count.
   */
  async headCounts(appointmentIds: readonly string[]): Promise<{ appointmentId: string; headCount: number }[]> {
    if (appointmentIds.length === 0) return [];
    return this.em
      .createQueryBuilder(ParticipantEntity, 'p')
      .select('p.appointment_id', 'appointmentId')
      .addSelect('count(*)::int', 'headCount')
      .where('p.appointment_id = any(:appointmentIds::uuid[])', { appointmentIds: [...appointmentIds] })
      .andWhere("p.status = 'confirmed'")
      .groupBy('p.appointment_id')
      .getRawMany();
  }

  /**
   * Capacity (the class type's `max_participants`), confirmed and waitlisted bookings of each
   * appointment, in one statement. Numbers only: whoever may see an appointment may see them (the
   * appointment itself was read through the scope). Unknown ids are absent.
   */
  bookingStats(appointmentIds: readonly string[]): Promise<BookingStats[]> {
    if (appointmentIds.length === 0) return Promise.resolve([]);
    return runSql<BookingStats>(
      this.em,
      `select a.id as "appointmentId", ct.max_participants as capacity,
              (count(p.id) filter (where p.status = 'confirmed'))::int as confirmed,
              (count(p.id) filter (where p.status = 'waitlisted'))::int as waitlisted
         from scheduling.appointments a
         join scheduling.class_types ct on ct.id = a.class_type_id
         left join scheduling.appointment_participants p on p.appointment_id = a.id
        where a.id = any(:appointmentIds::uuid[])
        group by a.id, ct.max_participants`,
      { appointmentIds: [...appointmentIds] },
    );
  }

  /**
   * The rank of each waitlisted booking in its session's waitlist (1 = next in), whatever the caller
   * may see of the others: the stored `waitlist_position` only orders, the rank is what a person reads.
   * Bookings that are not waitlisted are absent.
   */
  waitlistRanks(participantIds: readonly string[]): Promise<{ id: string; rank: number }[]> {
    if (participantIds.length === 0) return Promise.resolve([]);
    return runSql<{ id: string; rank: number }>(
      this.em,
      `select p.id,
              (select count(*)::int from scheduling.appointment_participants w
                where w.appointment_id = p.appointment_id and w.status = 'waitlisted'
                  and (w.waitlist_position, w.id) <= (p.waitlist_position, p.id)) as rank
         from scheduling.appointment_participants p
        where p.id = any(:participantIds::uuid[]) and p.status = 'waitlisted'`,
      { participantIds: [...participantIds] },
    );
  }

  /**
   * Locks session `appointmentId` (`select … for update` of its appointment row, until the
   * transaction ends) and reads what booking needs: times, status, the class type's category and
   * capacity, whether it has started or is inside the cancellation window (database clock), and
   * whether the caller teaches it. Deliberately not limited to the caller's scope: a client books
   * group sessions they are not in yet; the service decides who may act and answers NOT_FOUND to the
   * others, exactly as for an unknown id.
   * @param appointmentId lower-case UUID.
   * @returns null when there is no such session.
   */
  async lockSession(appointmentId: string): Promise<LockedSession | null> {
    const [row] = await runSql<LockedSession>(
      this.em,
      `select a.id, a.trainer_id as "trainerId", a.start_time as "startTime", a.end_time as "endTime", a.status,
              ct.category, ct.max_participants as capacity,
              a.start_time <= now() as started,
              now() > a.start_time - make_interval(mins => ct.cancellation_window_minutes) as "insideCancellationWindow",
              (:scopeSuperAdmin::boolean or ${trainerInScopeSql('a.trainer_id')}) as teaches
         from scheduling.appointments a
         join scheduling.class_types ct on ct.id = a.class_type_id
        where a.id = :appointmentId
          for update of a`,
      { appointmentId, ...scopeParams(this.scope) },
    );
    return row ?? null;
  }

  /**
   * Serialises, until the transaction ends, every confirmation of one client
   * (`pg_advisory_xact_lock` on the client id): two sessions booked at once for the same client cannot
   * both see "no overlap". Always taken after the session's row lock.
   */
  async lockClient(clientId: string): Promise<void> {
    await runSql(this.em, `select pg_advisory_xact_lock(hashtextextended('scheduling.client:' || :clientId, 0))`, { clientId });
  }

  /**
   * A client as clients' published `client_directory` shows them (not soft-deleted), and whether the
   * caller acts for their trainer (a super admin always does).
   * @returns null when the directory has no such client.
   */
  async directoryClient(clientId: string): Promise<DirectoryClient | null> {
    const [row] = await runSql<DirectoryClient>(
      this.em,
      `select d.id, d.trainer_id as "trainerId", d.status,
              (:scopeSuperAdmin::boolean or ${trainerInScopeSql('d.trainer_id')}) as "ofCaller"
         from clients.client_directory d
        where d.id = :clientId`,
      { clientId, ...scopeParams(this.scope) },
    );
    return row ?? null;
  }

  /** A booking by id, whatever its status and whoever asks (the service checks the caller against its locked session), or null. */
  async findById(id: string): Promise<ParticipantEntity | null> {
    return this.em.getRepository(ParticipantEntity).findOneBy({ id });
  }

  /** Bookings of `appointmentId` for these clients (any status). */
  async bookingsOf(appointmentId: string, clientIds: readonly string[]): Promise<ParticipantEntity[]> {
    if (clientIds.length === 0) return [];
    return this.em
      .createQueryBuilder(ParticipantEntity, 'p')
      .where('p.appointment_id = :appointmentId', { appointmentId })
      .andWhere('p.client_id = any(:clientIds::uuid[])', { clientIds: [...clientIds] })
      .getMany();
  }

  /**
   * Confirmed bookings and the highest waitlist position of one session, and (with `clientId`) that
   * client's booking in it, whatever its status — one statement (call it under {@link lockSession}).
   */
  async queueOf(appointmentId: string, clientId: string | null = null): Promise<Queue> {
    const [row] = await runSql<Queue>(
      this.em,
      `select (count(*) filter (where status = 'confirmed'))::int as confirmed,
              coalesce(max(waitlist_position), 0)::int as "lastWaitlistPosition",
              (array_agg(id) filter (where client_id = :clientId))[1] as "bookingId",
              (array_agg(status) filter (where client_id = :clientId))[1] as "bookingStatus"
         from scheduling.appointment_participants
        where appointment_id = :appointmentId`,
      { appointmentId, clientId },
    );
    return row;
  }

  /** Waitlisted bookings of a session, next in first (call it under {@link lockSession}). */
  waitlistOf(appointmentId: string): Promise<ParticipantEntity[]> {
    return this.em
      .createQueryBuilder(ParticipantEntity, 'p')
      .where('p.appointment_id = :appointmentId', { appointmentId })
      .andWhere("p.status = 'waitlisted'")
      .orderBy('p.waitlistPosition', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /**
   * The first confirmed booking of `clientId` in another session that is not cancelled and overlaps
   * `[start, end)` (UTC), with its studio's zone; null when there is none.
   */
  async overlappingBooking(clientId: string, appointmentId: string, start: Date, end: Date): Promise<OverlappingBooking | null> {
    const [row] = await runSql<OverlappingBooking>(
      this.em,
      `select a.id as "appointmentId", a.start_time as "startTime", a.end_time as "endTime", s.time_zone as "timeZone"
         from scheduling.appointment_participants p
         join scheduling.appointments a on a.id = p.appointment_id
         left join studios.studio_directory s on s.id = a.studio_id
        where p.client_id = :clientId and p.status = 'confirmed'
          and a.id <> :appointmentId and a.status <> 'cancelled'
          and a.start_time < :end and a.end_time > :start
        order by a.start_time, a.id
        limit 1`,
      { clientId, appointmentId, start, end },
    );
    return row ?? null;
  }

  /**
   * A new booking, `confirmed` or `waitlisted` at `waitlistPosition`. Its booking time is the moment
   * of the insert (`clock_timestamp()`, not the transaction's start), so booking times follow the
   * order in which bookings got the session's lock — the waitlist's order.
   */
  async insertBooking(booking: {
    appointmentId: string;
    clientId: string;
    status: 'confirmed' | 'waitlisted';
    waitlistPosition: number | null;
  }): Promise<ParticipantEntity> {
    const rows = await runSql(
      this.em,
      `insert into scheduling.appointment_participants (appointment_id, client_id, status, waitlist_position, booked_at)
       values (:appointmentId, :clientId, :status, :waitlistPosition, clock_timestamp())
       returning *`,
      booking,
    );
    return this.hydrate(rows[0]);
  }

  /** Books a cancelled booking again (its row is reused): a new booking time, at the end of the queue, nothing left of the cancellation. */
  async rebook(id: string, status: 'confirmed' | 'waitlisted', waitlistPosition: number | null): Promise<ParticipantEntity> {
    const [row] = await this.updateReturning(
      `update scheduling.appointment_participants
          set status = :status, waitlist_position = :waitlistPosition, cancelled_at = null, late_cancellation = false,
              attended = null, booked_at = clock_timestamp(), updated_at = now()
        where id = :id
       returning *`,
      { id, status, waitlistPosition },
    );
    return row;
  }

  /** Cancels a booking now (database clock), `late` as the service decided; it leaves the waitlist. */
  async cancel(id: string, late: boolean): Promise<ParticipantEntity> {
    const [row] = await this.updateReturning(
      `update scheduling.appointment_participants
          set status = 'cancelled', waitlist_position = null, cancelled_at = now(), late_cancellation = :late, updated_at = now()
        where id = :id
       returning *`,
      { id, late },
    );
    return row;
  }

  /** Moves a waitlisted booking to `confirmed`. */
  async promote(id: string): Promise<ParticipantEntity> {
    const [row] = await this.updateReturning(
      `update scheduling.appointment_participants
          set status = 'confirmed', waitlist_position = null, updated_at = now()
        where id = :id and status = 'waitlisted'
       returning *`,
      { id },
    );
    return row;
  }

  /**
   * Sets who attended, for confirmed bookings of one session, in one statement.
   * @returns the updated bookings (any order).
   */
  async setAttendance(appointmentId: string, entries: readonly { clientId: string; attended: boolean }[]): Promise<ParticipantEntity[]> {
    return this.updateReturning(
      `update scheduling.appointment_participants p
          set attended = e.attended, updated_at = now()
         from unnest(:clientIds::uuid[], :attended::boolean[]) as e(client_id, attended)
        where p.appointment_id = :appointmentId and p.client_id = e.client_id and p.status = 'confirmed'
       returning p.*`,
      { appointmentId, clientIds: entries.map((e) => e.clientId), attended: entries.map((e) => e.attended) },
    );
  }

  /**
   * The group sessions a signed-in client may book themselves: still scheduled, not started, starting
   * in `[from, to)` (UTC), taught by their trainer (clients' `client_directory.trainer_id` of the
   * caller's own, active client records), full ones included, by start time; `limit` at most.
   * Sessions are read here, not through the appointment repository, because a client is not in them
   * yet: the scope is the client's trainer, not the client's bookings.
   */
  bookableGroupSessions(from: Date, to: Date, limit: number): Promise<AppointmentEntity[]> {
    if (this.scope.clientIds.length === 0) return Promise.resolve([]);
    return this.em
      .createQueryBuilder(AppointmentEntity, 'a')
      .innerJoin(ClassTypeEntity, 'ct', 'ct.id = a.class_type_id')
      .where(
        `a.trainer_id in (select d.trainer_id from clients.client_directory d
                           where d.id = any(:scopeClients::uuid[]) and d.status = 'active')`,
        { scopeClients: [...this.scope.clientIds] },
      )
      .andWhere("ct.category = 'group' and a.status = 'scheduled'")
      .andWhere('a.start_time >= :from and a.start_time < :to and a.start_time > now()', { from, to })
      .orderBy('a.startTime', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Runs an `update … returning` of bookings (TypeORM answers an UPDATE with `[rows, count]`) and hydrates the rows. */
  private async updateReturning(text: string, params: Record<string, unknown>): Promise<ParticipantEntity[]> {
    const [rows] = (await runSql(this.em, text, params)) as unknown as [Record<string, unknown>[], number];
    return rows.map((row) => this.hydrate(row));
  }

  /** A raw `appointment_participants` row → entity, with TypeORM's own column conversions. */
  private hydrate(row: Record<string, unknown>): ParticipantEntity {
    const metadata = this.em.connection.getMetadata(ParticipantEntity);
    const entity = metadata.create() as ParticipantEntity;
    for (const column of metadata.columns) {
      column.setEntityValue(entity, this.em.connection.driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  }
}
