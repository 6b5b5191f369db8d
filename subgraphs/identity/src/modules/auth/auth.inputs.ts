import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Email and password of a FitFlow account.' })
export class LoginInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(255)
  email: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(1024)
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'The deviceToken this device received at its last sign-in to this account. A known device is never slowed down by failures from elsewhere.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  deviceToken?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Accounts with MFA: the 6-digit authenticator code, to sign in in one step. With it, the account holder gets through even while sign-ins from unknown places are being slowed down.',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'totpCode must be the 6 digits your authenticator app shows' })
  totpCode?: string | null;
}
