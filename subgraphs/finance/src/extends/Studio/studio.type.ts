import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** studios' `Studio` entity, extended here with the invoices addressed to the studio. */
@ObjectType('Studio')
@Directive('@key(fields: "id")')
export class StudioRef {
  @Field(() => ID) id: string;

  static of(id: string): StudioRef {
    return Object.assign(new StudioRef(), { id });
  }
}
