import { badUserInput, conflict, Decimal, forbidden, notFound, parseId } from '@fitflow/kit';
import { GraphQLError } from 'graphql';
import { DateTime } from 'luxon';
import { managesTrainer } from '../../access/trainer-access.js';
import type { SchedulingContext } from '../../context.js';
import type { SchedulingTx } from '../../data.js';
import type { StudioPlace } from '../../extends/Studio/studio.repository.js';
import { contractActiveOn, type ContractFacts } from '../../extends/StudioContract/studio-contract.repository.js';
import type { ClassTypeEntity } from '../class-type/class-type.entity.js';
import { clashesWith, type Occupied, type TimeSpan } from './appointment.clash.js';
import { dayWords, inZone, spanWords } from './appointment.wording.js';

/*
 * The rules every write to a trainer's calendar checks (docs/scheduling.md, "Sessions" and "Recurring
 * series"), shared by one-off sessions and series: whose calendar, which class type, which place (and
 * the contract that allows it), and that the trainer is free — one trainer, one calendar, across every
 * studio, with their travel buffer. Each check throws the typed error a person can act on, before
 * anything is written.
 */

/** A session lasts 5 minutes to 12 hours (the database refuses longer: `appointments_at_most_12_hours`). */
export const MIN_MINUTES = 5;
export const MAX_MINUTES = 720;
/** The most a studio pays for one session, CAD (as contract class rates: docs/money.md). */
export const MAX_RATE = new Decimal('10000');
/** Free text of a place: an address or a meeting link. */
export const MAX_LOCATION_DETAILS = 500;

export type LocationValue = 'studio' | 'online' | 'client-location';

/**
 * The caller may change `trainerId`'s calendar (access/schedule-write.ts): their own, their team's
 * (Trainer Admin), anyone's (super admin).
 * @throws FORBIDDEN otherwise.
 */
export async function assertMayWrite(ctx: SchedulingContext, trainerId: string): Promise<void> {
  if (!(await managesTrainer(ctx, trainerId))) throw forbidden('You may only change your own sessions and your team’s.');
}

/** "You" when the caller is the trainer, else "The trainer" (the trainer's name is studios' and not published to us). */
export const whoIs = (ctx: SchedulingContext, trainerId: string) => (ctx.scope.trainerIds.includes(trainerId) ? 'You' : 'The trainer');

/**
 * Minutes of a session, checked: the class type's when not given.
 * @throws BAD_USER_INPUT naming `field` outside 5 minutes to 12 hours.
 */
export function checkedDuration(minutes: number | null | undefined, fallback: number, field = 'durationMinutes'): number {
  const value = minutes ?? fallback;
  if (!Number.isInteger(value) || value < MIN_MINUTES) {
    throw badUserInput(`${field} must be at least ${MIN_MINUTES} minutes: the end must come after the start.`, field);
  }
  if (value > MAX_MINUTES) throw badUserInput(`${field} must be at most ${MAX_MINUTES} minutes (12 hours): shorten the session.`, field);
  return value;
}

/**
 * A start that has not passed yet.
 * @throws BAD_USER_INPUT naming `field` otherwise.
 */
export function assertFuture(start: Date, field = 'startTime', now = new Date()): void {
  if (start.getTime() <= now.getTime()) throw badUserInput(`${field} has passed: pick a time from now on.`, field);
}

/**
 * An optional rate the studio pays, CAD.
 * @throws BAD_USER_INPUT (field rate) below 0 or above 10,000.
 */
export function checkedRate(rate: Decimal | null | undefined): Decimal | null {
  if (rate == null) return null;
  if (rate.isNegative() || rate.greaterThan(MAX_RATE)) throw badUserInput(`rate must be from 0 to ${MAX_RATE.toFixed(2)} (CAD per session).`, 'rate');
  return rate;
}

/**
 * The place text as stored (`location_details` jsonb `{ text }`), or null when blank.
 * @throws BAD_USER_INPUT (field locationDetails) over 500 characters.
 */
export function checkedDetails(text: string | null | undefined): Record<string, unknown> | null {
  const value = text?.trim();
  if (!value) return null;
  if (value.length > MAX_LOCATION_DETAILS) {
    throw badUserInput(`locationDetails must be at most ${MAX_LOCATION_DETAILS} characters (an address or a meeting link).`, 'locationDetails');
  }
  return { text: value };
}

/**
 * Where a session is, as given: a studio session names its studio, others name none.
 * @throws BAD_USER_INPUT (field studioId) otherwise; for a malformed id.
 */
