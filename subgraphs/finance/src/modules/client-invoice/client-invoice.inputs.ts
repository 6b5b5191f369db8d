import { ProvinceCode, type Province } from '@fitflow/kit';
import { IsArray, IsEnum, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { InvoiceLineInput } from '../invoice-item/invoice-item.inputs.js';

/**
 * A draft invoice to one of the caller's clients: their completed sessions and any other lines. Ids are
 * checked by the service (kit `parseId`), which names the field at fault (`clientId`, `sessions[2]`).
 */
@InputType('CreateClientInvoiceInput')
export class CreateClientInvoiceInput {
  @Field(() => ID, { description: 'The client billed: yours, or (Trainer Admin) your team’s.' })
  @IsString()
  clientId: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Completed sessions the client attended with their trainer (Appointment ids), each billed at its rate; each is on at most one live invoice.',
  })
  @IsArray()
  sessions: string[];

  @Field(() => [InvoiceLineInput], { defaultValue: [], description: 'Other lines: a package of sessions, goods. At least one session or line in all.' })
  @IsArray()
  @ValidateNested({ each: true })
  lines: InvoiceLineInput[];

  @Field(() => ProvinceCode, {
    description:
      'Where the client lives: the place of supply of online sessions and sessions at the client’s location (a session at a studio is supplied in the studio’s province). See docs/receivables.md.',
  })
  @IsEnum(ProvinceCode)
  clientProvince: Province;

  @Field(() => String, { nullable: true, description: 'Notes printed on the invoice (at most 2000 characters).' })
  @IsOptional()
  @IsString()
  notes?: string | null;
}
