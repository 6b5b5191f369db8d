import { JSONObjectScalar } from '@fitflow/kit';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { ClientsContext } from '../../context.js';
import { exportClientData, processClientErasures, requestClientErasure } from './data-rights.service.js';
import { ErasureRequestType } from './data-rights.type.js';

@Resolver()
export class DataRightsResolver {
  @Mutation(() => JSONObjectScalar, {
    description:
      'Everything held about a client as one JSON document (profile, notes, plans, shares, access log). For the client, their trainer and the trainer’s team admin; audited. Errors: NOT_FOUND, FORBIDDEN.',
  })
  exportClientData(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: ClientsContext): Promise<Record<string, unknown>> {
    return exportClientData(ctx, clientId);
  }

  @Mutation(() => ErasureRequestType, {
    description:
      'Asks for a client’s record to be erased once the clinical retention period has passed. For the client, their trainer and the trainer’s team admin. Errors: NOT_FOUND, FORBIDDEN.',
  })
  requestClientErasure(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: ClientsContext): Promise<ErasureRequestType> {
    return requestClientErasure(ctx, clientId);
  }

  @Mutation(() => Int, { description: 'Super admins: carries out the erasure requests that are due now (normally a scheduled job does). Returns how many.' })
  processClientErasures(@Ctx() ctx: ClientsContext): Promise<number> {
    return processClientErasures(ctx);
  }
}
