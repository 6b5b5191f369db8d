import { badUserInput, ClassCategory, conflict, Decimal, forbidden, notFound, parseId } from '@fitflow/kit';
import { DateTime } from 'luxon';
import type { SchedulingContext } from '../../context.js';
import type { AppointmentType } from '../appointment/appointment.type.js';
import { managedTrainerId, managesTrainer } from '../../access/trainer-access.js';
import type { ClassTypeEntity } from './class-type.entity.js';
import type { CreateClassTypeInput, UpdateClassTypeInput } from './class-type.inputs.js';
import type { BusiestSession, ClassTypeValues } from './class-type.repository.js';
import { ClassTypeType } from './class-type.type.js';

/*
 * A trainer's class types (docs/scheduling.md, "Class types"): a trainer manages their own, a Trainer
 * Admin their team's, a super admin anyone's. Every write is one transaction with its audit row
 * (`class_types`, the changed fields before and after: a class type holds no PHI).
 */

const TABLE = 'class_types';
/** Highest default rate a class type may carry, CAD (as a contract's class rate: docs/money.md). */
export const MAX_DEFAULT_RATE = new Decimal('10000');
/** Cancellation window of a class type created without one: 12 hours, in minutes. */
export const DEFAULT_CANCELLATION_WINDOW_MINUTES = 720;
/** Categories a single client books: their capacity is 1. */
const ONE_TO_ONE: readonly ClassCategory[] = [ClassCategory.INDIVIDUAL, ClassCategory.TRIAL];

/** The class type of an appointment (always present: `class_type_id` is a foreign key). */
export async function classTypeOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<ClassTypeType> {
  const entity = await ctx.loaders.classTypeById.load(appointment.classTypeId);
  if (!entity) throw new Error('appointment without its class type');
  return ClassTypeType.from(entity);
}

/** A trainer's class types, by category then name: the active ones, or all with `includeArchived`. */
export async function classTypesOfTrainer(ctx: SchedulingContext, trainerId: string, includeArchived = false): Promise<ClassTypeType[]> {
  const loader = includeArchived ? ctx.loaders.allClassTypesOfTrainer : ctx.loaders.classTypesOfTrainer;
  return (await loader.load(trainerId.toLowerCase())).map(ClassTypeType.from);
}

/**
 * The rules between a class type's fields, on the values it would have after the change.
 * @throws BAD_USER_INPUT naming the field: a blank name, a one-to-one category (individual, trial)
 *   with more than one participant, a group class without a capacity, a default rate outside 0–10000.
 */
export function checkClassType(values: Omit<ClassTypeValues, 'maxParticipants'> & { maxParticipants: number | null }): ClassTypeValues {
  if (!values.name.trim()) throw badUserInput('name must not be blank: give the class type a name such as "Small-group strength".', 'name');
  const category = values.category as ClassCategory;
  if (values.maxParticipants == null) {
    if (!ONE_TO_ONE.includes(category))
      throw badUserInput('A group class needs maxParticipants: how many people may book one session (1 to 500).', 'maxParticipants');
  } else if (ONE_TO_ONE.includes(category) && values.maxParticipants !== 1) {
    throw badUserInput(
      `${category === ClassCategory.TRIAL ? 'A trial' : 'An individual'} session is for one client: set maxParticipants to 1, or make it a GROUP class.`,
      'maxParticipants',
    );
  }
  if (values.defaultRate && (values.defaultRate.isNegative() || values.defaultRate.greaterThan(MAX_DEFAULT_RATE))) {
    throw badUserInput(`defaultRate must be from 0.00 to ${MAX_DEFAULT_RATE.toFixed(2)} dollars.`, 'defaultRate');
  }
  return { ...values, name: values.name.trim(), maxParticipants: values.maxParticipants ?? 1 };
}

/** What the audit log keeps of a class type: every field (none is PHI), money as a decimal string. */
function auditValues(values: Partial<ClassTypeValues & Pick<ClassTypeEntity, 'status'>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v instanceof Decimal ? v.toFixed(2) : v]));
}

/**
 * Creates a class type, active, for the caller or (`input.trainerId`) a trainer they manage.
 * @throws BAD_USER_INPUT (field rules: {@link checkClassType}); NOT_FOUND for an unknown trainer;
 *   FORBIDDEN for a trainer the caller does not manage.
 */
export async function createClassType(ctx: SchedulingContext, input: CreateClassTypeInput): Promise<ClassTypeType> {
  const values = checkClassType({
    name: input.name,
    category: input.category,
    durationMinutes: input.durationMinutes,
    maxParticipants: input.maxParticipants ?? null,
    defaultRate: input.defaultRate ?? null,
    color: input.color?.toUpperCase() ?? null,
    description: input.description?.trim() || null,
    cancellationWindowMinutes: input.cancellationWindowMinutes ?? DEFAULT_CANCELLATION_WINDOW_MINUTES,
  });
  const trainerId = await managedTrainerId(ctx, input.trainerId);
  const created = await ctx.data.run(async (tx) => {
    const row = await tx.classTypes.insert(trainerId, values);
    await tx.audit.record({ action: 'create', table: TABLE, recordId: row.id, newValues: auditValues({ ...values, status: 'active' }) });
    return row;
  });
  ctx.log.info({ classTypeId: created.id, trainerId }, 'class type created');
  return ClassTypeType.from(created);
}