export function checkedPlace(locationType: LocationValue, studioId: string | null | undefined): string | null {
  if (locationType === 'studio') {
    if (studioId == null) throw badUserInput('A session at a studio needs studioId: say which studio.', 'studioId');
    return parseId(studioId, 'studioId');
  }
  if (studioId != null) throw badUserInput('studioId is only for sessions at a studio: leave it out, or set locationType to STUDIO.', 'studioId');
  return null;
}

/**
 * The class type of a new session: the trainer's own, and active.
 * @throws NOT_FOUND (Class type) when unknown or another trainer's; BAD_USER_INPUT (field classTypeId) when archived.
 */
export async function classTypeFor(tx: SchedulingTx, trainerId: string, classTypeId: string): Promise<ClassTypeEntity> {
  const [classType] = await tx.classTypes.findByIds([parseId(classTypeId, 'classTypeId')]);
  if (!classType || classType.trainerId !== trainerId) throw notFound('Class type');
  if (classType.status !== 'active') throw badUserInput(`${classType.name} is archived: pick an active class type.`, 'classTypeId');
  return classType;
}

/** A studio and the trainer's contract with it, as read for a write. */
export interface StudioTerms {
  studio: StudioPlace;
  contract: ContractFacts | null;
}

/**
 * The studio of a session and the trainer's contract with it (studios' published directories).
 * @throws NOT_FOUND (Studio) for an unknown studio; BAD_USER_INPUT (field studioId) for a closed one.
 */
export async function studioTerms(tx: SchedulingTx, trainerId: string, studioId: string): Promise<StudioTerms> {
  const [studio] = await tx.studioDirectory.places([studioId]);
  if (!studio) throw notFound('Studio', studioId);
  if (studio.status !== 'active') throw badUserInput(`${studio.name} is not open: pick another studio.`, 'studioId');
  return { studio, contract: await tx.contracts.between(trainerId, studioId) };
}

/** Whether the contract lets the trainer teach on the studio-local day of `start`. */
export function contractCovers(terms: StudioTerms, start: Date): boolean {
  const { contract, studio } = terms;
  return contract !== null && contractActiveOn(contract, inZone(start, studio.timeZone).toISODate()!);
}

/**
 * The trainer's contract with the studio is active on each start's day, in the studio's zone
 * (`studios.contract_directory`: status, start_date, end_date).
 * @throws BAD_USER_INPUT (field studioId): "You have no active contract with Kitsilano Flow Studio on
 * 7 Dec 2026", with how many more of `starts` are uncovered.
 */
export function assertContract(ctx: SchedulingContext, trainerId: string, terms: StudioTerms, starts: readonly Date[]): void {
  const uncovered = starts.filter((start) => !contractCovers(terms, start));
  if (uncovered.length === 0) return;
  const who = whoIs(ctx, trainerId) === 'You' ? 'You have' : 'The trainer has';
  const more = uncovered.length > 1 ? ` (nor on ${uncovered.length - 1} later date${uncovered.length > 2 ? 's' : ''} of the series)` : '';
  const ended = terms.contract?.endDate
    ? ` The contract runs until ${DateTime.fromISO(terms.contract.endDate).setLocale('en-GB').toFormat('d LLL yyyy')}.`
    : '';
  throw badUserInput(
    `${who} no active contract with ${terms.studio.name} on ${dayWords(uncovered[0], terms.studio.timeZone)}${more}.${ended} Pick another studio or date, or agree a contract with the studio first.`,
    'studioId',
  );
}

/** The rate of a session at a studio by default: the contract's class rate for the class type's category. */
export function contractRate(terms: StudioTerms | null, classType: ClassTypeEntity): Decimal | null {
  const rate = terms?.contract?.classRates?.[classType.category];
  return rate == null ? null : new Decimal(rate);
}

/** A session about to be written, with its own zone for messages (its studio's, or the series'). */
export interface Candidate extends TimeSpan {
  timeZone: string | null;
}

/** One clash, as `extensions.clashes` lists it (UTC instants; `occurrenceStart` for series). */
export interface ClashReport {
  appointmentId: string;
  startTime: string;
  endTime: string;
  studioId: string | null;
  occurrenceStart?: string;
  date?: string;
}

/**
 * The trainer is free for every candidate: no session of theirs, at any studio, overlaps one or lies
 * within their travel buffer of it at another place (appointment.clash.ts). Run it after
 * `tx.appointments.lockCalendar(trainerId)`, so the calendar cannot change before the write.
 * @param ignore sessions being replaced or moved by this very write.
 * @param series when set, candidates are a series' occurrences: the error lists every clashing date.
 * @throws CONFLICT naming the clashing session's time in its studio's zone and its studio, with
 * `extensions.clashes`.
 */
