import type { Cursor } from '@fitflow/kit';
import { In, type DataSource } from 'typeorm';
import { AppointmentEntity } from './appointment.entity.js';
import { ParticipantEntity } from '../participant/participant.entity.js';

/** Which appointments of each parent a page covers. */
export interface PageQuery {
  /**
   * What the pages are per: one page for each parent id. For `contract` a parent id is
   * `<trainer id>:<studio id>`.
   */
  parent: 'trainer_id' | 'studio_id' | 'client_id' | 'contract';
  parentIds: readonly string[];
  /** Only `status = 'scheduled'` and `start_time >= now()`. */
  upcomingOnly?: boolean;
  /** Start of the range (inclusive, UTC) and end (exclusive). */
  from?: Date;
  to?: Date;
  /** Narrow to one trainer or studio as well as the parent. */
  trainerId?: string;
  studioId?: string;
  /** Page size; `first + 1` rows are returned per parent so callers know if more follow. */
  first: number;
  after: Cursor | null;
}

/** Data access to `scheduling.appointments` and participants. */
export class AppointmentRepository {
  constructor(private readonly ds: DataSource) {}

  findByIds(ids: readonly string[]): Promise<AppointmentEntity[]> {
    return this.ds.getRepository(AppointmentEntity).findBy({ id: In([...ids]) });
  }

  participantsOf(appointmentIds: readonly string[]): Promise<ParticipantEntity[]> {
    return this.ds.getRepository(ParticipantEntity).find({ where: { appointmentId: In([...appointmentIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * One page of appointments per parent, all parents in ONE statement (a window function numbers each
   * parent's rows in (start_time, id) order). Returns `[parentId, appointment id]` pairs in page order.
   */
  async pageIds(q: PageQuery): Promise<{ parentId: string; id: string }[]> {
    const contract = q.parent === 'contract';
    const params: unknown[] = contract
      ? [q.parentIds.map((id) => id.split(':')[0]), q.parentIds.map((id) => id.split(':')[1])]
      : [q.parentIds];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.upcomingOnly) where.push("a.status = 'scheduled' and a.start_time >= now()");
    if (q.from) add('a.start_time >= ?', q.from);
    if (q.to) add('a.start_time < ?', q.to);
    if (q.trainerId) add('a.trainer_id = ?', q.trainerId);
    if (q.studioId) add('a.studio_id = ?', q.studioId);
    if (q.after) {
      params.push(new Date(q.after.key), q.after.id);
      where.push(`(a.start_time, a.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(q.first + 1);
    const parentColumn =
      q.parent === 'client_id' ? 'p.client_id' : contract ? "a.trainer_id::text || ':' || a.studio_id::text" : `a.${q.parent}`;
    const join =
      q.parent === 'client_id'
        ? "join scheduling.appointment_participants p on p.appointment_id = a.id and p.status <> 'cancelled'"
        : contract
          ? 'join unnest($1::uuid[], $2::uuid[]) as pair(trainer_id, studio_id) on a.trainer_id = pair.trainer_id and a.studio_id = pair.studio_id'
          : '';
    const parentFilter = contract ? 'true' : `${parentColumn} = any($1::uuid[])`;
    const rows: { parent_id: string; id: string }[] = await this.ds.query(
      `select parent_id, id from (
         select ${parentColumn} as parent_id, a.id, a.start_time,
                row_number() over (partition by ${parentColumn} order by a.start_time, a.id) as n
           from scheduling.appointments a ${join}
          where ${parentFilter} ${where.map((w) => `and ${w}`).join(' ')}
       ) paged
       where n <= $${params.length}
       order by parent_id, start_time, id`,
      params,
    );
    return rows.map((r) => ({ parentId: String(r.parent_id), id: r.id }));
  }

  /** Each studio's IANA time zone, from studios' published `studio_directory`. */
  timeZonesOf(studioIds: readonly string[]): Promise<{ id: string; time_zone: string }[]> {
    return this.ds.query('select id, time_zone from studios.studio_directory where id = any($1::uuid[])', [studioIds]);
  }
}
