import { DateTimeScalar } from '@fitflow/kit';
import { IsDate } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

/** `bookableClasses` window: start times in `[from, to)`, UTC, at most 62 days, not in the past. */
@ArgsType()
export class BookableClassesArgs {
  @Field(() => DateTimeScalar, { description: 'Earliest start time (inclusive), UTC; now or later.' })
  @IsDate()
  from: Date;

  @Field(() => DateTimeScalar, { description: 'Latest start time (exclusive), UTC; after `from`, at most 62 days later.' })
  @IsDate()
  to: Date;
}
