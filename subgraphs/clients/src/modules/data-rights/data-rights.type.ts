import { DateTimeScalar } from '@fitflow/kit';
import { Field, ID, ObjectType } from 'type-graphql';

/** A request to erase a client's record, carried out once the clinical retention period has passed. */
@ObjectType('ClientErasureRequest', {
  description:
    'A request to erase a client’s record. It is carried out (crypto-shredding) once the clinical record retention period has passed since the last session note.',
})
export class ErasureRequestType {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field(() => ID, { description: 'The user who asked.' }) requestedBy: string;
  @Field(() => DateTimeScalar) requestedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the record was erased; null while pending.' }) processedAt: Date | null;
}
