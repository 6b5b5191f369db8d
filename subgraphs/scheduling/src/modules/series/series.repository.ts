import { Decimal, runSql, scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { seriesInScopeSql } from '../../access/schedule-write.js';
import type { SeriesEntity } from './series.entity.js';

/** A new series: everything but what the database sets. */
export type NewSeries = Omit<SeriesEntity, 'id' | 'createdAt' | 'updatedAt'>;
/** What a write may change on a series. */
export type SeriesChanges = Partial<Pick<SeriesEntity, 'rrule' | 'status' | 'materialisedUntil'>>;

/** Every column, `local_start` as its wall-clock text. */
const COLUMNS = `s.id, s.trainer_id, s.studio_id, s.class_type_id, s.rrule, s.time_zone,
  to_char(s.local_start, 'YYYY-MM-DD"T"HH24:MI') as local_start, s.duration_minutes, s.location_type, s.location_details,
  s.rate::text as rate, s.materialised_until, s.split_from_id, s.status, s.created_at, s.updated_at`;

/**
 * Data access to `scheduling.appointment_series`. Reads are limited to the caller's scope
 * ({@link seriesInScopeSql}); writes follow the service's access decision. Series are never deleted
 * (the runtime role may not): a split or cancelled series stays as history.
 */
export class SeriesRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** Series by id (lower-case UUIDs) that the caller may read. */
  async findByIds(ids: readonly string[]): Promise<SeriesEntity[]> {
    if (ids.length === 0) return [];
    const rows = await runSql(this.em, `select ${COLUMNS} from scheduling.appointment_series s where s.id = any(:ids::uuid[]) and ${seriesInScopeSql('s')}`, {
      ids: [...ids],
      ...scopeParams(this.scope),
    });
    return rows.map(toSeries);
  }

  /** One series the caller may read, locked until the transaction ends (after the trainer's calendar lock). */
  async findForUpdate(id: string): Promise<SeriesEntity | null> {
    const [row] = await runSql(
      this.em,
      `select ${COLUMNS} from scheduling.appointment_series s where s.id = :id and ${seriesInScopeSql('s')} for update of s`,
      {
        id,
        ...scopeParams(this.scope),
      },
    );
    return row ? toSeries(row) : null;
  }

  /** Adds a series and returns it as stored. */
  async insert(series: NewSeries): Promise<SeriesEntity> {
    const [row] = await runSql(
      this.em,
      `insert into scheduling.appointment_series as s
              (trainer_id, studio_id, class_type_id, rrule, time_zone, local_start, duration_minutes, location_type, location_details,
               rate, materialised_until, split_from_id, status)
       values (:trainerId, :studioId, :classTypeId, :rrule, :timeZone, :localStart::timestamp, :durationMinutes, :locationType, :locationDetails::jsonb,
               :rate::numeric, :materialisedUntil, :splitFromId, :status)
       returning ${COLUMNS}`,
      {
        ...series,
        locationDetails: series.locationDetails ? JSON.stringify(series.locationDetails) : null,
        rate: series.rate?.toFixed(2) ?? null,
      },
    );
    return toSeries(row);
  }

  /** Changes a series (already locked and checked by the service) and returns it as stored. */
  async update(id: string, changes: SeriesChanges): Promise<SeriesEntity> {
    const result = await runSql(
      this.em,
      `update scheduling.appointment_series s
          set rrule = coalesce(:rrule, s.rrule), status = coalesce(:status, s.status),
              materialised_until = coalesce(:materialisedUntil::timestamptz, s.materialised_until), updated_at = now()
        where s.id = :id
        returning ${COLUMNS}`,
      { id, rrule: changes.rrule ?? null, status: changes.status ?? null, materialisedUntil: changes.materialisedUntil ?? null },
    );
    // TypeORM answers an UPDATE with [rows, affected].
    const rows = (Array.isArray(result[0]) ? result[0] : result) as Record<string, unknown>[];
    return toSeries(rows[0]);
  }
}

function toSeries(row: Record<string, unknown>): SeriesEntity {
  return {
    id: row.id as string,
    trainerId: row.trainer_id as string,
    studioId: row.studio_id as string | null,
    classTypeId: row.class_type_id as string,
    rrule: row.rrule as string,
    timeZone: row.time_zone as string,
    localStart: row.local_start as string,
    durationMinutes: row.duration_minutes as number,
    locationType: row.location_type as SeriesEntity['locationType'],
    locationDetails: row.location_details as Record<string, unknown> | null,
    rate: row.rate == null ? null : new Decimal(row.rate as string),
    materialisedUntil: row.materialised_until as Date,
    splitFromId: row.split_from_id as string | null,
    status: row.status as SeriesEntity['status'],
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  };
}
