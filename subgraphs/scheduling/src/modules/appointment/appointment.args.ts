import { DateTimeScalar, PageArgs } from '@fitflow/kit';
import { IsDate, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

/** `first` / `after` of `StudioContract.upcomingAppointments` (10 by default). */
@ArgsType()
export class UpcomingArgs {
  @Field(() => Int, { defaultValue: 10, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 10;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

/** `first` of `Client.upcomingAppointments` (5 by default). */
@ArgsType()
export class ClientUpcomingArgs {
  @Field(() => Int, { defaultValue: 5, description: 'How many, 1 to 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number = 5;
}

/** A schedule window `[from, to)` on start time, UTC, at most 92 days, plus paging. */
@ArgsType()
export class ScheduleArgs extends PageArgs {
  @Field(() => DateTimeScalar, { description: 'Earliest start time (inclusive), UTC.' })
  @IsDate()
  from: Date;

  @Field(() => DateTimeScalar, { description: 'Latest start time (exclusive), UTC; after `from`, at most 92 days later.' })
  @IsDate()
  to: Date;
}

/** `Studio.appointments` arguments. */
@ArgsType()
export class StudioScheduleArgs extends ScheduleArgs {
  @Field(() => ID, { nullable: true, description: 'Only this trainer’s sessions.' })
  @IsOptional()
  @IsString()
  trainerId?: string | null;
}

/** `Trainer.appointments` arguments. */
@ArgsType()
export class TrainerScheduleArgs extends ScheduleArgs {
  @Field(() => ID, { nullable: true, description: 'Only sessions at this studio.' })
  @IsOptional()
  @IsString()
  studioId?: string | null;
}
