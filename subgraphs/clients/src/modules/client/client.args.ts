import { PageArgs } from '@fitflow/kit';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/** `search`, `first`, `after` of client lists. */
@ArgsType()
export class ClientsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'A whole email address matches that email exactly; anything else matches first or last name, case-insensitively.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

/** `breakGlassReadClient` arguments: the client and why the super admin needs to see them. */
@ArgsType()
export class BreakGlassArgs {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => String, { description: 'Why you need this record (10 to 1000 characters); kept in the audit log.' })
  @IsString()
  @MinLength(10, { message: 'reason must be at least 10 characters: say why you need this record' })
  @MaxLength(1000)
  reason: string;
}
