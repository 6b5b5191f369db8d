import { badUserInput, conflict, notFound, parseId, redact } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import type { ClientsContext } from '../../context.js';
import type { ClientsTx } from '../../data.js';
import { assertClinicalWriter, writingTrainerOf } from '../../access/clinical-writer.js';
import type { TrainingPlanEntity, TrainingPlanRecord } from './training-plan.entity.js';
import type { CreateTrainingPlanInput, TrainingPlanDetailsInput, UpdateTrainingPlanInput } from './training-plan.inputs.js';
import { openTrainingPlans, sealTrainingPlan } from './training-plan.sealing.js';
import { TrainingPlanStatus, TrainingPlanType } from './training-plan.type.js';

/** Audit rows name the table they describe. */
const TABLE = 'training_plans';
/** Sealed fields, recorded as "[redacted]" in audit rows. */
const PLAN_PHI: readonly string[] = ['planDetails', 'progressMetrics'];

/** A client's training plans, newest start date first. */
export async function trainingPlansOfClient(ctx: ClientsContext, clientId: string): Promise<TrainingPlanType[]> {
  return (await ctx.loaders.trainingPlansOfClient.load(clientId)).map(TrainingPlanType.from);
}

/** The structure stored (sealed) in `plan_details`: phases of numbered weeks of sessions of exercises. */
export interface PlanDetails {
  phases: {
    name: string;
    focus: string | null;
    weeks: {
      week: number;
      sessions: {
        name: string;
        dayOfWeek: number | null;
        exercises: {
          name: string;
          sets: number | null;
          reps: number | null;
          weightKg: number | null;
          durationSeconds: number | null;
          restSeconds: number | null;
          notes: string | null;
        }[];
      }[];
    }[];
  }[];
  notes: string | null;
}

/**
 * The plan structure to store, from an input class-validator already bounded (phases, weeks,
 * sessions, exercises, string lengths). Checks what spans the levels: week numbers go up through the
 * phases, each once, so a plan holds at most 52 weeks.
 * @throws BAD_USER_INPUT naming `planDetails` otherwise.
 */
export function planDetailsOf(input: TrainingPlanDetailsInput): PlanDetails {
  let last = 0;
  for (const phase of input.phases) {
    for (const week of phase.weeks) {
      if (week.week <= last) {
        throw badUserInput(
          `planDetails: week ${week.week} of phase "${phase.name.trim()}" comes after week ${last}: number the weeks 1 to 52 in order through the phases, each once.`,
          'planDetails',
        );
      }
      last = week.week;
    }
  }
  return {
    phases: input.phases.map((p) => ({
      name: p.name.trim(),
      focus: p.focus ?? null,
      weeks: p.weeks.map((w) => ({
        week: w.week,
        sessions: w.sessions.map((s) => ({
          name: s.name.trim(),
          dayOfWeek: s.dayOfWeek ?? null,
          exercises: s.exercises.map((e) => ({
            name: e.name.trim(),
            sets: e.sets ?? null,
            reps: e.reps ?? null,
            weightKg: e.weightKg ?? null,
            durationSeconds: e.durationSeconds ?? null,
            restSeconds: e.restSeconds ?? null,
            notes: e.notes ?? null,
          })),
        })),
      })),
    })),
    notes: input.notes ?? null,
  };
}

/** The last week number of a stored plan structure (0 when it has none, e.g. a plan written before structures). */
const lastWeekOf = (details: Record<string, unknown>): number => {
  const phases = (details as Partial<PlanDetails>).phases;
  return Array.isArray(phases) ? Math.max(0, ...phases.flatMap((p) => (Array.isArray(p.weeks) ? p.weeks.map((w) => Number(w.week) || 0) : []))) : 0;
};

/** The calendar day `days` after LocalDate `day` (calendar arithmetic on dates, no zone involved). */
const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The plan's dates hold its weeks: the end is not before the start, and the last week starts by the end.
 * @throws BAD_USER_INPUT naming `endDate` otherwise.
 */