export async function assertFree(
  ctx: SchedulingContext,
  tx: SchedulingTx,
  trainerId: string,
  candidates: readonly Candidate[],
  options: { ignore?: ReadonlySet<string>; series?: boolean } = {},
): Promise<void> {
  if (candidates.length === 0) return;
  const buffer = await tx.trainerSettings.travelBuffer(trainerId);
  const margin = (buffer + 1) * 60_000;
  const from = new Date(Math.min(...candidates.map((c) => c.startTime.getTime())) - margin);
  const to = new Date(Math.max(...candidates.map((c) => c.endTime.getTime())) + margin);
  const occupied = (await tx.appointments.occupied(trainerId, from, to)).filter((o) => !options.ignore?.has(o.id));
  const found = candidates.flatMap((candidate) => clashesWith(candidate, occupied, buffer).map((other) => ({ candidate, other })));
  if (found.length === 0) return;
  const studios = new Map(
    (await tx.studioDirectory.places([...new Set(found.flatMap(({ other }) => (other.studioId ? [other.studioId] : [])))])).map((s) => [s.id, s]),
  );
  throw clashError(ctx, trainerId, found, studios, buffer, Boolean(options.series));
}

function clashError(
  ctx: SchedulingContext,
  trainerId: string,
  found: { candidate: Candidate; other: Occupied }[],
  studios: Map<string, StudioPlace>,
  buffer: number,
  series: boolean,
): GraphQLError {
  const who = whoIs(ctx, trainerId);
  const describe = ({ candidate, other }: { candidate: Candidate; other: Occupied }) => {
    const studio = other.studioId ? studios.get(other.studioId) : null;
    const where = studio ? ` at ${studio.name}` : other.locationType === 'online' ? ' (online)' : ' (at a client’s)';
    const zone = other.timeZone ?? candidate.timeZone;
    return `${spanWords(other.startTime, other.endTime, zone, series)}${where}`;
  };
  const overlaps = found.some(({ candidate, other }) => candidate.startTime < other.endTime && other.startTime < candidate.endTime);
  const travel = overlaps ? '' : ` ${who === 'You' ? 'You keep' : 'The trainer keeps'} ${buffer} minutes between places.`;
  let message: string;
  if (!series) {
    const has = who === 'You' ? 'You already have' : 'The trainer already has';
    message = `${has} a session then: ${[...new Set(found.map(describe))].join('; ')}.${travel} Pick another time.`;
  } else {
    const dates = new Map<string, string[]>();
    for (const clash of found) {
      const day = dayWords(clash.candidate.startTime, clash.candidate.timeZone);
      dates.set(day, [...(dates.get(day) ?? []), describe(clash)]);
    }
    const list = [...dates].map(([day, others]) => `${day} (${others.join('; ')})`).join(', ');
    const has = who === 'You' ? 'you already have' : 'the trainer already has';
    message = `${dates.size} of the series’ dates clash with sessions ${has}: ${list}.${travel} Change the series’ time or days, or move those sessions first; nothing was scheduled.`;
  }
  const clashes: ClashReport[] = found.map(({ candidate, other }) => ({
    appointmentId: other.id,
    startTime: other.startTime.toISOString(),
    endTime: other.endTime.toISOString(),
    studioId: other.studioId,
    ...(series ? { occurrenceStart: candidate.startTime.toISOString(), date: inZone(candidate.startTime, candidate.timeZone).toISODate()! } : {}),
  }));
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', clashes } });
}

/** True for PostgreSQL's exclusion-constraint violation (SQLSTATE 23P01): two sessions of one trainer overlap. */
export function isDoubleBooking(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return e?.code === '23P01' || e?.driverError?.code === '23P01';
}

/**
 * Runs a calendar write as one unit of work and answers a double booking that slipped past the check
 * (two requests racing, each before the other's commit: PostgreSQL's exclusion constraint refuses the
 * second, SQLSTATE 23P01) with the same CONFLICT as the check: the clash is looked up again, now
 * committed, to name it.
 * @param recheck the candidates and options to name the clash with ({@link assertFree}).
 */
export async function writeCalendar<T>(
  ctx: SchedulingContext,
  trainerId: string,
  work: (tx: SchedulingTx) => Promise<T>,
  recheck: () => { candidates: readonly Candidate[]; ignore?: ReadonlySet<string>; series?: boolean },
): Promise<T> {
  try {
    return await ctx.data.run(work);
  } catch (error) {
    if (!isDoubleBooking(error)) throw error;
    const { candidates, ...options } = recheck();
    await ctx.data.run((tx) => assertFree(ctx, tx, trainerId, candidates, options));
    throw conflict(`${whoIs(ctx, trainerId) === 'You' ? 'You already have' : 'The trainer already has'} a session then. Pick another time.`);
  }
}
