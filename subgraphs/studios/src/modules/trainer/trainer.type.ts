import { MoneyScalar, type Decimal } from '@fitflow/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { TrainerEntity } from './trainer.entity.js';

/** A trainer's profile. Owned by the studios subgraph; other subgraphs add fields (appointments, clients, invoices). */
@ObjectType('Trainer', { description: "A wellness trainer's profile. Its id is the trainer's user id." })
@Directive('@key(fields: "id")')
export class TrainerType {
  @Field(() => ID) id: string;
  @Field(() => String) firstName: string;
  @Field(() => String) lastName: string;
  @Field(() => String, { nullable: true }) businessName: string | null;
  @Field(() => String, { nullable: true, description: 'GST/HST registration number; null for a small supplier.' })
  gstNumber: string | null;
  @Field(() => String, { nullable: true }) licenseNumber: string | null;
  @Field(() => [String]) specializations: string[];
  @Field(() => String, { nullable: true }) bio: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'CAD per hour.' }) hourlyRate: Decimal | null;
  @Field(() => String, {
    description:
      "Home time zone (IANA id, e.g. America/Toronto): the zone of the trainer's own calendar and dashboard; a session at a studio elsewhere is also shown in the studio's zone.",
  })
  timeZone: string;
  @Field(() => String) status: string;
  parentTrainerId: string | null;

  @Field(() => String, { description: 'First and last name.' })
  get displayName(): string {
    return `${this.firstName} ${this.lastName}`;
  }

  static from(entity: TrainerEntity): TrainerType {
    return Object.assign(new TrainerType(), {
      id: entity.id,
      firstName: entity.firstName,
      lastName: entity.lastName,
      businessName: entity.businessName,
      gstNumber: entity.gstNumber,
      licenseNumber: entity.licenseNumber,
      specializations: entity.specializations,
      bio: entity.bio,
      hourlyRate: entity.hourlyRate,
      timeZone: entity.timeZone,
      status: entity.status,
      parentTrainerId: entity.parentTrainerId,
    });
  }
}
