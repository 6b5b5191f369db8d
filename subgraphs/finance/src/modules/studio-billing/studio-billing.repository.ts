import { Decimal, runSql, scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { booksScopeSql, seesNoBooks } from '../../access/finance-access.js';
import type { BillableSession, RatePeriod } from './studio-billing.lines.js';

/**
 * What month-end billing reads from the other subgraphs' published views (docs/database-contracts/
 * finance.md, "Reads from others"): the rate periods of the caller's contracts
 * (`studios.contract_rate_directory`) and the sessions taught in a period
 * (`scheduling.billable_session_directory`, dated in the studio's zone from
 * `studios.studio_billing_directory`). Only trainers whose books the caller keeps are read.
 */
export class StudioBillingRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * The trainers with contract rates whose books the caller keeps (their own, their team's
   * transitively, or anyone's for a super admin) — only `trainerId` when given.
   */
  async billedTrainers(trainerId: string | null): Promise<string[]> {
    if (seesNoBooks(this.scope)) return [];
    const rows = await runSql<{ trainer_id: string }>(
      this.em,
      `select distinct c.trainer_id from studios.contract_rate_directory c
        where ${booksScopeSql('c.trainer_id')} and (cast(:trainerId as uuid) is null or c.trainer_id = cast(:trainerId as uuid))
        order by c.trainer_id`,
      { ...scopeParams(this.scope), trainerId },
    );
    return rows.map((r) => r.trainer_id);
  }

  /** Every rate period of the contracts of `trainerIds`, oldest first per contract. */
  async ratePeriods(trainerIds: readonly string[]): Promise<RatePeriod[]> {
    if (seesNoBooks(this.scope) || !trainerIds.length) return [];
    const rows = await runSql<Record<string, unknown>>(
      this.em,
      `select trainer_id, studio_id, to_char(effective_from, 'YYYY-MM-DD') as effective_from,
              to_char(effective_until, 'YYYY-MM-DD') as effective_until, class_rates,
              attendee_bonus_threshold, attendee_bonus_rate::text as attendee_bonus_rate, bill_no_shows, bill_late_cancellations
         from studios.contract_rate_directory
        where trainer_id = any(:trainerIds::uuid[])
        order by trainer_id, studio_id, effective_from`,
      { trainerIds: [...trainerIds] },
    );
    return rows.map((r) => ({
      trainerId: r.trainer_id as string,
      studioId: r.studio_id as string,
      effectiveFrom: r.effective_from as string,
      effectiveUntil: (r.effective_until as string | null) ?? null,
      classRates: (r.class_rates as Record<string, string> | null) ?? {},
      bonusThreshold: r.attendee_bonus_threshold === null || r.attendee_bonus_threshold === undefined ? null : Number(r.attendee_bonus_threshold),
      bonusRate: r.attendee_bonus_rate === null || r.attendee_bonus_rate === undefined ? null : new Decimal(r.attendee_bonus_rate as string),
      billNoShows: r.bill_no_shows === true,
      billLateCancellations: r.bill_late_cancellations === true,
    }));
  }

  /**
   * The studio sessions of `trainerIds` in the period `periodStart` – `periodEnd` (both inclusive): a
   * session belongs to it by its start, as a calendar day in its studio's zone. Sessions already on a
   * live invoice line are left out (the unique index decides again when lines are written).
   */
  async sessions(trainerIds: readonly string[], periodStart: string, periodEnd: string): Promise<BillableSession[]> {
    if (seesNoBooks(this.scope) || !trainerIds.length) return [];
    const rows = await runSql<Record<string, unknown>>(
      this.em,
      `select s.id, s.trainer_id, s.studio_id, s.class_type_name, s.category, s.start_time, s.status,
              s.attendees, s.no_shows, s.late_cancellations, d.time_zone,
              to_char((s.start_time at time zone d.time_zone)::date, 'YYYY-MM-DD') as service_date
         from scheduling.billable_session_directory s
         join studios.studio_billing_directory d on d.id = s.studio_id
        where s.trainer_id = any(:trainerIds::uuid[])
          -- every zone is within a day of UTC: a coarse range on start_time first, the zone's days next
          and s.start_time >= (cast(:periodStart as date) - 1)::timestamp at time zone 'UTC'
          and s.start_time < (cast(:periodEnd as date) + 2)::timestamp at time zone 'UTC'
          and (s.start_time at time zone d.time_zone)::date between cast(:periodStart as date) and cast(:periodEnd as date)
          and not exists (select 1 from finance.invoice_items it where it.appointment_id = s.id and it.live)
        order by s.start_time, s.id`,
      { trainerIds: [...trainerIds], periodStart, periodEnd },
    );
    return rows.map((r) => ({
      id: r.id as string,
      trainerId: r.trainer_id as string,
      studioId: r.studio_id as string,
      classTypeName: r.class_type_name as string,
      category: r.category as string,
      startTime: new Date(r.start_time as string | Date),
      status: r.status as BillableSession['status'],
      attendees: Number(r.attendees ?? 0),
      noShows: Number(r.no_shows ?? 0),
      lateCancellations: Number(r.late_cancellations ?? 0),
      timeZone: r.time_zone as string,
      serviceDate: r.service_date as string,
    }));
  }
}
