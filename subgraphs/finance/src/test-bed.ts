import type { QueryCounter } from '@fitflow/kit';
import { testEnv, testKeyRing, tokenFor, useSubgraphTestBed } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { buildFinanceServer } from './server.js';

/**
 * Integration tests only: the finance server on the runtime role (row-level security applies), its
 * statements counted by `counter` when given, beside an owner connection (testkit `useSubgraphTestBed`).
 * @param now the server's clock (default: the system's).
 */
export const useFinanceTestBed = (counter?: QueryCounter, now?: () => Date) =>
  useSubgraphTestBed('finance', (deps) => buildFinanceServer({ ...deps, keyRing: testKeyRing(), now }), { counter, as: 'app' });

/** A rate period of a fixture contract (`studios.contract_rates`). */
export interface FixtureRates {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** CAD per session by category, e.g. `{ group: '50.00' }` (two decimals: studios checks it). */
  rates: Record<string, string>;
  bonus?: { threshold: number; rate: string };
  /** Default false (studios' own default is true): a test says when it bills them. */
  billNoShows?: boolean;
  billLateCancellations?: boolean;
}

/** A fixture session (`scheduling.appointments` and its bookings). */
export interface FixtureSession {
  /** UTC start (ISO). */
  start: string;
  category?: 'group' | 'individual' | 'trial';
  className?: string;
  status?: 'scheduled' | 'completed' | 'cancelled' | 'no-show';
  /** Confirmed bookings marked attended. */
  attendees?: number;
  /** Confirmed bookings marked absent. */
  noShows?: number;
  /** Bookings cancelled late. */
  lateCancellations?: number;
  minutes?: number;
}

/**
 * Integration tests only: fresh trainers, studios, contracts and sessions of their own — written
 * through a superuser connection into the studios and scheduling schemas, which finance reads through
 * their published views — so that billing tests never change the demo tenant other test files compare
 * against. Everything made is deleted after the file's tests (its invoices included).
 */
