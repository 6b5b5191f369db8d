/**
 * The raw-SQL floor: the rows an operation's query plan reads, one statement per subgraph fetch (in
 * the plan's order, parallel where the plan is), over a warm `pg` pool as the superuser: no GraphQL,
 * no row-level security, no decryption, no access-log rows. What the database alone costs for the
 * same answer. Each statement takes its parameters from the previous ones' rows, as the fetches take
 * their representations from earlier answers.
 */
import pg from 'pg';
import type { Operation, OperationUser } from './operations.js';

/** A pool of `size` connections to the bench database, as its superuser, kept open (warm). */
export function openFloorPool(adminUrl: string, size: number): pg.Pool {
  return new pg.Pool({ connectionString: adminUrl, max: size, idleTimeoutMillis: 0 });
}

/** One virtual request of an operation's floor. */
export type Floor = (pool: pg.Pool, operation: Operation, user: OperationUser) => Promise<void>;

/** The caller, as identity's `me` reads it (the plan's first fetch). */
async function me(pool: pg.Pool, email: string): Promise<string> {
  const { rows } = await pool.query('select id, email, display_name from identity.users where email = $1 and deleted_at is null', [email]);
  if (!rows.length) throw new Error('floor: no such user');
  return rows[0].id as string;
}

const floors: Record<string, Floor> = {
  // identity me → studios trainer + contracts + studio → scheduling upcomingAppointments(first: 2) + participants → clients client + latest note.
  async dashboard(pool, _op, user) {
    const userId = await me(pool, user.email);
    const contracts = await pool.query(
      `select t.first_name, t.last_name, c.trainer_id, c.studio_id, s.name, s.time_zone
         from studios.trainers t
         join studios.trainer_studios c on c.trainer_id = t.id and c.status = 'active'
         join studios.studios s on s.id = c.studio_id
        where t.id = $1`,
      [userId],
    );
    const appointments = await pool.query(
      `select c.studio_id, a.id, a.start_time, p.client_id
         from unnest($2::uuid[]) c(studio_id)
         cross join lateral (
           select a.id, a.start_time from scheduling.appointments a
            where a.trainer_id = $1 and a.studio_id = c.studio_id and a.start_time > now() and a.status <> 'cancelled'
            order by a.start_time, a.id limit 2) a
         left join scheduling.appointment_participants p on p.appointment_id = a.id and p.status = 'confirmed'`,
      [userId, contracts.rows.map((row) => row.studio_id)],
    );
    const clientIds = [...new Set(appointments.rows.map((row) => row.client_id).filter(Boolean))];
    await pool.query(
      `select c.id, c.first_name, c.last_name, n.session_date, n.assessment, n.plan
         from clients.clients c
         left join lateral (
           select n.session_date, n.assessment, n.plan from clients.session_notes n
            where n.client_id = c.id order by n.session_date desc, n.created_at desc limit 1) n on true
        where c.id = any($1::uuid[]) and c.deleted_at is null`,
      [clientIds],
    );
  },

  // identity me → studios trainer → scheduling appointments(from, to, first: 100) → studios studio names.
  async week(pool, _op, user) {
    const userId = await me(pool, user.email);
    const trainer = await pool.query('select id from studios.trainers where id = $1', [userId]);
    const appointments = await pool.query(
      `select a.id, a.start_time, a.end_time, a.status, a.studio_id, ct.id as class_type_id, ct.name, ct.category, ct.color,
              ct.max_participants, s.time_zone, p.head_count, p.waitlist_count
         from scheduling.appointments a
         join scheduling.class_types ct on ct.id = a.class_type_id
         left join studios.studio_directory s on s.id = a.studio_id
         left join lateral (
           select count(*) filter (where p.status = 'confirmed') as head_count, count(*) filter (where p.status = 'waitlisted') as waitlist_count
             from scheduling.appointment_participants p where p.appointment_id = a.id) p on true
        where a.trainer_id = $1 and a.start_time < $3 and a.end_time > $2
        order by a.start_time, a.id limit 101`,
      [trainer.rows[0]?.id ?? userId, user.variables.from, user.variables.to],
    );
    await pool.query('select id, name from studios.studios where id = any($1::uuid[])', [[...new Set(appointments.rows.map((row) => row.studio_id))]]);
  },

  // scheduling openSlots: the windows, the calendar around them, the class type and the travel buffer.
  async openSlots(pool, _op, user) {
    const { trainerId, studioId, classTypeId, from, to } = user.variables;
    await pool.query(
      `select (select json_agg(w) from scheduling.trainer_availability w where w.trainer_id = $1 and w.studio_id = $2) as windows,
              (select json_agg(o) from (
                 select a.start_time, a.end_time, a.studio_id from scheduling.appointments a
                  where a.trainer_id = $1 and a.status <> 'cancelled' and a.start_time < $4::timestamptz + interval '4 hours'
                    and a.end_time > $3::timestamptz - interval '4 hours' order by a.start_time) o) as busy,
              (select ct.duration_minutes from scheduling.class_types ct where ct.id = $5 and ct.trainer_id = $1) as duration,
              (select s.travel_buffer_minutes from scheduling.trainer_settings s where s.trainer_id = $1) as buffer,
              (select d.time_zone from studios.studio_directory d where d.id = $2) as time_zone`,
      [trainerId, studioId, from, to, classTypeId],
    );
  },

  // studios studio + child studios → finance invoices(first: 100) of each (in parallel) → studios names and trainers (in parallel).
  async invoices(pool, _op, user) {
    const studios = await pool.query('select id, name, time_zone, parent_studio_id from studios.studios where id = $1 or parent_studio_id = $1', [
      user.variables.studioId,
    ]);
    const page = (studioId: string) =>
      pool.query(
        `select i.id, i.invoice_number, i.document_type, i.invoice_date, i.due_date, i.status, i.total, i.approved_at, i.studio_id, i.trainer_id,
                c.id as credited_id, c.invoice_number as credited_number, coalesce(p.paid, 0) as amount_paid, items.items
           from finance.invoices i
           left join finance.invoices c on c.id = i.credited_invoice_id
           left join lateral (select sum(p.amount) as paid from finance.payments p where p.invoice_id = i.id and p.status = 'completed') p on true
           left join lateral (select json_agg(json_build_object('id', it.id, 'location', it.location_studio_id) order by it.position) as items
                                from finance.invoice_items it where it.invoice_id = i.id) items on true
          where i.studio_id = $1
          order by i.invoice_date desc, i.id desc limit 101`,
        [studioId],
      );
    const pages = await Promise.all(studios.rows.map((row) => page(row.id)));
    const invoices = pages.flatMap((result) => result.rows);
    const studioIds = [...new Set(invoices.flatMap((row) => [row.studio_id, ...((row.items ?? []) as { location: string }[]).map((item) => item.location)]))];
    await Promise.all([
      pool.query('select id, name from studios.studios where id = any($1::uuid[])', [studioIds.filter(Boolean)]),
      pool.query('select id, first_name, last_name from studios.trainers where id = any($1::uuid[])', [[...new Set(invoices.map((row) => row.trainer_id))]]),
    ]);
  },
};

/** The floor of operation `name`, or undefined when none is written (month-end writes; its floor would be another benchmark). */
export const floorOf = (name: string): Floor | undefined => floors[name];
