import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** identity's `User` entity, extended here with the user's trainer profile. */
@ObjectType('User')
@Directive('@key(fields: "id")')
export class UserRef {
  @Field(() => ID) id: string;
}
