import { runSql, scopeParams, trainerInScopeSql, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { appointmentInScopeSql } from '../../access/appointment-access.js';
import type { AppointmentStatusValue } from '../appointment/appointment.entity.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';

/** SQL condition "feed `f` belongs to a trainer the caller acts for, or the caller is a super admin (a system actor included)". */
const feedInScopeSql = (f = 'f') => `(:scopeSuperAdmin::boolean or ${trainerInScopeSql(`${f}.trainer_id`)})`;

/**
 * One session as a calendar feed shows it: times, place and counts — never who the clients are.
 * Times are UTC instants.
 */
export interface FeedSession {
  id: string;
  startTime: Date;
  endTime: Date;
  status: AppointmentStatusValue;
  /** iCalendar SEQUENCE (`appointments.sequence`). */
  sequence: number;
  updatedAt: Date;
  classTypeName: string;
  /** The class type's capacity. */
  capacity: number;
  locationType: 'studio' | 'online' | 'client-location';
  /** The studio's name (studios' published directory); null when not at a studio. */
  studioName: string | null;
  /** Confirmed bookings. */
  booked: number;
  waitlisted: number;
}

/** The feed window, from the database clock: 60 days back, 180 days ahead (docs/scheduling.md, Calendar feed). */
const FEED_DAYS_BACK = 60;
const FEED_DAYS_AHEAD = 180;
/** A feed never holds more sessions than this (the earliest first); about 20 sessions a day over the window. */
export const FEED_MAX_SESSIONS = 5000;

/**
 * Data access to `scheduling.calendar_feeds`, and the read of a trainer's sessions a feed serves.
 * Feeds are visible to the trainer they belong to, the admins of their team and super admins
 * ({@link feedInScopeSql}); the token is looked up only by its SHA-256.
 */
export class CalendarFeedRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** The active feed of each trainer (lower-case ids) the caller may see; one statement for all of them. */
  activeOf(trainerIds: readonly string[]): Promise<CalendarFeedEntity[]> {
    if (trainerIds.length === 0) return Promise.resolve([]);
    return this.em
      .createQueryBuilder(CalendarFeedEntity, 'f')
      .where('f.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...trainerIds] })
      .andWhere('f.revoked_at is null')
      .andWhere(feedInScopeSql('f'), scopeParams(this.scope))
      .getMany();
  }

  /**
   * Serialises changes to one trainer's feed until the transaction ends, so that two rotations at once
   * leave exactly one active feed (the second revokes the first's) instead of one failing on
   * `calendar_feeds_one_active`.
   */
  async lockTrainerFeed(trainerId: string): Promise<void> {
    await runSql(this.em, `select pg_advisory_xact_lock(hashtextextended('scheduling.calendar-feed:' || :trainerId, 0))`, { trainerId });
  }

  /** Revokes the trainer's active feed, if any (and if the caller may see it); returns its id. */
  async revokeActive(trainerId: string): Promise<string | null> {
    const result = await this.em
      .createQueryBuilder()
      .update(CalendarFeedEntity)
      .set({ revokedAt: () => 'now()' })
      .where('trainer_id = :trainerId and revoked_at is null', { trainerId })
      .andWhere(feedInScopeSql('calendar_feeds'), scopeParams(this.scope))
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }

  /** Inserts an active feed (its token already hashed; the caller has checked the trainer). */
  async insert(trainerId: string, tokenSha256: Buffer, urlHint: string): Promise<CalendarFeedEntity> {
    const result = await this.em
      .createQueryBuilder()
      .insert()
      .into(CalendarFeedEntity)
      .values({ trainerId, tokenSha256, urlHint })
      .returning(['id', 'trainerId', 'urlHint', 'createdAt', 'revokedAt'])
      .execute();
    return this.em.getRepository(CalendarFeedEntity).create(result.generatedMaps[0] as Partial<CalendarFeedEntity>);
  }

  /**
   * The active feed whose token has this SHA-256, or null. An equality lookup on the unique index of
   * the hash: what is compared is the digest of whatever the caller sent, so response times tell an
   * attacker nothing about any real token.
   */
  async findActiveByTokenHash(tokenSha256: Buffer): Promise<{ id: string; trainerId: string } | null> {
    const rows = await runSql<{ id: string; trainer_id: string }>(
      this.em,
      `select f.id, f.trainer_id from scheduling.calendar_feeds f
        where f.token_sha256 = :tokenSha256 and f.revoked_at is null and ${feedInScopeSql('f')}`,
      { tokenSha256, ...scopeParams(this.scope) },
    );
    return rows[0] ? { id: rows[0].id, trainerId: rows[0].trainer_id } : null;
  }

  /**
   * The trainer's sessions starting from 60 days ago to 180 days ahead (database clock), by start time,
   * at most {@link FEED_MAX_SESSIONS}: class type name and capacity, studio name, counts of confirmed and
   * waitlisted bookings — one statement, and not one column about clients.
   * @param trainerId lower-case UUID.
   */
  async sessionsForFeed(trainerId: string): Promise<FeedSession[]> {
    const rows = await runSql<{
      id: string;
      start_time: Date;
      end_time: Date;
      status: AppointmentStatusValue;
      sequence: number;
      updated_at: Date;
      class_type_name: string;
      capacity: number;
      location_type: FeedSession['locationType'];
      studio_name: string | null;
      booked: number;
      waitlisted: number;
    }>(
      this.em,
      `select a.id, a.start_time, a.end_time, a.status, a.sequence, a.updated_at, a.location_type,
              c.name as class_type_name, c.max_participants as capacity, s.name as studio_name,
              (select count(*)::int from scheduling.appointment_participants p where p.appointment_id = a.id and p.status = 'confirmed') as booked,
              (select count(*)::int from scheduling.appointment_participants p where p.appointment_id = a.id and p.status = 'waitlisted') as waitlisted
         from scheduling.appointments a
         join scheduling.class_types c on c.id = a.class_type_id
         left join studios.studio_directory s on s.id = a.studio_id
        where a.trainer_id = :trainerId
          and a.start_time >= now() - make_interval(days => :daysBack)
          and a.start_time < now() + make_interval(days => :daysAhead)
          and ${appointmentInScopeSql('a')}
        order by a.start_time, a.id
        limit :limit`,
      { trainerId, daysBack: FEED_DAYS_BACK, daysAhead: FEED_DAYS_AHEAD, limit: FEED_MAX_SESSIONS, ...scopeParams(this.scope) },
    );
    return rows.map((r) => ({
      id: r.id,
      startTime: r.start_time,
      endTime: r.end_time,
      status: r.status,
      sequence: r.sequence,
      updatedAt: r.updated_at,
      classTypeName: r.class_type_name,
      capacity: r.capacity,
      locationType: r.location_type,
      studioName: r.studio_name,
      booked: r.booked,
      waitlisted: r.waitlisted,
    }));
  }
}
