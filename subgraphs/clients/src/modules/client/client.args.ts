import { PageArgs } from '@fitflow/kit';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

/** `search`, `first`, `after` of client lists. */
@ArgsType()
export class ClientsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches first name, last name or email, case-insensitively.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}
