import { ClassCategory, Decimal, DecimalScalar, LocalDateScalar, MoneyScalar } from '@fitflow/kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ClassRates, TrainerStudioEntity } from './contract.entity.js';
import type { RatePeriod } from './contract.repository.js';

export enum ContractRole {
  CONTRACTOR = 'contractor',
  EMPLOYEE = 'employee',
}
registerEnumType(ContractRole, { name: 'ContractRole' });

@ObjectType('ClassRate', { description: 'What the studio pays the trainer per session of a class category.' })
export class ClassRateType {
  @Field(() => ClassCategory) category: ClassCategory;
  @Field(() => MoneyScalar, { description: 'CAD per session, before tax.' }) rate: Decimal;

  /** Stored class rates as a list, in the order of {@link ClassCategory} (group, individual, trial). */
  static listOf(rates: ClassRates): ClassRateType[] {
    return Object.values(ClassCategory).flatMap((category) => {
      const rate = rates[category];
      return rate === undefined ? [] : [Object.assign(new ClassRateType(), { category, rate: new Decimal(rate) })];
    });
  }
}

@ObjectType('AttendeeBonus', { description: 'A bonus the studio pays per attendee above a head count, on top of the class rate.' })
export class AttendeeBonusType {
  @Field(() => Int, { description: 'Attendees up to this number earn no bonus; each one above it earns `rate`.' }) threshold: number;
  @Field(() => MoneyScalar, { description: 'CAD per attendee above the threshold, before tax.' }) rate: Decimal;
}

@ObjectType('ContractRatePeriod', {
  description:
    "The terms of a contract from one day until the next change: what the studio pays per session, any per-attendee bonus, and whether no-shows and late cancellations are billed. Dates are the studio's local dates.",
})
export class ContractRatePeriodType {
  @Field(() => LocalDateScalar, { description: 'First day these terms apply.' }) effectiveFrom: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day they no longer apply (the next period begins): exclusive. Null while no later period exists.',
  })
  effectiveUntil: string | null;
  @Field(() => [ClassRateType], { description: 'What the studio pays per session, by category.' }) classRates: ClassRateType[];
  @Field(() => AttendeeBonusType, { nullable: true }) attendeeBonus: AttendeeBonusType | null;
  @Field(() => Boolean, { description: 'A session whose clients did not come is billed at its rate.' }) billNoShows: boolean;
  @Field(() => Boolean, { description: "A booking cancelled late (inside the class type's cancellation window) is billed." }) billLateCancellations: boolean;

  static from(period: RatePeriod): ContractRatePeriodType {
    return Object.assign(new ContractRatePeriodType(), {
      effectiveFrom: period.effectiveFrom,
      effectiveUntil: period.effectiveUntil,
      classRates: ClassRateType.listOf(period.classRates),
      attendeeBonus: period.attendeeBonus && Object.assign(new AttendeeBonusType(), period.attendeeBonus),
      billNoShows: period.billNoShows,
      billLateCancellations: period.billLateCancellations,
    });
  }
}

/**
 * A trainer's contract with a studio. Keyed by the (trainer, studio) pair so that other subgraphs can
 * extend it without a lookup (scheduling adds `upcomingAppointments`). Visible only in the caller's
 * contract scope (access/contract-access.ts, docs/domain.md, Roles); rates are CAD per session, commission a percentage.
 * `classRates` and `ratePeriods` are resolved from the contract's rate periods (contract.resolver.ts).
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
      startDate: entity.startDate,
      endDate: entity.endDate,
      status: entity.status,
    });
  }
}
