import { LocalDateScalar } from '@fitflow/kit';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { TrainingPlanStatus } from './training-plan.type.js';

/** Bounds of a plan's structure (docs/database-contracts/clients.md). */
export const PLAN_LIMITS = { phases: 12, weeks: 52, sessionsPerWeek: 14, exercisesPerSession: 30, name: 200, text: 2000 } as const;
const NOT_BLANK = /\S/;

/** One exercise of a planned session. Validated by class-validator: failures are BAD_USER_INPUT naming the field. */
@InputType('PlannedExerciseInput', { description: 'One exercise of a planned session.' })
export class PlannedExerciseInput {
  @Field(() => String, { description: '1 to 200 characters, e.g. "Goblet squat".' })
  @IsString()
  @MinLength(1)
  @MaxLength(PLAN_LIMITS.name)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name: string;

  @Field(() => Int, { nullable: true, description: '1 to 100.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  sets?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 1000.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  reps?: number | null;

  @Field(() => Float, { nullable: true, description: 'Load in kilograms (0 to 1000); null for body-weight work.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1000)
  weightKg?: number | null;

  @Field(() => Int, { nullable: true, description: 'For timed work (planks, intervals): seconds, 1 to 7200.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7200)
  durationSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Rest between sets, seconds (0 to 3600).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  restSeconds?: number | null;

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(PLAN_LIMITS.text)
  notes?: string | null;
}

/** One session of a planned week. */
@InputType('PlannedSessionInput', { description: 'One session of a planned week.' })
export class PlannedSessionInput {
  @Field(() => String, { description: '1 to 200 characters, e.g. "Lower body A".' })
  @IsString()
  @MinLength(1)
  @MaxLength(PLAN_LIMITS.name)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name: string;

  @Field(() => Int, { nullable: true, description: 'ISO weekday, 1 (Monday) to 7 (Sunday); null when any day will do.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  dayOfWeek?: number | null;

  @Field(() => [PlannedExerciseInput], { description: 'Up to 30.' })
  @ArrayMaxSize(PLAN_LIMITS.exercisesPerSession)
  @ValidateNested({ each: true })
  exercises: PlannedExerciseInput[];
}

/** One week of a phase, numbered from the plan's start (week 1 starts on `startDate`). */
@InputType('PlannedWeekInput', { description: 'One week of a phase, numbered from the start of the plan.' })
export class PlannedWeekInput {
  @Field(() => Int, { description: '1 to 52: week 1 starts on the plan’s start date.' })
  @IsInt()
  @Min(1)
  @Max(PLAN_LIMITS.weeks)
  week: number;

  @Field(() => [PlannedSessionInput], { description: 'Up to 14.' })
  @ArrayMaxSize(PLAN_LIMITS.sessionsPerWeek)
  @ValidateNested({ each: true })
  sessions: PlannedSessionInput[];
}

/** A phase of a plan (e.g. "Base", "Build", "Taper"): consecutive weeks. */
@InputType('PlannedPhaseInput', { description: 'A phase of a plan: consecutive weeks with one focus.' })
export class PlannedPhaseInput {
  @Field(() => String, { description: '1 to 200 characters, e.g. "Base".' })
  @IsString()
  @MinLength(1)
  @MaxLength(PLAN_LIMITS.name)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the phase works on; up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(PLAN_LIMITS.text)
  focus?: string | null;

  @Field(() => [PlannedWeekInput], { description: '1 to 52 weeks, numbered in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(PLAN_LIMITS.weeks)
  @ValidateNested({ each: true })
  weeks: PlannedWeekInput[];
}

/** The structure of a plan (sealed at rest as `plan_details`). */
@InputType('TrainingPlanDetailsInput', { description: 'Phases of weeks of sessions of exercises; at most 52 weeks in all.' })
export class TrainingPlanDetailsInput {
  @Field(() => [PlannedPhaseInput], { description: '1 to 12 phases.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(PLAN_LIMITS.phases)
  @ValidateNested({ each: true })
  phases: PlannedPhaseInput[];

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(PLAN_LIMITS.text)
  notes?: string | null;
}

/** The fields of a plan shared by create and update: on create, omitted means none; on update, unchanged (`null` clears). */
@InputType('TrainingPlanFieldsInput')
abstract class TrainingPlanFieldsInput {
  @Field(() => String, { nullable: true, description: 'What the plan is for; up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(PLAN_LIMITS.text)
  goal?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, YYYY-MM-DD, not before the start; null while open-ended.' })
  @IsOptional()
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Sessions per week, 1 to 14.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(14)
  frequencyPerWeek?: number | null;
}

/** A new training plan for a client. */
@InputType('CreateTrainingPlanInput')
export class CreateTrainingPlanInput extends TrainingPlanFieldsInput {
  @Field(() => ID)
  @IsString()
  clientId: string;

  @Field(() => String, { description: '1 to 255 characters.' })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name: string;

  @Field(() => LocalDateScalar, { description: 'First day, YYYY-MM-DD.' })
  @IsString()
  startDate: string;

  @Field(() => TrainingPlanStatus, { nullable: true, description: 'DRAFT or ACTIVE (the default).' })
  @IsOptional()
  @IsEnum(TrainingPlanStatus)
  status?: TrainingPlanStatus | null;

  @Field(() => TrainingPlanDetailsInput)
  @ValidateNested()
  planDetails: TrainingPlanDetailsInput;
}

/** Changes to a plan: omitted fields are unchanged. */
@InputType('UpdateTrainingPlanInput')
export class UpdateTrainingPlanInput extends TrainingPlanFieldsInput {
  @Field(() => String, { nullable: true, description: '1 to 255 characters.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day, YYYY-MM-DD.' })
  @IsOptional()
  startDate?: string | null;

  @Field(() => TrainingPlanStatus, { nullable: true, description: 'DRAFT, ACTIVE or COMPLETED (archive with archiveTrainingPlan).' })
  @IsOptional()
  @IsEnum(TrainingPlanStatus)
  status?: TrainingPlanStatus | null;

  @Field(() => TrainingPlanDetailsInput, { nullable: true, description: 'Replaces the whole structure.' })
  @IsOptional()
  @ValidateNested()
  planDetails?: TrainingPlanDetailsInput | null;
}
