import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** clients' `Client` entity, referenced by id only (the client billed by a client invoice). */
@ObjectType('Client')
@Directive('@key(fields: "id", resolvable: false)')
export class ClientRef {
  @Field(() => ID) id: string;

  static of(id: string): ClientRef {
    return Object.assign(new ClientRef(), { id });
  }
}
