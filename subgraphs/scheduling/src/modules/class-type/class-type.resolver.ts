import { RequiresScopes } from '@fitflow/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { AppointmentType } from '../appointment/appointment.type.js';
import { CreateClassTypeInput, UpdateClassTypeInput } from './class-type.inputs.js';
import { archiveClassType, classTypeOf, classTypesOfTrainer, createClassType, updateClassType } from './class-type.service.js';
import { ClassTypeType } from './class-type.type.js';

/** `ClassType.trainer` and the class-type mutations. */
@Resolver(() => ClassTypeType)
export class ClassTypeResolver {
  @FieldResolver(() => TrainerRef, { description: 'The trainer who offers it.' })
  @RequiresScopes('schedule:read')
  trainer(@Root() classType: ClassTypeType): TrainerRef {
    return TrainerRef.of(classType.trainerId);
  }

  @Mutation(() => ClassTypeType, {
    description:
      'Adds a class type: yours, or with trainerId one of your team’s (Trainer Admin) or anyone’s (super admin). Individual and trial sessions have one participant. Errors: BAD_USER_INPUT naming the field, NOT_FOUND, FORBIDDEN.',
  })
  createClassType(@Arg('input', () => CreateClassTypeInput) input: CreateClassTypeInput, @Ctx() ctx: SchedulingContext): Promise<ClassTypeType> {
    return createClassType(ctx, input);
  }

  @Mutation(() => ClassTypeType, {
    description:
      'Changes a class type you manage (omitted fields stay). Sessions already scheduled keep their times. Errors: BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT (capacity below the confirmed head count of an upcoming session).',
  })
  updateClassType(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateClassTypeInput) input: UpdateClassTypeInput,
    @Ctx() ctx: SchedulingContext,
  ): Promise<ClassTypeType> {
    return updateClassType(ctx, id, input);
  }

  @Mutation(() => ClassTypeType, {
    description: 'Archives a class type you manage: no new sessions of it; those already scheduled stay. Errors: BAD_USER_INPUT, NOT_FOUND, FORBIDDEN.',
  })
  archiveClassType(@Arg('id', () => ID) id: string, @Ctx() ctx: SchedulingContext): Promise<ClassTypeType> {
    return archiveClassType(ctx, id);
  }
}

/** `Appointment.classType`. */
@Resolver(() => AppointmentType)
export class AppointmentClassTypeResolver {
  @FieldResolver(() => ClassTypeType)
  @RequiresScopes('schedule:read')
  classType(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<ClassTypeType> {
    return classTypeOf(ctx, appointment);
  }
}

/** `Trainer.classTypes`: the trainer's offer (the stub is in extends/Trainer). */
@Resolver(() => TrainerRef)
export class TrainerClassTypesResolver {
  @FieldResolver(() => [ClassTypeType], {
    description: 'Kinds of session the trainer offers, by category then name: the active ones, or all with includeArchived.',
  })
  @RequiresScopes('schedule:read')
  classTypes(
    @Root() trainer: TrainerRef,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: SchedulingContext,
  ): Promise<ClassTypeType[]> {
    return classTypesOfTrainer(ctx, trainer.id, includeArchived);
  }
}
