import { LocalDateScalar } from '@fitflow/kit';
import { ArrayMaxSize, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';

/** Longest SOAP field, private note or addendum (characters). */
export const NOTE_TEXT_MAX = 20_000;
/** Most exercises one note records. */
export const NOTE_EXERCISES_MAX = 50;
const NOT_BLANK = /\S/;

/** One exercise done in a session (validated by class-validator: failures are BAD_USER_INPUT naming the field). */
@InputType('ExerciseInput', { description: 'One exercise done in a session.' })
export class ExerciseInput {
  @Field(() => String, { description: '1 to 200 characters, e.g. "Back squat".' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
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

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

/** Body measurements taken at a session; every one optional. */
@InputType('MeasurementsInput', { description: 'Body measurements taken at a session.' })
export class MeasurementsInput {
  @Field(() => Float, { nullable: true, description: 'Body weight in kilograms (20 to 400).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(20)
  @Max(400)
  weightKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'Body fat, percent (2 to 75).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(2)
  @Max(75)
  bodyFatPercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Resting heart rate, beats per minute (25 to 250).' })
  @IsOptional()
  @IsInt()
  @Min(25)
  @Max(250)
  restingHeartRate?: number | null;

  @Field(() => Float, { nullable: true, description: 'Waist circumference, centimetres (30 to 300).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(30)
  @Max(300)
  waistCm?: number | null;
}

/**
 * The SOAP note of one client at one session. The first write creates the note; later writes change
 * the unsigned note (each write is kept as a version): an omitted field keeps its value, `null`
 * clears it. A signed note is not changed again (add an addendum).
 */
@InputType('WriteSessionNoteInput')
export class WriteSessionNoteInput {
  @Field(() => ID, { description: 'The session (scheduling appointment) the note documents.' })
  @IsString()
  appointmentId: string;

  @Field(() => ID, { description: 'The client who attended it.' })
  @IsString()
  clientId: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "The session's local date (YYYY-MM-DD, the studio's day), within a day of its start. Default: kept on a change; for a new note, the start's date in Toronto time.",
  })
  @IsOptional()
  sessionDate?: string | null;

  @Field(() => String, { nullable: true, description: 'S: what the client reported (up to 20 000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_TEXT_MAX)
  subjective?: string | null;

  @Field(() => String, { nullable: true, description: 'O: what you observed (up to 20 000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_TEXT_MAX)
  objective?: string | null;

  @Field(() => String, { nullable: true, description: 'A: your assessment (up to 20 000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_TEXT_MAX)
  assessment?: string | null;

  @Field(() => String, { nullable: true, description: 'P: the plan from here (up to 20 000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_TEXT_MAX)
  plan?: string | null;

  @Field(() => [ExerciseInput], { nullable: true, description: 'Replaces the exercises (up to 50).' })
  @IsOptional()
  @ArrayMaxSize(NOTE_EXERCISES_MAX)
  @ValidateNested({ each: true })
  exercises?: ExerciseInput[] | null;

  @Field(() => MeasurementsInput, { nullable: true, description: 'Replaces the measurements.' })
  @IsOptional()
  @ValidateNested()
  measurements?: MeasurementsInput | null;

  @Field(() => String, { nullable: true, description: 'For trainers only, never shown to the client (up to 20 000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_TEXT_MAX)
  privateNotes?: string | null;
}

/** `addSessionNoteAddendum` arguments. */
@ArgsType()
export class AddSessionNoteAddendumArgs {
  @Field(() => ID, { description: 'The signed note.' })
  @IsString()
  id: string;

  @Field(() => String, { description: 'What to add (1 to 20 000 characters).' })
  @IsString()
  @MaxLength(NOTE_TEXT_MAX)
  @Matches(NOT_BLANK, { message: 'text must not be blank: write what the addendum adds' })
  text: string;
}
