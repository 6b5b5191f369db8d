import { ConnectionType, DateTimeScalar } from '@fitflow/kit';
import { Field, ID, ObjectType } from 'type-graphql';

/** One read of PHI, from `clients.access_log` (append-only). */
@ObjectType('AccessLogEntry', { description: 'Someone read (or exported) part of a client record.' })
export class AccessLogEntryType {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The user who read it (a User id).' }) userId: string;
  @Field(() => DateTimeScalar, { description: 'When (UTC).' }) accessedAt: Date;
  @Field(() => String, { description: '`client` (profile), `session_note` or `training_plan`.' }) resourceType: string;
  @Field(() => ID) resourceId: string;
  @Field(() => String, { description: '`view` or `export`.' }) action: string;
  @Field(() => String, { description: 'Purpose of use: `treatment` (a trainer), `self` (the client), `break_glass` (a super admin’s emergency access).' })
  purpose: string;
  /** `created_at::text`, the cursor key (microsecond precision). */
  sortKey: string;
}

export const AccessLogEntryConnection = ConnectionType(AccessLogEntryType, 'AccessLogEntry');
