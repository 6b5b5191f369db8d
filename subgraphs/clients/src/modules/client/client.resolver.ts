import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequiresScopes, type Connection } from '@fitflow/kit';
import type { ClientsContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { BreakGlassArgs, ClientsArgs } from './client.args.js';
import { CreateClientInput, UpdateClientInput } from './client.inputs.js';
import { breakGlassReadClient, clientsOfTrainer, createClient, deleteClient, getClient, listClients, updateClient } from './client.service.js';
import { ClientConnection, ClientType } from './client.type.js';

@Resolver(() => ClientType)
export class ClientResolver {
  @Query(() => ClientType, { description: 'One of your clients. Errors: NOT_FOUND (unknown or not yours), BAD_USER_INPUT (malformed id).' })
  @RequiresScopes('clients:read')
  client(@Arg('id', () => ID) id: string, @Ctx() ctx: ClientsContext): Promise<ClientType> {
    return getClient(ctx, id);
  }

  @Query(() => ClientConnection, {
    description: "Your clients (a trainer's own and those shared with them; a client's own record), by last then first name.",
  })
  @RequiresScopes('clients:read')
  clients(@Args(() => ClientsArgs) args: ClientsArgs, @Ctx() ctx: ClientsContext): Promise<Connection<ClientType>> {
    return listClients(ctx, args);
  }

  @Mutation(() => ClientType, { description: 'Adds a client of yours (trainers). Errors: BAD_USER_INPUT naming the field.' })
  createClient(@Arg('input', () => CreateClientInput) input: CreateClientInput, @Ctx() ctx: ClientsContext): Promise<ClientType> {
    return createClient(ctx, input);
  }

  @Mutation(() => ClientType, {
    description:
      'Changes one of your clients; a client may change their own contact details and consents. Errors: BAD_USER_INPUT, NOT_FOUND, FORBIDDEN (shared with you read-only, or a client changing more than contact details).',
  })
  updateClient(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateClientInput) input: UpdateClientInput,
    @Ctx() ctx: ClientsContext,
  ): Promise<ClientType> {
    return updateClient(ctx, id, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a client (soft delete: hidden everywhere, kept for the retention period). For the client’s trainer, their team admin, or an `admin` share. Errors: NOT_FOUND, FORBIDDEN.',
  })
  deleteClient(@Arg('id', () => ID) id: string, @Ctx() ctx: ClientsContext): Promise<boolean> {
    return deleteClient(ctx, id);
  }

  @Mutation(() => ClientType, {
    description:
      'Super admins only: an emergency read of one client. The reason is kept in the audit log and the client can see the access in myAccessLog. Errors: BAD_USER_INPUT (reason under 10 characters), NOT_FOUND.',
  })
  breakGlassReadClient(@Args(() => BreakGlassArgs) args: BreakGlassArgs, @Ctx() ctx: ClientsContext): Promise<ClientType> {
    return breakGlassReadClient(ctx, args);
  }

  @FieldResolver(() => TrainerRef, { description: "The client's primary trainer." })
  @RequiresScopes('clients:read')
  trainer(@Root() client: ClientType): TrainerRef {
    return TrainerRef.of(client.trainerId);
  }
}

/** `Trainer.clients`: studios' Trainer (stub in extends/Trainer), the field here because it returns client data. */
@Resolver(() => TrainerRef)
export class TrainerClientsResolver {
  @FieldResolver(() => ClientConnection, {
    description: 'Clients whose primary trainer this is, as far as you may see them, by last then first name.',
  })
  clients(@Root() trainer: TrainerRef, @Args(() => ClientsArgs) args: ClientsArgs, @Ctx() ctx: ClientsContext): Promise<Connection<ClientType>> {
    return clientsOfTrainer(ctx, trainer.id, args);
  }
}
