import { ClassCategory, MoneyScalar, type Decimal } from '@fitflow/kit';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/*
 * What a trainer says about a kind of session. class-validator checks each field alone (BAD_USER_INPUT
 * naming it, before any resolver runs); the rules between fields (one participant for individual and
 * trial sessions) and against the database (capacity under the confirmed head count) are the service's.
 */

const NOT_BLANK = /\S/;
export const COLOR = /^#[0-9A-Fa-f]{6}$/;
const COLOR_MESSAGE = { message: 'color must be a calendar colour written #RRGGBB, e.g. "#2E86AB"' };

/** The fields a create and an update share; on update, omitted means unchanged. */
@InputType('ClassTypeFieldsInput')
abstract class ClassTypeFieldsInput {
  @Field(() => Int, { nullable: true, description: 'Most participants of one session, 1 to 500; individual and trial sessions have exactly 1.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'maxParticipants must be at least 1' })
  @Max(500, { message: 'maxParticipants must be at most 500' })
  maxParticipants?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'CAD a participant pays by default, before tax: 0 to 10000. Null: none.' })
  @IsOptional()
  defaultRate?: Decimal | null;

  @Field(() => String, { nullable: true, description: 'Calendar colour, "#RRGGBB". Null: none.' })
  @IsOptional()
  @Matches(COLOR, COLOR_MESSAGE)
  color?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters; no health details. Null: none.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes before the start inside which a client’s cancellation is late: 0 to 10080 (a week); 720 (12 hours) by default.',
  })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'cancellationWindowMinutes must be 0 or more' })
  @Max(10080, { message: 'cancellationWindowMinutes must be at most 10080 (one week)' })
  cancellationWindowMinutes?: number | null;
}

/** A new class type. */
@InputType('CreateClassTypeInput')
export class CreateClassTypeInput extends ClassTypeFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Whose class type: yours by default; a Trainer Admin may name a trainer of their team.' })
  @IsOptional()
  @IsUUID('all', { message: 'trainerId must be a UUID' })
  trainerId?: string | null;

  @Field(() => String, { description: '1 to 100 characters, e.g. "Small-group strength".' })
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name: string;

  @Field(() => ClassCategory)
  @IsEnum(ClassCategory)
  category: ClassCategory;

  @Field(() => Int, { description: 'Length of a session, 5 to 720 minutes.' })
  @IsInt()
  @Min(5, { message: 'durationMinutes must be at least 5 minutes' })
  @Max(720, { message: 'durationMinutes must be at most 720 minutes (12 hours)' })
  durationMinutes: number;
}

/** Changes to a class type: omitted fields stay as they are; `null` clears defaultRate, color or description. */
@InputType('UpdateClassTypeInput')
export class UpdateClassTypeInput extends ClassTypeFieldsInput {
  @Field(() => String, { nullable: true, description: '1 to 100 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string | null;

  @Field(() => ClassCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ClassCategory)
  category?: ClassCategory | null;

  @Field(() => Int, { nullable: true, description: 'Length of a session, 5 to 720 minutes; sessions already scheduled keep their times.' })
  @IsOptional()
  @IsInt()
  @Min(5, { message: 'durationMinutes must be at least 5 minutes' })
  @Max(720, { message: 'durationMinutes must be at most 720 minutes (12 hours)' })
  durationMinutes?: number | null;
}
