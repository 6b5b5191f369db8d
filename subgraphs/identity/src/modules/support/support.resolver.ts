import { IsEmail, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context.js';
import { UserType } from '../user/user.type.js';
import { AccountActionInput } from './support.inputs.js';
import { reinstateAccount, suspendAccount, unlockAccount, userByEmail } from './support.service.js';

@ArgsType()
class UserByEmailArgs {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(255)
  email: string;
}

@Resolver()
export class SupportResolver {
  @Query(() => UserType, { description: 'Super admins only: the account with this email (active or suspended). Errors: NOT_FOUND, BAD_USER_INPUT, FORBIDDEN.' })
  userByEmail(@Args(() => UserByEmailArgs) { email }: UserByEmailArgs, @Ctx() ctx: IdentityContext): Promise<UserType> {
    return userByEmail(ctx, email);
  }

  @Mutation(() => UserType, {
    description:
      'Super admins only: clears the sign-in delays of an account so its holder can try again now. Audited. Errors: NOT_FOUND, BAD_USER_INPUT, FORBIDDEN.',
  })
  unlockAccount(@Arg('input', () => AccountActionInput) input: AccountActionInput, @Ctx() ctx: IdentityContext): Promise<UserType> {
    return unlockAccount(ctx, input.userId, input.reason);
  }

  @Mutation(() => UserType, {
    description:
      'Super admins only: suspends an account (no sign-in or refresh; its sessions end). Audited. Errors: NOT_FOUND, CONFLICT, BAD_USER_INPUT, FORBIDDEN.',
  })
  suspendAccount(@Arg('input', () => AccountActionInput) input: AccountActionInput, @Ctx() ctx: IdentityContext): Promise<UserType> {
    return suspendAccount(ctx, input.userId, input.reason);
  }

  @Mutation(() => UserType, {
    description: 'Super admins only: reinstates a suspended account. Audited. Errors: NOT_FOUND, CONFLICT, BAD_USER_INPUT, FORBIDDEN.',
  })
  reinstateAccount(@Arg('input', () => AccountActionInput) input: AccountActionInput, @Ctx() ctx: IdentityContext): Promise<UserType> {
    return reinstateAccount(ctx, input.userId, input.reason);
  }
}
