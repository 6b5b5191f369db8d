import { ConnectionType, DateTimeScalar } from '@fitflow/kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';

/**
 * In which capacity someone read a client record, from the log row's purpose and, for trainers, the
 * team hierarchy (`studios.trainer_directory`): a trainer who heads a team is a trainer admin.
 */
export enum AccessorRole {
  CLIENT = 'CLIENT',
  TRAINER = 'TRAINER',
  TRAINER_ADMIN = 'TRAINER_ADMIN',
  SUPER_ADMIN = 'SUPER_ADMIN',
}
registerEnumType(AccessorRole, {
  name: 'AccessorRole',
  description: 'In which capacity someone read a client record.',
  valuesConfig: {
    CLIENT: { description: 'The client themself.' },
    TRAINER: { description: 'A trainer (the client’s own, or one the record is shared with).' },
    TRAINER_ADMIN: { description: 'A trainer who heads a team.' },
    SUPER_ADMIN: { description: 'FitFlow support, through an audited break-glass read.' },
  },
});

/** One read of PHI, from `clients.access_log` (append-only). */
@ObjectType('AccessLogEntry', { description: 'Someone read (or exported) part of a client record.' })
export class AccessLogEntryType {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The user who read it (a User id).' }) userId: string;
  @Field(() => DateTimeScalar, { description: 'When (UTC).' }) accessedAt: Date;
  @Field(() => String, { description: '`client` (profile), `session_note`, `session_note_addendum` or `training_plan`.' }) resourceType: string;
  @Field(() => ID) resourceId: string;
  @Field(() => String, { description: '`view` or `export`.' }) action: string;
  @Field(() => String, { description: 'Purpose of use: `treatment` (a trainer), `self` (the client), `break_glass` (a super admin’s emergency access).' })
  purpose: string;
  @Field(() => AccessorRole, { description: 'In which capacity they read it.' }) accessorRole: AccessorRole;
  @Field(() => TrainerRef, {
    nullable: true,
    description: 'The trainer who read it (a trainer’s user id is their trainer id); null for the client themself and super admins.',
  })
  trainer: TrainerRef | null;
  /** `created_at::text`, the cursor key (microsecond precision). */
  sortKey: string;
}

export const AccessLogEntryConnection = ConnectionType(AccessLogEntryType, 'AccessLogEntry');