export function useBillingFixtures() {
  let pool: pg.Pool;
  const trainers: string[] = [];
  const studios: string[] = [];
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: testEnv().adminUrl, max: 2 });
  });
  afterAll(async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      // The invoices' triggers refuse deleting an issued invoice's lines: this cleanup is not the application.
      await client.query('set local session_replication_role = replica');
      for (const statement of [
        'delete from finance.invoice_items where invoice_id in (select id from finance.invoices where trainer_id = any($1::uuid[]))',
        // Triggers are off (foreign keys too): every row that names an invoice goes before the invoice.
        'delete from finance.invoice_documents where invoice_id in (select id from finance.invoices where trainer_id = any($1::uuid[]))',
        'delete from finance.payments where trainer_id = any($1::uuid[])',
        'delete from finance.invoices where trainer_id = any($1::uuid[]) and credited_invoice_id is not null',
        'delete from finance.invoices where trainer_id = any($1::uuid[])',
        'delete from finance.invoice_sequences where trainer_id = any($1::uuid[])',
        'delete from scheduling.appointment_participants where appointment_id in (select id from scheduling.appointments where trainer_id = any($1::uuid[]))',
        'delete from scheduling.appointments where trainer_id = any($1::uuid[])',
        'delete from scheduling.class_types where trainer_id = any($1::uuid[])',
        'delete from studios.contract_rates where trainer_studio_id in (select id from studios.trainer_studios where trainer_id = any($1::uuid[]))',
        'delete from studios.trainer_studios where trainer_id = any($1::uuid[])',
        'delete from studios.trainers where id = any($1::uuid[]) and parent_trainer_id is not null',
        'delete from studios.trainers where id = any($1::uuid[])',
      ]) {
        await client.query(statement, [trainers]);
      }
      await client.query('delete from studios.studios where id = any($1::uuid[]) and parent_studio_id is not null', [studios]);
      await client.query('delete from studios.studios where id = any($1::uuid[])', [studios]);
      await client.query('commit');
    } finally {
      client.release();
      await pool.end();
    }
  });

  const fixtures = {
    /** Runs SQL as the superuser (fixtures, and changes a test makes on purpose). */
    sql: async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => (await pool.query(text, params)).rows as T[],

    /**
     * A fresh trainer (GST-registered with a valid number unless `gst: null`), optionally in a team.
     * @returns their id and an `Authorization` header for them (a Trainer Admin when `admin`).
     */
    async trainer(options: { parentTrainerId?: string; gst?: string | null; qst?: string | null; prefix?: string; admin?: boolean } = {}) {
      const id = randomUUID();
      trainers.push(id);
      await pool.query(
        `insert into studios.trainers (id, parent_trainer_id, first_name, last_name, business_name, gst_number, qst_number, invoice_prefix, time_zone, status)
         values ($1, $2, 'Test', 'Trainer', 'Test Training Co', $3, $4, $5, 'America/Toronto', 'active')`,
        [id, options.parentTrainerId ?? null, options.gst === undefined ? '123456782 RT0001' : options.gst, options.qst ?? null, options.prefix ?? 'TT'],
      );
      const roles = [{ role: 'trainer' as const, scopeId: id }, ...(options.admin ? [{ role: 'trainer_admin' as const, scopeId: id }] : [])];
      return { id, auth: () => tokenFor(id, roles) };
    },

    /** A fresh studio (a headquarters unless `parentId`), in Ontario unless told. @returns its id and a Studio Admin's header. */
    async studio(options: { parentId?: string; province?: string; zone?: string; consolidated?: boolean; netDays?: number; name?: string } = {}) {
      const id = randomUUID();
      studios.push(id);
      const province = options.province ?? 'ON';
      await pool.query(
        `insert into studios.studios (id, parent_studio_id, name, business_number, address, time_zone, payment_terms, is_headquarters, billing_consolidated, status)
         values ($1, $2, $3, '845612378 RT0001', $4, $5, $6, $7, $8, 'active')`,
        [
          id,
          options.parentId ?? null,
          options.name ?? `Studio ${id.slice(0, 6)}`,
          JSON.stringify({ line1: '1 Test St', city: 'Testville', province, postal_code: 'A1A 1A1' }),
          options.zone ?? 'America/Toronto',
          JSON.stringify({ net_days: options.netDays ?? 30 }),
          !options.parentId,
          options.consolidated ?? false,
        ],
      );
      const admin = randomUUID();
      return { id, auth: () => tokenFor(admin, [{ role: 'studio_admin', scopeId: id }]) };
    },

    /** A contract of `trainerId` at `studioId` with its rate periods. */
    async contract(trainerId: string, studioId: string, periods: FixtureRates[]) {
      const [contract] = (
        await pool.query(`insert into studios.trainer_studios (trainer_id, studio_id, start_date) values ($1, $2, $3) returning id`, [
          trainerId,
          studioId,
          periods[0]?.from ?? '2020-01-01',
        ])
      ).rows as { id: string }[];
      for (const p of periods) {
        await pool.query(
          `insert into studios.contract_rates (trainer_studio_id, effective_from, class_rates, attendee_bonus_threshold, attendee_bonus_rate,
                                               bill_no_shows, bill_late_cancellations)
           values ($1, $2, $3, $4, $5, $6, $7)`,
          [
            contract!.id,
            p.from,
            JSON.stringify(p.rates),
            p.bonus?.threshold ?? null,
            p.bonus?.rate ?? null,
            p.billNoShows ?? false,
            p.billLateCancellations ?? false,
          ],
        );
      }
    },

    /** A session of `trainerId` at `studioId` with its bookings. @returns the appointment id. */
    async session(trainerId: string, studioId: string, session: FixtureSession): Promise<string> {
      const category = session.category ?? 'group';
      const className =
        session.className ?? (category === 'group' ? 'Small-group strength' : category === 'individual' ? 'Personal training' : 'Intro session');
      const [type] = (
        await pool.query(
          `with found as (select id from scheduling.class_types where trainer_id = $1 and name = $2 and category = $3),
                made as (insert into scheduling.class_types (trainer_id, name, category, duration_minutes, max_participants)
                         select $1, $2, $3, 60, 20 where not exists (select 1 from found) returning id)
           select id from found union all select id from made`,
          [trainerId, className, category],
        )
      ).rows as { id: string }[];
      const id = randomUUID();
      const status = session.status ?? 'completed';
      const start = new Date(session.start);
      const end = new Date(start.getTime() + (session.minutes ?? 60) * 60_000);
      await pool.query(
        `insert into scheduling.appointments (id, trainer_id, studio_id, class_type_id, start_time, end_time, status, cancelled_at, completed_at)
         values ($1, $2, $3, $4, $5, $6, $7::varchar, case when $7::varchar = 'cancelled' then $5::timestamptz - interval '2 hours' end,
                 case when $7::varchar = 'completed' then $6::timestamptz end)`,
        [id, trainerId, studioId, type!.id, start, end, status],
      );
      const bookings = [
        ...Array.from({ length: session.attendees ?? (status === 'completed' ? 1 : 0) }, () => ['confirmed', true, false]),
        ...Array.from({ length: session.noShows ?? 0 }, () => ['confirmed', false, false]),
        ...Array.from({ length: session.lateCancellations ?? 0 }, () => ['cancelled', null, true]),
      ];
      for (const [bookingStatus, attended, late] of bookings) {
        await pool.query(
          `insert into scheduling.appointment_participants (appointment_id, client_id, status, attended, late_cancellation, cancelled_at)
           values ($1, $2, $3::varchar, $4, $5, case when $3::varchar = 'cancelled' then $6::timestamptz - interval '3 hours' end)`,
          [id, randomUUID(), bookingStatus, attended, late, start],
        );
      }
      return id;
    },
  };
  return fixtures;
}
