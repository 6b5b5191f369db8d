import { IsBoolean, IsString } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

/** Whether one confirmed participant of a session came (`markAttendance`). */
@InputType('AttendanceInput', { description: 'Whether one confirmed participant of the session came.' })
export class AttendanceInput {
  @Field(() => ID, { description: 'The client (not the booking id).' })
  @IsString()
  clientId: string;

  @Field(() => Boolean, { description: 'true: attended; false: did not show up.' })
  @IsBoolean()
  attended: boolean;
}
