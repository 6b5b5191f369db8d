import { DateTimeScalar } from '@fitflow/kit';
import { Directive, Field, ID, InputType, Int } from 'type-graphql';
import { AppScopeValue } from './app.type.js';

@InputType({ description: 'A new app: its name, the scopes it asks for and the operations it will run (docs/apps.md).' })
export class RegisterAppInput {
  @Field(() => String, { description: '1 to 80 characters, e.g. "Harbourfront website".' }) name: string;
  @Field(() => [AppScopeValue], { description: 'At least one. CLIENTS_READ needs a super admin’s approval before the app gets a token.' })
  scopes: AppScopeValue[];
  @Field(() => String, {
    description:
      'The operation manifest (JSON): Apollo’s persisted query manifest (`{"format":"apollo-persisted-query-manifest","version":1,"operations":[…]}`) or codegen’s (`{"<sha256>":"<operation>"}`). At most 100 operations, 500 KB.',
  })
  manifest: string;
  @Field(() => ID, { nullable: true, description: 'The tenant the app acts in: one of your trainer or studio ids. Defaults to your only one.' })
  ownerScopeId?: string | null;
}

@InputType({ description: "Internal: an app's calls of one operation, counted by the gateway." })
@Directive('@inaccessible')
export class AppUsageInput {
  @Field(() => ID) appId: string;
  @Field(() => String) operationName: string;
  @Field(() => Int) calls: number;
  @Field(() => Int) errors: number;
  @Field(() => DateTimeScalar) lastUsedAt: Date;
}
