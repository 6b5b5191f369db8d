import { LocalDateScalar } from '@fitflow/kit';
import {
  ArrayMaxSize,
  IsDefined,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsBoolean,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ClientSource, ClientStatus } from './client.type.js';
import { IsPastLocalDate, PHONE_PATTERN } from './client.validation.js';

const NOT_BLANK = /\S/;
const phoneMessage = { message: 'phone must be a phone number such as +1-416-555-0140' };

@InputType('EmergencyContactInput')
export class EmergencyContactInput {
  @Field(() => String)
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name: string;

  @Field(() => String)
  @Matches(PHONE_PATTERN, phoneMessage)
  phone: string;

  @Field(() => String, { description: 'e.g. spouse, parent, friend.' })
  @IsString()
  @Length(1, 50)
  relationship: string;
}

@InputType('MedicalInfoInput', { description: 'Replaces the whole medical information.' })
export class MedicalInfoInput {
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  conditions: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  medications: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  allergies: string[];
}

@InputType('ClientConsentsInput', { description: 'Replaces the consents.' })
export class ClientConsentsInput {
  @Field(() => Boolean) @IsBoolean() marketingEmails: boolean;
  @Field(() => Boolean) @IsBoolean() progressPhotos: boolean;
}

/**
 * The optional details of a client, shared by {@link CreateClientInput} and {@link UpdateClientInput}:
 * on create, omitted means none; on update, omitted means unchanged and `null` clears.
 */
@InputType('ClientDetailsInput')
abstract class ClientDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(255)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "+1-416-555-0140".' })
  @IsOptional()
  @Matches(PHONE_PATTERN, phoneMessage)
  phone?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'YYYY-MM-DD, in the past.' })
  @IsOptional()
  @IsPastLocalDate()
  dateOfBirth?: string | null;

  @Field(() => EmergencyContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  emergencyContact?: EmergencyContactInput | null;

  @Field(() => MedicalInfoInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  medicalInfo?: MedicalInfoInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  goals?: string | null;

  @Field(() => ClientSource, { nullable: true })
  @IsOptional()
  @IsEnum(ClientSource)
  source?: ClientSource | null;

  @Field(() => ClientConsentsInput, { nullable: true, description: 'The client may change these themself.' })
  @IsOptional()
  @ValidateNested()
  consents?: ClientConsentsInput | null;
}

/** A new client of the calling trainer. Validated by class-validator: failures are BAD_USER_INPUT naming the field. */
@InputType('CreateClientInput')
export class CreateClientInput extends ClientDetailsInput {
  @Field(() => String, { description: '1 to 100 characters.' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'firstName must not be blank' })
  firstName: string;

  @Field(() => String, { description: '1 to 100 characters.' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'lastName must not be blank' })
  lastName: string;
}

/**
 * Changes to a client: omitted fields stay as they are, `null` clears an optional field. `firstName`,
 * `lastName` and `status` cannot be null. A client changing their own record may send only
 * {@link CLIENT_SELF_EDITABLE} fields.
 */
@InputType('UpdateClientInput')
export class UpdateClientInput extends ClientDetailsInput {
  @Field(() => String, { nullable: true, description: '1 to 100 characters; cannot be null.' })
  @ValidateIf((o: UpdateClientInput) => o.firstName !== undefined)
  @IsDefined({ message: 'firstName cannot be null' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'firstName must not be blank' })
  firstName?: string;

  @Field(() => String, { nullable: true, description: '1 to 100 characters; cannot be null.' })
  @ValidateIf((o: UpdateClientInput) => o.lastName !== undefined)
  @IsDefined({ message: 'lastName cannot be null' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'lastName must not be blank' })
  lastName?: string;

  @Field(() => ClientStatus, { nullable: true, description: 'Cannot be null.' })
  @ValidateIf((o: UpdateClientInput) => o.status !== undefined)
  @IsDefined({ message: 'status cannot be null' })
  @IsEnum(ClientStatus)
  status?: ClientStatus;
}

/** The fields a client may change on their own record: contact details and consents. */
export const CLIENT_SELF_EDITABLE = ['phone', 'email', 'emergencyContact', 'consents'] as const;

/** True when `input` changes only {@link CLIENT_SELF_EDITABLE} fields. */
export const onlySelfEditable = (input: object) =>
  Object.entries(input).every(([field, value]) => value === undefined || (CLIENT_SELF_EDITABLE as readonly string[]).includes(field));
