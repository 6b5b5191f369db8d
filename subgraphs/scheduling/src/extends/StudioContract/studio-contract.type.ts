import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** studios' `StudioContract` entity (keyed by the trainer/studio pair), extended here with upcoming sessions. */
@ObjectType('StudioContract')
@Directive('@key(fields: "trainerId studioId")')
export class StudioContractRef {
  @Field(() => ID) trainerId: string;
  @Field(() => ID) studioId: string;

  static of(trainerId: string, studioId: string): StudioContractRef {
    return Object.assign(new StudioContractRef(), { trainerId, studioId });
  }
}
