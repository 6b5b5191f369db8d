import { isUuid } from '@fitflow/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** studios' `Trainer`, extended here with appointments and class types. */
@ObjectType('Trainer')
@Directive('@key(fields: "id")')
export class TrainerRef {
  @Field(() => ID) id: string;
}

/** studios' `Studio`, extended here with its schedule. */
@ObjectType('Studio')
@Directive('@key(fields: "id")')
export class StudioRef {
  @Field(() => ID) id: string;
}

/** studios' `StudioContract`, extended here with the trainer's upcoming sessions at that studio. */
@ObjectType('StudioContract')
@Directive('@key(fields: "trainerId studioId")')
export class StudioContractRef {
  @Field(() => ID) trainerId: string;
  @Field(() => ID) studioId: string;
}

/** clients' `Client`, extended here with upcoming sessions. */
@ObjectType('Client')
@Directive('@key(fields: "id")')
export class ClientRef {
  @Field(() => ID) id: string;
}

const byId = <T extends object>(Type: new () => T) => ({
  __resolveReference: (r: { id: string }) => (isUuid(r.id) ? Object.assign(new Type(), { id: r.id.toLowerCase() }) : null),
});

/** Reference resolvers of the entities this subgraph only extends: the key is all it needs (malformed keys → null). */
export const refReferences = {
  Trainer: byId(TrainerRef),
  Studio: byId(StudioRef),
  Client: byId(ClientRef),
  StudioContract: {
    __resolveReference: (r: { trainerId: string; studioId: string }) =>
      isUuid(r.trainerId) && isUuid(r.studioId)
        ? Object.assign(new StudioContractRef(), { trainerId: r.trainerId.toLowerCase(), studioId: r.studioId.toLowerCase() })
        : null,
  },
};
