import { DateTimeScalar } from '@fitflow/kit';
import { Field, ObjectType } from 'type-graphql';
import { UserType } from '../user/user.type.js';

@ObjectType('AuthPayload', {
  description: 'Result of signing in. When `mfaRequired`, no tokens are issued yet: call verifyMfa with `mfaToken` and a code.',
})
export class AuthPayloadType {
  @Field(() => String, { nullable: true, description: 'Short-lived JWT (EdDSA) for the Authorization: Bearer header.' })
  accessToken: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the access token expires (UTC).' })
  accessTokenExpiresAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Single-use token for refreshToken; each use returns a new one.' })
  refreshToken: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the refresh token expires (UTC).' })
  refreshTokenExpiresAt: Date | null;

  @Field(() => UserType, { nullable: true, description: 'Null until every factor is verified.' })
  user: UserType | null;

  @Field(() => Boolean, { description: 'A second factor (TOTP code) is needed: call verifyMfa.' })
  mfaRequired: boolean;

  @Field(() => String, { nullable: true, description: 'Proof of the first factor for verifyMfa; valid 5 minutes.' })
  mfaToken: string | null;

  @Field(() => Boolean, {
    description: "The user's team requires MFA and they have not enrolled: the tokens only allow enrolment until they do.",
  })
  mfaEnrollmentRequired: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Set once every factor is verified: keep it on this device and send it as LoginInput.deviceToken next time (a known device is not slowed down by failures elsewhere).',
  })
  deviceToken: string | null;
}
