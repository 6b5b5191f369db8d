import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** scheduling's `Appointment` entity, referenced by id only (the session an invoice line bills). */
@ObjectType('Appointment')
@Directive('@key(fields: "id", resolvable: false)')
export class AppointmentRef {
  @Field(() => ID) id: string;

  static of(id: string): AppointmentRef {
    return Object.assign(new AppointmentRef(), { id });
  }
}
