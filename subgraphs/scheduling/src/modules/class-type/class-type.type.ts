import { ClassCategory, DecimalScalar, type Decimal } from '@fitflow/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ClassTypeEntity } from './class-type.entity.js';

@ObjectType('ClassType', { description: 'A kind of session a trainer offers (group class, personal training, intro session…).' })
export class ClassTypeType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => ClassCategory) category: ClassCategory;
  @Field(() => Int, { description: 'Minutes.' }) durationMinutes: number;
  @Field(() => Int) maxParticipants: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'CAD per participant.' }) defaultRate: Decimal | null;
  @Field(() => String, { nullable: true, description: 'Calendar colour, "#RRGGBB".' }) color: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String) status: string;

  static from(e: ClassTypeEntity): ClassTypeType {
    return Object.assign(new ClassTypeType(), {
      id: e.id, name: e.name, category: e.category as ClassCategory, durationMinutes: e.durationMinutes, maxParticipants: e.maxParticipants,
      defaultRate: e.defaultRate, color: e.color, description: e.description, status: e.status,
    });
  }
}
