import { DateTimeScalar } from '@fitflow/kit';
import { Field, ObjectType } from 'type-graphql';
import { UserType } from '../user/user.type.js';

@ObjectType('AuthPayload', { description: 'Tokens of a signed-in session.' })
export class AuthPayloadType {
  @Field(() => String, { description: 'Short-lived JWT (EdDSA) for the Authorization: Bearer header.' })
  accessToken: string;

  @Field(() => DateTimeScalar, { description: 'When the access token expires (UTC).' })
  accessTokenExpiresAt: Date;

  @Field(() => String, { description: 'Single-use token for refreshToken; each use returns a new one.' })
  refreshToken: string;

  @Field(() => DateTimeScalar, { description: 'When the refresh token expires (UTC).' })
  refreshTokenExpiresAt: Date;

  @Field(() => UserType)
  user: UserType;
}
