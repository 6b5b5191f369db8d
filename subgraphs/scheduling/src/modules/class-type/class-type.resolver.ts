import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { AppointmentType } from '../appointment/appointment.type.js';
import { classTypeOf, classTypesOfTrainer } from './class-type.service.js';
import { ClassTypeType } from './class-type.type.js';

/** `Appointment.classType`. */
@Resolver(() => AppointmentType)
export class AppointmentClassTypeResolver {
  @FieldResolver(() => ClassTypeType)
  classType(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<ClassTypeType> {
    return classTypeOf(ctx, appointment);
  }
}

/** `Trainer.classTypes`: the trainer's offer (the stub is in extends/Trainer). */
@Resolver(() => TrainerRef)
export class TrainerClassTypesResolver {
  @FieldResolver(() => [ClassTypeType], { description: 'Kinds of session the trainer offers (active ones), by category then name.' })
  classTypes(@Root() trainer: TrainerRef, @Ctx() ctx: SchedulingContext): Promise<ClassTypeType[]> {
    return classTypesOfTrainer(ctx, trainer.id);
  }
}
