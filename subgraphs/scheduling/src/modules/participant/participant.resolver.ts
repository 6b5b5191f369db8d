import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ClientRef } from '../client/client.type.js';
import { ParticipantType } from './participant.type.js';

@Resolver(() => ParticipantType)
export class ParticipantResolver {
  @FieldResolver(() => ClientRef, { description: 'The client booked (resolved by the clients subgraph, which checks the caller may see them).' })
  client(@Root() participant: ParticipantType): ClientRef {
    return ClientRef.of(participant.clientId);
  }
}
