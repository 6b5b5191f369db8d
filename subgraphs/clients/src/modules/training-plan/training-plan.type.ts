import { JSONObjectScalar, LocalDateScalar } from '@fitflow/kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { TrainingPlanRecord } from './training-plan.entity.js';

export enum TrainingPlanStatus {
  DRAFT = 'draft',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  ARCHIVED = 'archived',
}
registerEnumType(TrainingPlanStatus, { name: 'TrainingPlanStatus' });

/** A structured training program for one client (PHI). */
@ObjectType('TrainingPlan', { description: 'A structured training program for one client.' })
export class TrainingPlanType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) goal: string | null;
  @Field(() => LocalDateScalar, { description: 'First day, YYYY-MM-DD.' }) startDate: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, YYYY-MM-DD; null while open-ended.' }) endDate: string | null;
  @Field(() => Int, { nullable: true, description: 'Sessions per week.' }) frequencyPerWeek: number | null;
  @Field(() => TrainingPlanStatus) status: TrainingPlanStatus;
  @Field(() => JSONObjectScalar, { description: 'The structured workout plan (phases, sessions, exercises).' })
  planDetails: Record<string, unknown>;

  static from(entity: TrainingPlanRecord): TrainingPlanType {
    return Object.assign(new TrainingPlanType(), {
      id: entity.id,
      name: entity.name,
      goal: entity.goal,
      startDate: entity.startDate,
      endDate: entity.endDate,
      frequencyPerWeek: entity.frequencyPerWeek,
      status: entity.status as TrainingPlanStatus,
      planDetails: entity.planDetails,
    });
  }
}
