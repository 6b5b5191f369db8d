import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * studios' `Trainer` entity, extended here with the trainer's invoices, bank accounts and tax
 * remittances. Only `id` comes from this subgraph; the gateway fetches the rest from studios.
 */
@ObjectType('Trainer')
@Directive('@key(fields: "id")')
export class TrainerRef {
  @Field(() => ID) id: string;

  static of(id: string): TrainerRef {
    return Object.assign(new TrainerRef(), { id });
  }
}
