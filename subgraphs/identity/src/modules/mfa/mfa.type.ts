import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('MfaEnrollment', { description: 'A TOTP secret to add to an authenticator app, then confirm with a code.' })
export class MfaEnrollmentType {
  @Field(() => String, { description: 'Base32 secret, for manual entry.' }) secret: string;
  @Field(() => String, { description: 'otpauth:// URI (RFC 6238 key URI), for a QR code.' }) otpauthUri: string;
}

@ObjectType('TeamSecurityPolicy', { description: "A Trainer Admin's security rules for their team." })
export class TeamSecurityPolicyType {
  @Field(() => ID) trainerAdminId: string;
  @Field(() => Boolean, { description: 'Team members must use two-factor authentication to sign in.' }) mfaRequired: boolean;
}
