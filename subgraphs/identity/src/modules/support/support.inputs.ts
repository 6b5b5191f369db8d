import { IsString, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A support action on an account, with the reason kept in its security log and the audit log.' })
export class AccountActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;

  @Field(() => String, { description: 'Why (10 to 1000 characters), e.g. "Holder called from the number on file; verified".' })
  @IsString()
  @Length(10, 1000, { message: 'reason must be 10 to 1000 characters: say why, for the account holder and the audit' })
  reason: string;
}
