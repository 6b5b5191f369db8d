import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * clients' `Client` entity: the participant of an appointment, extended here with upcoming sessions.
 * Only the id lives here; names and health data stay in the clients subgraph.
 */
@ObjectType('Client')
@Directive('@key(fields: "id")')
export class ClientRef {
  @Field(() => ID) id: string;

  static of(id: string): ClientRef {
    return Object.assign(new ClientRef(), { id });
  }
}
