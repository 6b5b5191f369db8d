import { Decimal } from '@fitflow/kit';
import { DateTime } from 'luxon';
import { toCents } from '../../money.js';
import type { StudioParty } from '../invoice/invoice-party.repository.js';

/**
 * Month-end billing rules, as pure functions (docs/invoices.md, "Generating studio invoices"): which
 * sessions a studio pays for, at which rate, how a line reads, and which studio an invoice is
 * addressed to. Amounts are CAD dollars as decimal.js values; days are calendar days `YYYY-MM-DD` in
 * the studio's zone.
 */

/** One rate period of a contract (`studios.contract_rate_directory`). */
export interface RatePeriod {
  trainerId: string;
  studioId: string;
  /** First day the rates apply (inclusive). */
  effectiveFrom: string;
  /** The next period's first day (exclusive), or null while the period is open. */
  effectiveUntil: string | null;
  /** CAD per session by class category, as decimal strings: `{ "group": "55.00", … }`. */
  classRates: Record<string, string>;
  /** Attendees included in the rate; each one above earns `bonusRate`. Null: no bonus. */
  bonusThreshold: number | null;
  /** CAD per attendee above `bonusThreshold`. */
  bonusRate: Decimal | null;
  /** The studio pays for a session its clients did not show up to. */
  billNoShows: boolean;
  /** The studio pays for a session cancelled because of late cancellations. */
  billLateCancellations: boolean;
}

/** A session taught at a studio (`scheduling.billable_session_directory`), dated in its studio's zone. */
export interface BillableSession {
  id: string;
  trainerId: string;
  studioId: string;
  classTypeName: string;
  category: string;
  /** UTC. */
  startTime: Date;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no-show';
  /** Confirmed bookings not marked absent. */
  attendees: number;
  noShows: number;
  lateCancellations: number;
  /** The studio's IANA zone. */
  timeZone: string;
  /** The session's start as a calendar day in its studio's zone. */
  serviceDate: string;
}

/** Why a session was billed: it took place, or the contract bills its no-show or late cancellation. */
export type BillingBasis = 'completed' | 'no-show' | 'late-cancellation';

/** Why a session of the period is not on an invoice. */
export type SkipReason = 'NOT_COMPLETED' | 'NO_SHOW_NOT_BILLED' | 'LATE_CANCELLATION_NOT_BILLED' | 'NO_CONTRACT' | 'NO_RATE';

/** The line a session becomes: one session, at the rate in force on its day plus the attendee bonus. */
export interface SessionCharge {
  basis: BillingBasis;
  /** CAD: the category's rate plus the bonus. */
  unitPrice: Decimal;
  description: string;
}

export type SessionOutcome = { charge: SessionCharge } | { skip: SkipReason; message: string } | null;

/**
 * The rate period of `periods` (one contract's) in force on `day`: the latest that began on or before
 * it and has not ended (its `effectiveUntil`, the next period's start, is exclusive). Null when none:
 * the contract had no rates yet, or had ended.
 */
export function periodOn(periods: readonly RatePeriod[], day: string): RatePeriod | null {
  let found: RatePeriod | null = null;
  for (const period of periods) {
    if (period.effectiveFrom <= day && (period.effectiveUntil === null || day < period.effectiveUntil)) {
      if (!found || period.effectiveFrom > found.effectiveFrom) found = period;
    }
  }
  return found;
}

/** CAD bonus of a session: attendees above the threshold × the bonus rate (0 without a bonus). */
export function attendeeBonus(period: Pick<RatePeriod, 'bonusThreshold' | 'bonusRate'>, attendees: number): Decimal {
  if (period.bonusThreshold === null || period.bonusRate === null || attendees <= period.bonusThreshold) return new Decimal(0);
  return toCents(period.bonusRate.times(attendees - period.bonusThreshold));
}

/** The session's start as the line prints it, in its studio's zone: "Tue 3 Nov 2026 18:00". */
export const sessionTime = (session: Pick<BillableSession, 'startTime' | 'timeZone'>) =>
  DateTime.fromJSDate(session.startTime, { zone: session.timeZone }).setLocale('en-US').toFormat('ccc d LLL yyyy HH:mm');

