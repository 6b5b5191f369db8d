import { notFound } from '@fitflow/kit';
import type { Connection } from '@fitflow/kit';
import { PageArgs } from '@fitflow/kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClientsContext } from '../../context.js';
import { AppointmentRef } from '../../extends/Appointment/appointment.type.js';
import { ClientType } from '../client/client.type.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { latestSessionNote, privateNotesOf, sessionNotesOfClient } from './session-note.service.js';
import { SessionNoteConnection, SessionNoteType } from './session-note.type.js';

@Resolver(() => SessionNoteType)
export class SessionNoteResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Notes for trainers only; never shown to the client.' })
  privateNotes(@Root() note: SessionNoteType, @Ctx() ctx: ClientsContext): Promise<string | null> {
    return privateNotesOf(ctx, note);
  }

  @FieldResolver(() => AppointmentRef, { description: 'The appointment the note documents.' })
  appointment(@Root() note: SessionNoteType): AppointmentRef {
    return AppointmentRef.of(note.appointmentId);
  }

  @FieldResolver(() => TrainerRef, { description: 'The trainer who wrote the note.' })
  trainer(@Root() note: SessionNoteType): TrainerRef {
    return TrainerRef.of(note.trainerId);
  }

  @FieldResolver(() => ClientType)
  async client(@Root() note: SessionNoteType, @Ctx() ctx: ClientsContext): Promise<ClientType> {
    // A note is only visible when its client is, so the client is there (unless deleted meanwhile).
    const client = await ctx.loaders.clientById.load(note.clientId);
    if (!client) throw notFound('Client');
    return ClientType.from(client);
  }
}

@Resolver(() => ClientType)
export class ClientSessionNotesResolver {
  @FieldResolver(() => SessionNoteConnection, { description: 'Session notes, newest session first.' })
  sessionNotes(@Root() client: ClientType, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ClientsContext): Promise<Connection<SessionNoteType>> {
    return sessionNotesOfClient(ctx, client.id, args);
  }

  @FieldResolver(() => SessionNoteType, { nullable: true, description: 'The most recent session note, if any.' })
  latestSessionNote(@Root() client: ClientType, @Ctx() ctx: ClientsContext): Promise<SessionNoteType | null> {
    return latestSessionNote(ctx, client.id);
  }
}
