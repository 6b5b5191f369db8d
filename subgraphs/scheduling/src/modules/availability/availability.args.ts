import { DateTimeScalar, LocalDateScalar } from '@fitflow/kit';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/** `Trainer.availability(studioId, on)`. */
@ArgsType()
export class TrainerAvailabilityArgs {
  @Field(() => ID, { nullable: true, description: 'Only this studio’s windows; every studio’s by default.' })
  @IsOptional()
  @IsUUID('all', { message: 'studioId must be a UUID' })
  studioId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The windows in force on this day; today in each studio’s zone by default.' })
  @IsOptional()
  on?: string | null;
}

/** `openSlots(trainerId, classTypeId, from, to, studioId)`. */
@ArgsType()
export class OpenSlotsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'trainerId must be a UUID' })
  trainerId: string;

  @Field(() => ID, { description: 'One of the trainer’s active class types: its duration is the length of a slot.' })
  @IsUUID('all', { message: 'classTypeId must be a UUID' })
  classTypeId: string;

  @Field(() => DateTimeScalar, { description: 'Earliest start (inclusive), UTC; slots are only ever in the future.' })
  @IsDate()
  from: Date;

  @Field(() => DateTimeScalar, { description: 'Latest start (exclusive), UTC; after `from`, at most 31 days later.' })
  @IsDate()
  to: Date;

  @Field(() => ID, { description: 'The studio where the session would be; availability is per studio.' })
  @IsUUID('all', { message: 'studioId must be a UUID' })
  studioId: string;
}