/**
 * A line's description: class, start, and who came — "Small-group strength — Tue 3 Nov 2026 18:00 ·
 * 9 attendees (2 above 7 × 5.00)", "Personal training — Mon 2 Nov 2026 07:00 · 1 attendee",
 * "… · no-show", "… · late cancellation".
 */
export function describeSession(session: BillableSession, basis: BillingBasis, period: RatePeriod): string {
  const head = `${session.classTypeName} — ${sessionTime(session)}`;
  if (basis === 'no-show') return `${head} · no-show`;
  if (basis === 'late-cancellation') return `${head} · late cancellation`;
  const people = `${session.attendees} ${session.attendees === 1 ? 'attendee' : 'attendees'}`;
  const bonus = attendeeBonus(period, session.attendees);
  return bonus.isZero()
    ? `${head} · ${people}`
    : `${head} · ${people} (${session.attendees - period.bonusThreshold!} above ${period.bonusThreshold} × ${period.bonusRate!.toFixed(2)})`;
}

/**
 * What a session of the period becomes on its studio's invoice, under its contract's rate periods
 * (`periods`: those of its trainer at its studio):
 *
 * - completed → billed (`completed`);
 * - no-show → billed (`no-show`) only when the rate period in force bills no-shows;
 * - cancelled with late cancellations → billed (`late-cancellation`) only when it bills them;
 * - cancelled otherwise → nothing (null): there is nothing to bill;
 * - still scheduled → skipped (`NOT_COMPLETED`): mark it completed and generate again.
 *
 * The rate is the one in force on the session's day (so a rate change mid-period bills each session
 * at its own rate) for its category; a completed session earns the attendee bonus on top.
 */
export function billSession(session: BillableSession, periods: readonly RatePeriod[]): SessionOutcome {
  if (session.status === 'cancelled' && session.lateCancellations === 0) return null;
  if (session.status === 'scheduled') {
    return { skip: 'NOT_COMPLETED', message: 'The session is not marked completed: mark it completed (or a no-show) and generate again.' };
  }
  if (!periods.length) return { skip: 'NO_CONTRACT', message: 'You have no contract rates at this studio.' };
  const period = periodOn(periods, session.serviceDate);
  if (!period) return { skip: 'NO_RATE', message: `Your contract with this studio has no rates in force on ${session.serviceDate}.` };
  const rate = period.classRates[session.category];
  if (rate === undefined || rate === null || rate === '') {
    return { skip: 'NO_RATE', message: `Your contract with this studio has no rate for ${session.category} classes on ${session.serviceDate}.` };
  }
  let basis: BillingBasis = 'completed';
  if (session.status === 'no-show') {
    if (!period.billNoShows) return { skip: 'NO_SHOW_NOT_BILLED', message: 'Your contract with this studio does not bill no-shows.' };
    basis = 'no-show';
  } else if (session.status === 'cancelled') {
    if (!period.billLateCancellations) {
      return { skip: 'LATE_CANCELLATION_NOT_BILLED', message: 'Your contract with this studio does not bill late cancellations.' };
    }
    basis = 'late-cancellation';
  }
  const base = toCents(new Decimal(rate));
  const unitPrice = basis === 'completed' ? base.plus(attendeeBonus(period, session.attendees)) : base;
  return { charge: { basis, unitPrice, description: describeSession(session, basis, period) } };
}

/**
 * The studio an invoice for sessions at `studioId` is addressed to: the top of its chain when that
 * headquarters bills consolidated (`billing_consolidated`) — one invoice per trainer for the whole
 * chain, its lines grouped by location — else the studio itself.
 */
export function billedStudio(studioId: string, studios: ReadonlyMap<string, StudioParty>): StudioParty | null {
  const studio = studios.get(studioId);
  if (!studio) return null;
  let top = studio;
  const seen = new Set([top.id]);
  while (top.parentStudioId && studios.has(top.parentStudioId) && !seen.has(top.parentStudioId)) {
    top = studios.get(top.parentStudioId)!;
    seen.add(top.id);
  }
  return top.id !== studio.id && top.billingConsolidated ? top : studio;
}
