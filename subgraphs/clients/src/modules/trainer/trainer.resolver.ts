import type { Connection } from '@fitflow/kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClientsContext } from '../../context.js';
import { ClientsArgs } from '../client/client.args.js';
import { clientsOfTrainer } from '../client/client.service.js';
import { ClientConnection, type ClientType } from '../client/client.type.js';
import { TrainerRef } from './trainer.type.js';

@Resolver(() => TrainerRef)
export class TrainerClientsResolver {
  @FieldResolver(() => ClientConnection, {
    description: "Clients whose primary trainer this is, as far as you may see them, by last then first name.",
  })
  clients(@Root() trainer: TrainerRef, @Args(() => ClientsArgs) args: ClientsArgs, @Ctx() ctx: ClientsContext): Promise<Connection<ClientType>> {
    return clientsOfTrainer(ctx, trainer.id, args);
  }
}