/**
 * Changes a class type: omitted fields stay, `null` clears `defaultRate`, `color`, `description`.
 * Sessions already scheduled keep their times. Lowering the capacity below the confirmed head count
 * of an upcoming session is refused (bookings are never dropped behind a client's back).
 * @throws BAD_USER_INPUT (malformed id, a required field set to null, field rules); NOT_FOUND for an
 *   unknown class type; FORBIDDEN for another trainer's (outside the caller's team); CONFLICT naming
 *   the session whose confirmed head count the new capacity would not hold.
 */
export async function updateClassType(ctx: SchedulingContext, id: string, input: UpdateClassTypeInput): Promise<ClassTypeType> {
  const classTypeId = parseId(id);
  for (const field of ['name', 'category', 'durationMinutes', 'maxParticipants', 'cancellationWindowMinutes'] as const) {
    if (input[field] === null) throw badUserInput(`${field} cannot be cleared: leave it out to keep it, or give a new value.`, field);
  }
  const existing = await ctx.loaders.classTypeById.load(classTypeId);
  if (!existing) throw notFound('ClassType');
  await assertManages(ctx, existing);
  const updated = await ctx.data.run(async (tx) => {
    const before = await tx.classTypes.lockForUpdate(classTypeId);
    if (!before) throw notFound('ClassType');
    const after = checkClassType({
      name: input.name ?? before.name,
      category: input.category ?? before.category,
      durationMinutes: input.durationMinutes ?? before.durationMinutes,
      maxParticipants: input.maxParticipants ?? (input.category && ONE_TO_ONE.includes(input.category) ? 1 : before.maxParticipants),
      defaultRate: input.defaultRate === undefined ? before.defaultRate : input.defaultRate,
      color: input.color === undefined ? before.color : (input.color?.toUpperCase() ?? null),
      description: input.description === undefined ? before.description : input.description?.trim() || null,
      cancellationWindowMinutes: input.cancellationWindowMinutes ?? before.cancellationWindowMinutes,
    });
    const changes = changedFields(before, after);
    if (!Object.keys(changes).length) return before;
    if (after.maxParticipants < before.maxParticipants) {
      const busiest = await tx.classTypes.busiestUpcomingOver(before.trainerId, classTypeId, after.maxParticipants);
      if (busiest) throw conflict(capacityConflict(busiest));
    }
    const row = await tx.classTypes.update(classTypeId, changes);
    await tx.audit.record({
      action: 'update',
      table: TABLE,
      recordId: classTypeId,
      oldValues: auditValues(pick(before, Object.keys(changes))),
      newValues: auditValues(changes),
    });
    return row;
  });
  ctx.loaders.classTypeById.clear(classTypeId).prime(classTypeId, updated);
  ctx.log.info({ classTypeId }, 'class type updated');
  return ClassTypeType.from(updated);
}

/**
 * Archives a class type: no new sessions of it, those already scheduled stay. Archiving an archived
 * class type changes nothing (and writes no audit row).
 * @throws BAD_USER_INPUT (malformed id); NOT_FOUND; FORBIDDEN as {@link updateClassType}.
 */
export async function archiveClassType(ctx: SchedulingContext, id: string): Promise<ClassTypeType> {
  const classTypeId = parseId(id);
  const existing = await ctx.loaders.classTypeById.load(classTypeId);
  if (!existing) throw notFound('ClassType');
  await assertManages(ctx, existing);
  const archived = await ctx.data.run(async (tx) => {
    const before = await tx.classTypes.lockForUpdate(classTypeId);
    if (!before) throw notFound('ClassType');
    if (before.status === 'archived') return before;
    const row = await tx.classTypes.update(classTypeId, { status: 'archived' });
    await tx.audit.record({ action: 'update', table: TABLE, recordId: classTypeId, oldValues: { status: 'active' }, newValues: { status: 'archived' } });
    return row;
  });
  ctx.loaders.classTypeById.clear(classTypeId).prime(classTypeId, archived);
  ctx.log.info({ classTypeId }, 'class type archived');
  return ClassTypeType.from(archived);
}

async function assertManages(ctx: SchedulingContext, classType: ClassTypeEntity): Promise<void> {
  if (!(await managesTrainer(ctx, classType.trainerId))) {
    throw forbidden('This class type belongs to a trainer whose calendar you do not manage: you may change your own and, as a Trainer Admin, your team’s.');
  }
}

const sameValue = (a: unknown, b: unknown) => (a instanceof Decimal || b instanceof Decimal ? String(a) === String(b) : a === b);

function changedFields(before: ClassTypeEntity, after: ClassTypeValues): Partial<ClassTypeValues> {
  return Object.fromEntries(Object.entries(after).filter(([k, v]) => !sameValue(before[k as keyof ClassTypeValues], v))) as Partial<ClassTypeValues>;
}

const pick = (entity: ClassTypeEntity, keys: string[]) => Object.fromEntries(keys.map((k) => [k, entity[k as keyof ClassTypeEntity]]));

/**
 * "The session on Wednesday 9 December 2026 at 07:00 (Toronto time) already has 9 confirmed: capacity
 * cannot go below 9…" — the session's local time in its studio's zone (UTC when not at a studio).
 */
export function capacityConflict(session: BusiestSession): string {
  const zone = session.timeZone ?? 'UTC';
  const local = DateTime.fromJSDate(session.startTime, { zone });
  const place = session.timeZone ? `${session.timeZone.split('/').at(-1)!.replace(/_/g, ' ')} time` : 'UTC';
  return (
    `The session on ${local.toFormat("cccc d LLLL yyyy 'at' HH:mm")} (${place}) already has ${session.confirmed} confirmed: ` +
    `capacity cannot go below ${session.confirmed}. Keep maxParticipants at ${session.confirmed} or more, or cancel bookings first.`
  );
}
