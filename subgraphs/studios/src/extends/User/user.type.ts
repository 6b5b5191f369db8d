import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** identity's `User` entity, which this subgraph extends with the user's trainer profile (trainer module). */
@ObjectType('User')
@Directive('@key(fields: "id")')
export class UserRef {
  @Field(() => ID) id: string;

  static of(id: string): UserRef {
    return Object.assign(new UserRef(), { id });
  }
}
