import { notFound } from '@fitflow/kit';
import type { Connection } from '@fitflow/kit';
import { PageArgs } from '@fitflow/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { ClientsContext } from '../../context.js';
import { AppointmentRef } from '../../extends/Appointment/appointment.type.js';
import { ClientType } from '../client/client.type.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { AddSessionNoteAddendumArgs, WriteSessionNoteInput } from './session-note.inputs.js';
import {
  addendaOf,
  addSessionNoteAddendum,
  latestSessionNote,
  privateNotesOf,
  sessionNotesOfAppointment,
  sessionNotesOfClient,
  signSessionNote,
  versionsOf,
  writeSessionNote,
} from './session-note.service.js';
import { SessionNoteAddendumType, SessionNoteConnection, SessionNoteType, SessionNoteVersionType } from './session-note.type.js';

@Resolver(() => SessionNoteType)
export class SessionNoteResolver {
  @Mutation(() => SessionNoteType, {
    description:
      'Writes the SOAP note of a client who attended a session you taught (a Trainer Admin: that your team taught); writing again changes the unsigned note, every version kept. Errors: BAD_USER_INPUT; NOT_FOUND (client or session unknown, not yours, or taught by someone else); FORBIDDEN (client shared read-only); CONFLICT (the client did not attend; the note is signed: add an addendum).',
  })
  writeSessionNote(@Arg('input', () => WriteSessionNoteInput) input: WriteSessionNoteInput, @Ctx() ctx: ClientsContext): Promise<SessionNoteType> {
    return writeSessionNote(ctx, input);
  }

  @Mutation(() => SessionNoteType, {
    description:
      'Signs (locks) a session note: from then on it changes only by addenda. For the trainer who taught the session or their team admin. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (already signed).',
  })
  signSessionNote(@Arg('id', () => ID) id: string, @Ctx() ctx: ClientsContext): Promise<SessionNoteType> {
    return signSessionNote(ctx, id);
  }

  @Mutation(() => SessionNoteType, {
    description:
      'Adds an addendum to a signed session note; the signed text is kept as signed. Errors: BAD_USER_INPUT (blank or over 20 000 characters), NOT_FOUND, FORBIDDEN (shared read-only), CONFLICT (not signed yet: change the note instead).',
  })
  addSessionNoteAddendum(@Args(() => AddSessionNoteAddendumArgs) args: AddSessionNoteAddendumArgs, @Ctx() ctx: ClientsContext): Promise<SessionNoteType> {
    return addSessionNoteAddendum(ctx, args);
  }

  @FieldResolver(() => TrainerRef, { nullable: true, description: 'The trainer who signed the note; null while unsigned.' })
  signedBy(@Root() note: SessionNoteType): TrainerRef | null {
    return note.signedById ? TrainerRef.of(note.signedById) : null;
  }

  @FieldResolver(() => [SessionNoteAddendumType], { description: 'What was added after signing, oldest first.' })
  addenda(@Root() note: SessionNoteType, @Ctx() ctx: ClientsContext): Promise<SessionNoteAddendumType[]> {
    return addendaOf(ctx, note.id);
  }

  @FieldResolver(() => [SessionNoteVersionType], {
    nullable: true,
    description:
      'Every write of the note, oldest first: who and when (trainers only; a client is refused this field). Notes written before versions were kept start at their next write.',
  })
  versions(@Root() note: SessionNoteType, @Ctx() ctx: ClientsContext): Promise<SessionNoteVersionType[]> {
    return versionsOf(ctx, note.id);
  }

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

@Resolver(() => SessionNoteAddendumType)
export class SessionNoteAddendumResolver {
  @FieldResolver(() => TrainerRef, { description: 'The trainer who added it.' })
  author(@Root() addendum: SessionNoteAddendumType): TrainerRef {
    return TrainerRef.of(addendum.authorId);
  }
}

@Resolver(() => SessionNoteVersionType)
export class SessionNoteVersionResolver {
  @FieldResolver(() => TrainerRef, { description: 'The trainer who wrote this version.' })
  writtenBy(@Root() version: SessionNoteVersionType): TrainerRef {
    return TrainerRef.of(version.writtenBy);
  }
}

/** `Appointment.sessionNotes`: scheduling's Appointment (stub in extends/Appointment), the field here because it returns notes. */
@Resolver(() => AppointmentRef)
export class AppointmentSessionNotesResolver {
  @FieldResolver(() => [SessionNoteType], {
    description: "The session notes written for this session that you may see (a trainer: their clients'; a client: their own).",
  })
  sessionNotes(@Root() appointment: AppointmentRef, @Ctx() ctx: ClientsContext): Promise<SessionNoteType[]> {
    return sessionNotesOfAppointment(ctx, appointment.id);
  }
}
