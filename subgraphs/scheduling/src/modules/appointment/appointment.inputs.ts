import { DateTimeScalar, PageArgs } from '@fitflow/kit';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';

/** A schedule window: `from` (inclusive) to `to` (exclusive), UTC, at most 92 days. */
@ArgsType()
export class RangeArgs extends PageArgs {
  @Field(() => DateTimeScalar, { description: 'Start of the window (inclusive), UTC.' })
  @IsDate()
  from: Date;

  @Field(() => DateTimeScalar, { description: 'End of the window (exclusive), UTC; at most 92 days after from.' })
  @IsDate()
  to: Date;
}

@ArgsType()
export class StudioScheduleArgs extends RangeArgs {
  @Field(() => ID, { nullable: true, description: 'Only this trainer’s sessions.' })
  @IsOptional()
  @IsUUID()
  trainerId?: string | null;
}

@ArgsType()
export class TrainerScheduleArgs extends RangeArgs {
  @Field(() => ID, { nullable: true, description: 'Only sessions at this studio.' })
  @IsOptional()
  @IsUUID()
  studioId?: string | null;
}

@ArgsType()
export class UpcomingArgs {
  @Field(() => Int, { defaultValue: 5, description: 'How many, 1 to 50.' })
  @Min(1)
  @Max(50)
  first: number = 5;
}
