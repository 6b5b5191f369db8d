import type { SchedulingContext } from '../../context.js';
import type { AppointmentType } from '../appointment/appointment.type.js';
import { ClassTypeType } from './class-type.type.js';

/** The class type of an appointment (always present: `class_type_id` is a foreign key). */
export async function classTypeOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<ClassTypeType> {
  const entity = await ctx.loaders.classTypeById.load(appointment.classTypeId);
  if (!entity) throw new Error('appointment without its class type');
  return ClassTypeType.from(entity);
}

/** A trainer's active class types, by category then name. */
export async function classTypesOfTrainer(ctx: SchedulingContext, trainerId: string): Promise<ClassTypeType[]> {
  return (await ctx.loaders.classTypesOfTrainer.load(trainerId.toLowerCase())).map(ClassTypeType.from);
}
