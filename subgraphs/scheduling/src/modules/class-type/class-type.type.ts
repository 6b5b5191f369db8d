import { ClassCategory, MoneyScalar, RequiresScopes, type Decimal } from '@fitflow/kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ClassTypeEntity } from './class-type.entity.js';

/** Whether new sessions may be scheduled with a class type. Internal values are the database's. */
export enum ClassTypeStatus {
  ACTIVE = 'active',
  ARCHIVED = 'archived',
}
registerEnumType(ClassTypeStatus, {
  name: 'ClassTypeStatus',
  description: 'ACTIVE: offered. ARCHIVED: no new sessions; those already scheduled stay.',
});

/** A kind of session a trainer offers. Owned by the scheduling subgraph. */
@ObjectType('ClassType', { description: 'A kind of session a trainer offers (group class, personal training, intro session…).' })
export class ClassTypeType {
  @RequiresScopes('schedule:read')
  @Field(() => ID)
  id: string;
  @RequiresScopes('schedule:read')
  @Field(() => String)
  name: string;
  @RequiresScopes('schedule:read')
  @Field(() => ClassCategory, { description: 'Sets the rate a studio pays for the session.' })
  category: ClassCategory;
  @RequiresScopes('schedule:read')
  @Field(() => Int, { description: 'Length of a session, in minutes.' })
  durationMinutes: number;
  @RequiresScopes('schedule:read')
  @Field(() => Int, { description: 'Most participants of one session (1 for individual and trial sessions).' })
  maxParticipants: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'CAD a participant pays by default, before tax.' }) defaultRate: Decimal | null;
  @RequiresScopes('schedule:read')
  @Field(() => String, { nullable: true, description: 'Calendar colour, "#RRGGBB".' })
  color: string | null;
  @RequiresScopes('schedule:read')
  @Field(() => String, { nullable: true })
  description: string | null;
  @RequiresScopes('schedule:read')
  @Field(() => ClassTypeStatus)
  status: ClassTypeStatus;
  @Field(() => Int, { description: 'Minutes before the start inside which a client’s cancellation is late (720 = 12 hours by default).' })
  @RequiresScopes('schedule:read')
  cancellationWindowMinutes: number;
  trainerId: string;

  static from(e: ClassTypeEntity): ClassTypeType {
    return Object.assign(new ClassTypeType(), {
      id: e.id,
      name: e.name,
      category: e.category as ClassCategory,
      durationMinutes: e.durationMinutes,
      maxParticipants: e.maxParticipants,
      defaultRate: e.defaultRate,
      color: e.color,
      description: e.description,
      status: e.status as ClassTypeStatus,
      cancellationWindowMinutes: e.cancellationWindowMinutes,
      trainerId: e.trainerId,
    });
  }
}
