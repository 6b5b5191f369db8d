import { ClassCategory, Decimal, DecimalScalar, LocalDateScalar, MoneyScalar } from '@fitflow/kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { TrainerStudioEntity } from './contract.entity.js';

export enum ContractRole {
  CONTRACTOR = 'contractor',
  EMPLOYEE = 'employee',
}
registerEnumType(ContractRole, { name: 'ContractRole' });

@ObjectType('ClassRate', { description: 'What the studio pays the trainer per session of a class category.' })
export class ClassRateType {
  @Field(() => ClassCategory) category: ClassCategory;
  @Field(() => MoneyScalar, { description: 'CAD per session, before tax.' }) rate: Decimal;
}

/**
 * A trainer's contract with a studio. Keyed by the (trainer, studio) pair so that other subgraphs can
 * extend it without a lookup (scheduling adds `upcomingAppointments`). Visible only in the caller's
 * contract scope (access/contract-access.ts, docs/domain.md, Roles); rates are CAD per session, commission a percentage.
 */
@ObjectType('StudioContract', {
  description:
    "A trainer's contract with a studio: role, commission and per-class rates. Visible only to the trainer, the trainer admins above them, the admins of the studio or of a studio above it, and super admins.",
})
@Directive('@key(fields: "trainerId studioId")')
export class StudioContractType {
  @Field(() => ID) id: string;
  @Field(() => ID) trainerId: string;
  @Field(() => ID) studioId: string;
  @Field(() => ContractRole) role: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Percent of session revenue the studio keeps.' })
  commissionRate: Decimal | null;
  @Field(() => [ClassRateType]) classRates: ClassRateType[];
  @Field(() => LocalDateScalar) startDate: string;
  @Field(() => LocalDateScalar, { nullable: true }) endDate: string | null;
  @Field(() => String) status: string;

  static from(entity: TrainerStudioEntity): StudioContractType {
    return Object.assign(new StudioContractType(), {
      id: entity.id,
      trainerId: entity.trainerId,
      studioId: entity.studioId,
      role: entity.role,
      commissionRate: entity.commissionRate,
      classRates: Object.entries(entity.classRates).map(([category, rate]) => ({ category: category as ClassCategory, rate: new Decimal(rate) })),
      startDate: entity.startDate,
      endDate: entity.endDate,
      status: entity.status,
    });
  }
}
