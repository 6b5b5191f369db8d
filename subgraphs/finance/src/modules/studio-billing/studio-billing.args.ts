import { LocalDateScalar } from '@fitflow/kit';
import { IsDefined, IsOptional, IsString } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/** Arguments of `generateStudioInvoices`: the period billed (both days included) and, optionally, one trainer. */
@ArgsType()
export class GenerateStudioInvoicesArgs {
  @Field(() => LocalDateScalar, { description: "First day billed (inclusive), a calendar day in each studio's zone." })
  @IsDefined()
  periodStart: string;

  @Field(() => LocalDateScalar, { description: 'Last day billed (inclusive); at most 92 days after periodStart.' })
  @IsDefined()
  periodEnd: string;

  @Field(() => ID, {
    nullable: true,
    description: "Only this trainer's sessions: yours or your team's. Required for a super admin. Default: yours (and, for a Trainer Admin, your team's).",
  })
  @IsOptional()
  @IsString()
  trainerId?: string | null;
}
