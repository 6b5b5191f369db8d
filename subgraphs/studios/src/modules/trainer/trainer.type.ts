import { ENTITY_ID_SCOPES, MoneyScalar, ProvinceCode, RequiresScopes, type Decimal } from '@fitflow/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AddressType } from '../studio/studio.type.js';
import type { TrainerEntity } from './trainer.entity.js';

@ObjectType('PstRegistration', { description: 'A provincial sales tax registration: BC or SK PST, MB RST.' })
export class PstRegistrationType {
  @Field(() => ProvinceCode) province: ProvinceCode;
  @Field(() => String, { description: 'BC "PST-1234-5678", SK "1234567", MB "123456-7".' }) number: string;
}

/**
 * What a trainer's invoices say about the trainer (the supplier): business name and address, sales tax
 * registrations, invoice number prefix. Seen by the trainer, the trainer admins above them, super
 * admins, and the admins of a studio the trainer has a contract with (access/trainer-access.ts).
 */
@ObjectType('TrainerBillingProfile', {
  description:
    "What a trainer's invoices say about the trainer: business name and address, sales tax registrations, invoice number prefix. Visible to the trainer, the trainer admins above them, super admins, and the admins of a studio the trainer has a contract with (all of it is printed on the invoices that studio receives).",
})
export class TrainerBillingProfileType {
  @Field(() => String, { nullable: true }) businessName: string | null;
  @Field(() => AddressType, { nullable: true, description: 'Business address; null until the trainer gives one.' }) address: AddressType | null;
  @Field(() => String, {
    nullable: true,
    description: 'CRA GST/HST registration number, "123456782 RT0001"; null: not registered (a small supplier: no GST/HST charged).',
  })
  gstHstNumber: string | null;
  @Field(() => String, { nullable: true, description: 'Revenu Québec QST registration number, "1234567890 TQ0001"; null: not registered.' })
  qstNumber: string | null;
  @Field(() => [PstRegistrationType], { description: 'PST/RST registrations, in the order BC, SK, MB.' }) pstNumbers: PstRegistrationType[];
  @Field(() => String, { description: 'First part of the trainer\'s invoice numbers, e.g. "MC" in MC-2026-0007.' }) invoicePrefix: string;

  static from(entity: TrainerEntity): TrainerBillingProfileType {
    return Object.assign(new TrainerBillingProfileType(), {
      businessName: entity.businessName,
      address: entity.address && AddressType.from(entity.address),
      gstHstNumber: entity.gstNumber,
      qstNumber: entity.qstNumber,
      pstNumbers: (['BC', 'SK', 'MB'] as const).flatMap((province) => {
        const number = entity.pstNumbers[province];
        return number ? [Object.assign(new PstRegistrationType(), { province: province as ProvinceCode, number })] : [];
      }),
      invoicePrefix: entity.invoicePrefix,
    });
  }
}

/** A trainer's profile. Owned by the studios subgraph; other subgraphs add fields (appointments, clients, invoices). */
@ObjectType('Trainer', { description: "A wellness trainer's profile. Its id is the trainer's user id." })
@Directive('@key(fields: "id")')
export class TrainerType {
  @Field(() => ID) @RequiresScopes(...ENTITY_ID_SCOPES.Trainer) id: string;
  @Field(() => String) firstName: string;
  @Field(() => String) lastName: string;
  @Field(() => String, { nullable: true }) businessName: string | null;
  @Field(() => String, { nullable: true, description: 'GST/HST registration number, "123456782 RT0001"; null for a small supplier.' })
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
  @RequiresScopes('schedule:read', 'invoices:read', 'clients:read')
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