export function assertPlanDates(startDate: string, endDate: string | null, lastWeek: number): void {
  if (endDate == null) return;
  if (endDate < startDate) throw badUserInput('endDate must not be before startDate: move the end later or the start earlier.', 'endDate');
  if (lastWeek > 0 && plusDays(startDate, 7 * (lastWeek - 1)) > endDate) {
    throw badUserInput(
      `endDate ends the plan before week ${lastWeek} starts (${plusDays(startDate, 7 * (lastWeek - 1))}): move the end later or drop weeks.`,
      'endDate',
    );
  }
}

/** Opens one plan row of unit of work `tx`. */
async function openOne(tx: ClientsTx, row: TrainingPlanEntity): Promise<TrainingPlanRecord> {
  const [plan] = await openTrainingPlans(tx, [row]);
  if (!plan) throw notFound('Training plan'); // the client was erased meanwhile
  return plan;
}

/**
 * Creates a training plan for a client, its structure sealed with the client's data key, and its
 * audit row (sealed fields redacted), in one transaction. Allowed: the client's trainer or their team
 * admin, or a trainer it was shared with at write/admin level.
 * @throws BAD_USER_INPUT (structure, dates, a status other than DRAFT or ACTIVE); NOT_FOUND('Client');
 * FORBIDDEN for a read-only share.
 */
export async function createTrainingPlan(ctx: ClientsContext, input: CreateTrainingPlanInput): Promise<TrainingPlanType> {
  const clientId = parseId(input.clientId, 'clientId');
  const trainerId = writingTrainerOf(ctx);
  const status = input.status ?? TrainingPlanStatus.ACTIVE;
  if (status !== TrainingPlanStatus.DRAFT && status !== TrainingPlanStatus.ACTIVE) {
    throw badUserInput('status of a new plan must be DRAFT or ACTIVE.', 'status');
  }
  const planDetails = planDetailsOf(input.planDetails);
  assertPlanDates(input.startDate, input.endDate ?? null, lastWeekOf(planDetails as never));
  const id = randomUUID();
  const plan = await ctx.data.run(async (tx) => {
    await assertClinicalWriter(tx, clientId);
    const key = await tx.dataKeys.forClient(clientId);
    const row = await tx.trainingPlans.insert({
      id,
      trainerId,
      clientId,
      name: input.name.trim(),
      goal: input.goal ?? null,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      frequencyPerWeek: input.frequencyPerWeek ?? null,
      status,
      ...sealTrainingPlan({ planDetails: planDetails as never, progressMetrics: {} }, key, id),
    });
    const created = await openOne(tx, row);
    await tx.audit.record({ action: 'create', table: TABLE, recordId: id, newValues: auditValues(created) });
    return created;
  });
  ctx.loaders.trainingPlansOfClient.clear(clientId);
  ctx.log.info({ planId: id }, 'training plan created');
  return TrainingPlanType.from(plan);
}

/**
 * Changes a plan that is not archived (omitted fields unchanged, `planDetails` replaced whole), with
 * its audit row, in one transaction that locks the client row. Allowed as {@link createTrainingPlan}.
 * @throws BAD_USER_INPUT (structure, dates, status ARCHIVED: use archiveTrainingPlan);
 * NOT_FOUND('Training plan'); FORBIDDEN for a read-only share; CONFLICT for an archived plan.
 */
