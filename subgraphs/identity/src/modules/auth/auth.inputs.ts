import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
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
}
