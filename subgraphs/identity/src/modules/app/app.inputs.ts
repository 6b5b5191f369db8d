import { DateTimeScalar } from '@fitflow/kit';
import { Allow } from 'class-validator';
import { Directive, Field, ID, InputType, Int } from 'type-graphql';
import { AppScopeValue } from './app.type.js';

// Checked in app.service.ts (`@Allow` keeps each field through type-graphql's whitelisting), with messages naming the field.
@InputType({ description: 'A new app: its name, the scopes it asks for and the operations it will run (docs/apps.md).' })
export class RegisterAppInput {
  @Allow()
  @Field(() => String, { description: '1 to 80 characters, e.g. "Harbourfront website".' })
  name: string;
  @Allow()
  @Field(() => [AppScopeValue], { description: 'At least one. CLIENTS_READ needs a super admin’s approval before the app gets a token.' })
  scopes: AppScopeValue[];
  @Allow()
  @Field(() => String, {
    description:
      'The operation manifest (JSON): Apollo’s persisted query manifest (`{"format":"apollo-persisted-query-manifest","version":1,"operations":[…]}`) or codegen’s (`{"<sha256>":"<operation>"}`). At most 100 operations, 500 KB.',
  })
  manifest: string;
  @Allow()
  @Field(() => ID, { nullable: true, description: 'The tenant the app acts in: one of your trainer or studio ids. Defaults to your only one.' })
  ownerScopeId?: string | null;
}

@InputType({ description: "Internal: an app's calls of one operation, counted by the gateway." })
@Directive('@inaccessible')
export class AppUsageInput {
  @Allow()
  @Field(() => ID)
  appId: string;
  @Allow()
  @Field(() => String)
  operationName: string;
  @Allow()
  @Field(() => Int)
  calls: number;
  @Allow()
  @Field(() => Int)
  errors: number;
  @Allow()
  @Field(() => DateTimeScalar)
  lastUsedAt: Date;
}