export async function updateTrainingPlan(ctx: ClientsContext, id: string, input: UpdateTrainingPlanInput): Promise<TrainingPlanType> {
  const planId = parseId(id);
  if (input.status === TrainingPlanStatus.ARCHIVED) throw badUserInput('status: archive a plan with archiveTrainingPlan.', 'status');
  const planDetails = input.planDetails ? planDetailsOf(input.planDetails) : undefined;
  const plan = await ctx.data.run(async (tx) => {
    const before = await lockedPlan(tx, planId);
    if (before.status === 'archived') throw conflict('This plan is archived: create a new plan instead.');
    const changes: Partial<TrainingPlanRecord> = {};
    if (input.name != null) changes.name = input.name.trim();
    if (input.goal !== undefined) changes.goal = input.goal ?? null;
    if (input.startDate != null) changes.startDate = input.startDate;
    if (input.endDate !== undefined) changes.endDate = input.endDate ?? null;
    if (input.frequencyPerWeek !== undefined) changes.frequencyPerWeek = input.frequencyPerWeek ?? null;
    if (input.status != null) changes.status = input.status;
    if (planDetails) changes.planDetails = planDetails as never;
    const after = { ...before, ...changes };
    assertPlanDates(after.startDate, after.endDate, lastWeekOf(after.planDetails));
    const { planDetails: details, progressMetrics: _metrics, ...plain } = changes;
    const key = await tx.dataKeys.forClient(before.clientId);
    const row = await tx.trainingPlans.update(planId, {
      ...plain,
      ...(details ? { planDetails: sealTrainingPlan({ planDetails: details, progressMetrics: before.progressMetrics }, key, planId).planDetails } : {}),
    });
    const changed = Object.keys(changes) as (keyof TrainingPlanRecord)[];
    await tx.audit.record({
      action: 'update',
      table: TABLE,
      recordId: planId,
      oldValues: redact(pick(before, changed), PLAN_PHI),
      newValues: redact(pick(after, changed), PLAN_PHI),
    });
    return openOne(tx, row);
  });
  ctx.loaders.trainingPlansOfClient.clear(plan.clientId);
  ctx.log.info({ planId }, 'training plan updated');
  return TrainingPlanType.from(plan);
}

/**
 * Archives a plan (status ARCHIVED: kept, no longer changed), audited. Allowed as {@link createTrainingPlan}.
 * @throws NOT_FOUND('Training plan'); FORBIDDEN for a read-only share; CONFLICT when already archived.
 */
export async function archiveTrainingPlan(ctx: ClientsContext, id: string): Promise<TrainingPlanType> {
  const planId = parseId(id);
  const plan = await ctx.data.run(async (tx) => {
    const before = await lockedPlan(tx, planId);
    if (before.status === 'archived') throw conflict('This plan is already archived.');
    const row = await tx.trainingPlans.update(planId, { status: 'archived' });
    await tx.audit.record({ action: 'update', table: TABLE, recordId: planId, oldValues: { status: before.status }, newValues: { status: 'archived' } });
    return openOne(tx, row);
  });
  ctx.loaders.trainingPlansOfClient.clear(plan.clientId);
  ctx.log.info({ planId }, 'training plan archived');
  return TrainingPlanType.from(plan);
}

/**
 * A visible plan the caller may write, opened after locking its client's row.
 * @throws NOT_FOUND('Training plan'); FORBIDDEN for a read-only share.
 */
async function lockedPlan(tx: ClientsTx, planId: string): Promise<TrainingPlanRecord> {
  const [seen] = await tx.trainingPlans.findByIds([planId]);
  if (!seen) throw notFound('Training plan');
  await assertClinicalWriter(tx, seen.clientId);
  if (!(await tx.clients.lockForUpdate(seen.clientId))) throw notFound('Training plan');
  const [row] = await tx.trainingPlans.findByIds([planId]);
  if (!row) throw notFound('Training plan');
  return openOne(tx, row);
}

/** The values of a plan an audit row records (sealed fields redacted). */
function auditValues(plan: TrainingPlanRecord) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...values } = plan;
  return redact(values, PLAN_PHI);
}

const pick = (plan: TrainingPlanRecord, fields: (keyof TrainingPlanRecord)[]) => Object.fromEntries(fields.map((f) => [f, plan[f] ?? null]));
