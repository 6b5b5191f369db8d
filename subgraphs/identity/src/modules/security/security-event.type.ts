import { ConnectionType, DateTimeScalar } from '@fitflow/kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { SecurityEventRow } from './security-event.repository.js';

export enum SecurityEventKind {
  SIGNED_IN = 'signed_in',
  SIGN_IN_FAILED = 'sign_in_failed',
  MFA_CODE_REJECTED = 'mfa_code_rejected',
  SIGN_IN_THROTTLED = 'sign_in_throttled',
  SIGN_IN_REFUSED_SUSPENDED = 'sign_in_refused_suspended',
  ACCOUNT_UNLOCKED = 'account_unlocked',
  ACCOUNT_SUSPENDED = 'account_suspended',
  ACCOUNT_REINSTATED = 'account_reinstated',
}
registerEnumType(SecurityEventKind, {
  name: 'SecurityEventKind',
  description: 'What happened to an account.',
  valuesConfig: {
    SIGNED_IN: { description: 'Signed in (every factor verified).' },
    SIGN_IN_FAILED: { description: 'A wrong password for this account.' },
    MFA_CODE_REJECTED: { description: 'A wrong authenticator code after a right password.' },
    SIGN_IN_THROTTLED: { description: 'Too many failures: the source (or device) must wait `retryAfterSeconds` before its next try.' },
    SIGN_IN_REFUSED_SUSPENDED: { description: 'A right password for a suspended account.' },
    ACCOUNT_UNLOCKED: { description: 'Support cleared the sign-in delays.' },
    ACCOUNT_SUSPENDED: { description: 'Support suspended the account (`reason`); its sessions were ended.' },
    ACCOUNT_REINSTATED: { description: 'Support reinstated the account (`reason`).' },
  },
});

@ObjectType('SecurityEvent', { description: "An entry of an account's security log (append-only)." })
export class SecurityEventType {
  @Field(() => ID) id: string;
  @Field(() => SecurityEventKind) kind: SecurityEventKind;
  @Field(() => DateTimeScalar, { description: 'When it happened (UTC).' }) occurredAt: Date;
  @Field(() => String, { nullable: true, description: 'The address the attempt came from, as identity saw it.' }) sourceAddress: string | null;
  @Field(() => Boolean, { description: 'The attempt came from a device that had signed in to this account before.' }) knownDevice: boolean;
  @Field(() => Int, { nullable: true, description: 'SIGN_IN_THROTTLED: seconds the source had to wait.' }) retryAfterSeconds: number | null;
  @Field(() => String, { nullable: true, description: 'Support actions: the display name of the support agent.' }) actorName: string | null;
  @Field(() => String, { nullable: true, description: 'Support actions: the reason given.' }) reason: string | null;

  static from(row: SecurityEventRow, actorName: string | null): SecurityEventType {
    return Object.assign(new SecurityEventType(), {
      id: row.id,
      kind: row.kind as SecurityEventKind,
      occurredAt: row.createdAt,
      sourceAddress: row.sourceAddress,
      knownDevice: row.knownDevice,
      retryAfterSeconds: row.retryAfterSeconds,
      actorName,
      reason: row.reason,
    });
  }
}

export const SecurityEventConnection = ConnectionType(SecurityEventType, 'SecurityEvent');
