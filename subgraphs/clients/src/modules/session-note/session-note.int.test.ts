import { ScopedDb, scopeOf } from '@fitflow/kit';
import { demoAuth, demoEmma as emma, demoTrainer as trainer, execute, UNKNOWN_ID } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { clientsOf, notesOf, tenant, useClientsTestBed, userOf, viewerOf, type Page } from '../../test-bed.js';
import { NOT_ATTENDED } from './session-note.service.js';

/** A client's session notes: paged newest session first; written, signed and amended by the trainer who taught the session. */
const bed = useClientsTestBed();

describe('a trainer and their clients', () => {
  it("pages through a client's session notes, newest session first", async () => {
    const client = clientsOf('maya').find((c) => notesOf(c.id).length > 3)!;
    const query = `query($id: ID!, $after: String) { client(id: $id) { sessionNotes(first: 2, after: $after) {
      edges { node { id sessionDate subjective plan exercises { name sets reps weightKg } measurements { weightKg bodyFatPercent } privateNotes appointment { id } trainer { id } client { id } } }
      pageInfo { hasNextPage endCursor } } } }`;
    const auth = await demoAuth('maya@fitflow.demo');
    const seen: Record<string, unknown>[] = [];
    let after: string | null = null;
    do {
      const result = await execute(bed.server, query, { id: client.id, after }, auth);
      expect(result.errors).toBeUndefined();
      const page: Page<Record<string, unknown>> = result.data!.client.sessionNotes;
      seen.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(
      notesOf(client.id).map((n) => ({
        id: n.id,
        sessionDate: n.sessionDate,
        subjective: n.subjective,
        plan: n.plan,
        exercises: n.exercises,
        measurements: n.measurements,
        privateNotes: n.privateNotes,
        appointment: { id: n.appointmentId },
        trainer: { id: n.trainerId },
        client: { id: client.id },
      })),
    );
  });
});

/*
 * Writing, signing and amending notes. Attendance comes from the demo tenant's sessions (scheduling's
 * attendance_directory): every attended demo session already has its demo note, so a test that needs
 * a session without a note sets the demo note aside (owner connection) and puts it back afterwards.
 */
const WRITE = `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) {
  id sessionDate subjective objective assessment plan privateNotes signedAt
  exercises { name sets reps weightKg notes } measurements { weightKg bodyFatPercent restingHeartRate waistCm }
  trainer { id } client { id } appointment { id } versions { version writtenBy { id } } addenda { id } } }`;
const SIGN = 'mutation($id: ID!) { signSessionNote(id: $id) { id signedAt signedBy { id } subjective } }';
const ADD = 'mutation($id: ID!, $text: String!) { addSessionNoteAddendum(id: $id, text: $text) { id subjective addenda { text author { id } createdAt } } }';

const keyOf = (trainerId: string) => tenant().trainers.find((t) => t.id === trainerId)!.key;
const authOf = (trainerId: string) => demoAuth(`${keyOf(trainerId)}@fitflow.demo`);
/** Sessions of `trainerKey` that `clientId` attended, newest first. */
/** A trainer's sessions, newest first, that a client attended and whose demo note is not signed yet (each client's newest). */
const attended = (trainerKey: string, clientId?: string) =>
  tenant()
    .appointments.filter(
      (a) =>
        a.trainerId === trainer(trainerKey).id &&
        a.participants.some((p) => p.attended && (!clientId || p.clientId === clientId) && demoNoteOf(a.id, p.clientId)?.signedAt === null),
    )
    .sort((a, b) => b.startTime.getTime() - a.startTime.getTime());
const demoNoteOf = (appointmentId: string, clientId: string) =>
  tenant().sessionNotes.find((n) => n.appointmentId === appointmentId && n.clientId === clientId)!;

/** Removes the stored note of (appointment, client) with its versions and addenda (owner: no RLS, no audit) and returns its row. */
async function setAside(appointmentId: string, clientId: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await bed.owner.query('select * from clients.session_notes where appointment_id = $1 and client_id = $2', [appointmentId, clientId]);
  for (const table of ['session_note_addenda', 'session_note_versions']) {
    await bed.owner.query(`delete from clients.${table} where note_id in (select id from clients.session_notes where appointment_id = $1 and client_id = $2)`, [
      appointmentId,
      clientId,
    ]);
  }
  await bed.owner.query('delete from clients.session_notes where appointment_id = $1 and client_id = $2', [appointmentId, clientId]);
  return row;
}
/** Puts a row {@link setAside} returned back, exactly as it was. */
async function putBack(appointmentId: string, clientId: string, row: Record<string, unknown> | undefined): Promise<void> {
  await setAside(appointmentId, clientId);
  if (!row) return;
  const columns = Object.keys(row);
  await bed.owner.query(
    `insert into clients.session_notes (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
    columns.map((c) => row[c]),
  );
}

describe('writing, signing and amending a session note', () => {
  it('lets the trainer who taught the session write, rewrite, sign and amend the note of a client who attended, every version kept, sealed and audited', async () => {
    const session = attended('maya', emma().id)[0];
    const demoNote = demoNoteOf(session.id, emma().id);
    const stored = await setAside(session.id, emma().id);
    const maya = await demoAuth('maya@fitflow.demo');
    try {
      const first = await execute(
        bed.server,
        WRITE,
        {
          input: {
            appointmentId: session.id,
            clientId: emma().id,
            sessionDate: demoNote.sessionDate,
            subjective: 'Knee felt fine on the stairs this week.',
            objective: 'Full squat depth, no valgus.',
            assessment: 'Ready for more load.',
            plan: 'Add 2.5 kg to squats.',
            exercises: [{ name: 'Back squat', sets: 3, reps: 8, weightKg: 42.5, notes: 'Last set RPE 8' }],
            measurements: { weightKg: 61.2, bodyFatPercent: 24.1, restingHeartRate: 58 },
            privateNotes: 'Mentioned a stressful month at work.',
          },
        },
        maya,
      );
      expect(first.errors).toBeUndefined();
      const note = first.data!.writeSessionNote;
      expect(note).toMatchObject({
        sessionDate: demoNote.sessionDate,
        subjective: 'Knee felt fine on the stairs this week.',
        plan: 'Add 2.5 kg to squats.',
        privateNotes: 'Mentioned a stressful month at work.',
        signedAt: null,
        exercises: [{ name: 'Back squat', sets: 3, reps: 8, weightKg: 42.5, notes: 'Last set RPE 8' }],
        measurements: { weightKg: 61.2, bodyFatPercent: 24.1, restingHeartRate: 58, waistCm: null },
        trainer: { id: trainer('maya').id },
        client: { id: emma().id },
        appointment: { id: session.id },
        versions: [{ version: 1, writtenBy: { id: trainer('maya').id } }],
        addenda: [],
      });

      // Writing again changes the unsigned note: omitted fields stay, the new version is kept.
      const second = await execute(bed.server, WRITE, { input: { appointmentId: session.id, clientId: emma().id, plan: 'Add 5 kg to squats.' } }, maya);
      expect(second.errors).toBeUndefined();
      expect(second.data!.writeSessionNote).toMatchObject({
        id: note.id,
        subjective: 'Knee felt fine on the stairs this week.',
        plan: 'Add 5 kg to squats.',
        versions: [{ version: 1 }, { version: 2 }],
      });

      const signed = await execute(bed.server, SIGN, { id: note.id }, maya);
      expect(signed.errors).toBeUndefined();
      expect(signed.data!.signSessionNote).toMatchObject({
        id: note.id,
        signedBy: { id: trainer('maya').id },
        subjective: 'Knee felt fine on the stairs this week.',
      });
      expect(Number.isNaN(Date.parse(signed.data!.signSessionNote.signedAt))).toBe(false);

      const rewrite = await execute(bed.server, WRITE, { input: { appointmentId: session.id, clientId: emma().id, plan: 'Changed my mind.' } }, maya);
      expect(rewrite.errors?.[0]).toMatchObject({ message: 'This note is signed; add an addendum instead.', extensions: { code: 'CONFLICT' } });
      const again = await execute(bed.server, SIGN, { id: note.id }, maya);
      expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

      const amended = await execute(bed.server, ADD, { id: note.id, text: 'Client called: the knee was sore the next day.' }, maya);
      expect(amended.errors).toBeUndefined();
      expect(amended.data!.addSessionNoteAddendum).toMatchObject({
        subjective: 'Knee felt fine on the stairs this week.',
        addenda: [{ text: 'Client called: the knee was sore the next day.', author: { id: trainer('maya').id } }],
      });

      // At rest: every clinical column of the note, its versions and its addenda is ciphertext.
      const [raw] = await bed.owner.query(
        'select subjective, plan, exercises, measurements, private_notes, version, signed_by from clients.session_notes where id = $1',
        [note.id],
      );
      expect(raw).toMatchObject({ version: 2, signed_by: trainer('maya').id });
      for (const column of ['subjective', 'plan', 'exercises', 'measurements', 'private_notes']) expect(raw[column]).toMatch(/^v1:client\./);
      const versions = await bed.owner.query(
        'select version, subjective, plan, private_notes from clients.session_note_versions where note_id = $1 order by version',
        [note.id],
      );
      expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
      for (const v of versions) for (const column of ['subjective', 'plan', 'private_notes']) expect(v[column]).toMatch(/^v1:client\./);
      expect(versions[0].plan).not.toBe(versions[1].plan);
      const [addendum] = await bed.owner.query('select text from clients.session_note_addenda where note_id = $1', [note.id]);
      expect(addendum.text).toMatch(/^v1:client\./);
      // A sealed value moved to another row or column does not open (AAD bound to both).
      await expect(bed.owner.query('update clients.session_notes set plan = $1 where id = $2', [versions[0].plan, note.id])).resolves.toBeDefined();
      const moved = await execute(bed.server, 'query($id: ID!) { client(id: $id) { latestSessionNote { plan } } }', { id: emma().id }, maya);
      expect(moved.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');

      // Audited: ids and facts, PHI redacted.
      const audit = await bed.owner.query(
        `select action, table_name, old_values, new_values from clients.audit_log
          where record_id = $1 or (table_name = 'session_note_addenda' and new_values->>'noteId' = $1::text) order by created_at, id`,
        [note.id],
      );
      expect(audit.map((a: { action: string; table_name: string }) => `${a.action} ${a.table_name}`)).toEqual([
        'create session_notes',
        'update session_notes',
        'update session_notes',
        'create session_note_addenda',
      ]);
      expect(audit[0].new_values).toMatchObject({ subjective: '[redacted]', privateNotes: '[redacted]', version: 1, appointmentId: session.id });
      expect(audit[1]).toMatchObject({ old_values: { plan: '[redacted]', version: 1 }, new_values: { plan: '[redacted]', version: 2 } });
      expect(audit[2].new_values).toMatchObject({ signedBy: trainer('maya').id });
      expect(audit[3].new_values).toMatchObject({ text: '[redacted]', authorId: trainer('maya').id });
      expect(JSON.stringify(audit)).not.toMatch(/Knee|squats|stressful|sore/);
    } finally {
      await putBack(session.id, emma().id, stored);
    }
  });

  it('shows Emma her note once signed, with its addenda, but never the private notes or the versions, and logs her reads', async () => {
    const session = attended('maya', emma().id)[0];
    const stored = await setAside(session.id, emma().id);
    const maya = await demoAuth('maya@fitflow.demo');
    try {
      const written = await execute(
        bed.server,
        WRITE,
        { input: { appointmentId: session.id, clientId: emma().id, subjective: 'Good week.', privateNotes: 'Trainer eyes only.' } },
        maya,
      );
      const noteId = written.data!.writeSessionNote.id;
      const emmaAuth = await demoAuth('emma.wilson@example.com');
      // Unsigned, it is Maya's draft: Emma's newest note is still an older, signed one.
      const draft = await execute(bed.server, 'query($id: ID!) { client(id: $id) { latestSessionNote { id signedAt } } }', { id: emma().id }, emmaAuth);
      expect(draft.errors).toBeUndefined();
      expect(draft.data!.client.latestSessionNote?.id).not.toBe(noteId);
      if (draft.data!.client.latestSessionNote) expect(draft.data!.client.latestSessionNote.signedAt).not.toBeNull();
      await execute(bed.server, SIGN, { id: noteId }, maya);
      await execute(bed.server, ADD, { id: noteId, text: 'Follow-up: all good.' }, maya);

      const own = await execute(
        bed.server,
        'query($id: ID!) { client(id: $id) { latestSessionNote { id subjective signedAt signedBy { id } addenda { text author { id } } } } }',
        { id: emma().id },
        emmaAuth,
      );
      expect(own.errors).toBeUndefined();
      expect(own.data!.client.latestSessionNote).toMatchObject({
        id: noteId,
        subjective: 'Good week.',
        signedBy: { id: trainer('maya').id },
        addenda: [{ text: 'Follow-up: all good.', author: { id: trainer('maya').id } }],
      });
      const secret = await execute(
        bed.server,
        'query($id: ID!) { client(id: $id) { latestSessionNote { id privateNotes versions { version } } } }',
        { id: emma().id },
        emmaAuth,
      );
      expect(secret.data!.client.latestSessionNote).toEqual({ id: noteId, privateNotes: null, versions: null });
      expect(secret.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(JSON.stringify(secret)).not.toContain('Trainer eyes only.');

      const reads = await bed.owner.query(
        `select resource_type, purpose from clients.access_log where user_id = $1 and subject_client_id = $2 and resource_type = 'session_note_addendum'`,
        [userOf('emma.wilson@example.com').id, emma().id],
      );
      expect(reads).toContainEqual({ resource_type: 'session_note_addendum', purpose: 'self' });
    } finally {
      await putBack(session.id, emma().id, stored);
    }
  });

  it('lets a Trainer Admin write the note of a session her team taught, and keeps the earlier text as a version', async () => {
    const session = attended('liam')[0];
    const clientId = session.participants.find((p) => p.attended)!.clientId;
    const [before] = await bed.owner.query('select * from clients.session_notes where appointment_id = $1 and client_id = $2', [session.id, clientId]);
    try {
      const result = await execute(
        bed.server,
        WRITE,
        { input: { appointmentId: session.id, clientId, assessment: 'Reviewed by Maya.' } },
        await demoAuth('maya@fitflow.demo'),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.writeSessionNote).toMatchObject({
        id: demoNoteOf(session.id, clientId).id,
        subjective: demoNoteOf(session.id, clientId).subjective,
        assessment: 'Reviewed by Maya.',
        versions: [{ version: 2, writtenBy: { id: trainer('maya').id } }],
      });
    } finally {
      await putBack(session.id, clientId, before);
    }
  });

  it('refuses a note for a client who did not attend (CONFLICT) and for a session someone else taught (NOT_FOUND, as an unknown one), writing nothing', async () => {
    const notes = async () => Number((await bed.owner.query('select count(*)::int as n from clients.session_notes'))[0].n);
    const count = await notes();
    const write = async (auth: string, appointmentId: string, clientId: string) =>
      (await execute(bed.server, WRITE, { input: { appointmentId, clientId, subjective: 'x' } }, auth)).errors?.[0];

    // Not attended: a no-show, a cancelled session, an upcoming session, a client not booked at all.
    const refused = tenant().appointments.filter((a) => a.status === 'no-show' || a.status === 'cancelled' || a.status === 'scheduled');
    expect(refused.some((a) => a.status === 'scheduled')).toBe(true);
    for (const status of ['no-show', 'cancelled', 'scheduled']) {
      const session = refused.find((a) => a.status === status);
      if (!session) continue; // the demo week may have no no-show or cancelled session
      const error = await write(await authOf(session.trainerId), session.id, session.participants[0].clientId);
      expect(error, status).toMatchObject({ message: NOT_ATTENDED, extensions: { code: 'CONFLICT' } });
    }
    const emmasSession = attended('maya', emma().id)[0];
    const notBooked = clientsOf('maya').find((c) => !emmasSession.participants.some((p) => p.clientId === c.id))!;
    const maya = await demoAuth('maya@fitflow.demo');
    expect(await write(maya, emmasSession.id, notBooked.id)).toMatchObject({ message: NOT_ATTENDED, extensions: { code: 'CONFLICT' } });

    // Taught by someone else: Noah's client at Maya's session, or Maya's session for Liam (who cannot see Emma).
    const noahsClient = clientsOf('noah')[0];
    const noah = await demoAuth('noah@fitflow.demo');
    const foreign = await write(noah, emmasSession.id, noahsClient.id);
    expect(foreign).toMatchObject({ message: 'Appointment not found.', extensions: { code: 'NOT_FOUND' } });
    expect(await write(noah, UNKNOWN_ID, noahsClient.id)).toEqual(foreign);
    const liamsSession = attended('liam')[0];
    const liamsClient = liamsSession.participants.find((p) => p.attended)!.clientId;
    expect(await write(await demoAuth('liam@fitflow.demo'), emmasSession.id, emma().id)).toMatchObject({
      message: 'Client not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    // A team trainer does not write the notes of the Trainer Admin's sessions, nor of a teammate's.
    expect(await write(await demoAuth('sofia@fitflow.demo'), liamsSession.id, liamsClient)).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    // Shared read-only (Emma with Sofia): FORBIDDEN; a client, a studio admin: FORBIDDEN.
    expect(await write(await demoAuth('sofia@fitflow.demo'), emmasSession.id, emma().id)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await write(await demoAuth('emma.wilson@example.com'), emmasSession.id, emma().id)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await write(await demoAuth('studio@harbourfront.demo'), emmasSession.id, emma().id)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await notes()).toBe(count);
  });

  it('refuses bad input before writing: text over 20 000 characters, a session date that is not the session’s, a blank addendum', async () => {
    const session = attended('maya', emma().id)[0];
    const maya = await demoAuth('maya@fitflow.demo');
    const long = await execute(bed.server, WRITE, { input: { appointmentId: session.id, clientId: emma().id, plan: 'x'.repeat(20_001) } }, maya);
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['plan'] });
    const tooMany = await execute(
      bed.server,
      WRITE,
      { input: { appointmentId: session.id, clientId: emma().id, exercises: Array.from({ length: 51 }, () => ({ name: 'Plank' })) } },
      maya,
    );
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['exercises'] });
    const farDate = await execute(bed.server, WRITE, { input: { appointmentId: session.id, clientId: emma().id, sessionDate: '2020-01-01' } }, maya);
    expect(farDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionDate' });
    const note = demoNoteOf(session.id, emma().id);
    const blank = await execute(bed.server, ADD, { id: note.id, text: '   ' }, maya);
    expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unsigned = await execute(bed.server, ADD, { id: note.id, text: 'Too early.' }, maya);
    expect(unsigned.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const [stored] = await bed.owner.query('select version, signed_at from clients.session_notes where id = $1', [note.id]);
    expect(stored).toEqual({ version: 1, signed_at: null });
    expect(Number((await bed.owner.query('select count(*)::int as n from clients.session_note_addenda where note_id = $1', [note.id]))[0].n)).toBe(0);
  });

  it("lists a session's notes on the Appointment entity: a trainer their clients', a client only her own", async () => {
    const session = tenant().appointments.find(
      (a) => a.participants.length > 1 && a.participants.some((p) => p.clientId === emma().id) && tenant().sessionNotes.some((n) => n.appointmentId === a.id),
    )!;
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Appointment { id sessionNotes { id client { id } } } } }`;
    const r = [{ __typename: 'Appointment', id: session.id }];
    const notes = tenant().sessionNotes.filter((n) => n.appointmentId === session.id);
    const maya = await execute(bed.server, query, { r }, await demoAuth('maya@fitflow.demo'));
    expect(maya.errors).toBeUndefined();
    expect(maya.data!._entities[0].sessionNotes.map((n: { id: string }) => n.id).sort()).toEqual(notes.map((n) => n.id).sort());
    const own = await execute(bed.server, query, { r }, await demoAuth('emma.wilson@example.com'));
    expect(own.data!._entities[0].sessionNotes).toEqual([{ id: demoNoteOf(session.id, emma().id).id, client: { id: emma().id } }]);
    const noah = await execute(bed.server, query, { r }, await demoAuth('noah@fitflow.demo'));
    expect(noah.data!._entities[0].sessionNotes).toEqual([]);
  });

  it('answers another trainer signing or amending a note as for an unknown note, and a read-only share FORBIDDEN', async () => {
    const note = demoNoteOf(attended('maya', emma().id)[0].id, emma().id);
    const noah = await demoAuth('noah@fitflow.demo');
    const sign = await execute(bed.server, SIGN, { id: note.id }, noah);
    expect(sign.errors?.[0]).toMatchObject({ message: 'Session note not found.', extensions: { code: 'NOT_FOUND' } });
    expect((await execute(bed.server, SIGN, { id: UNKNOWN_ID }, noah)).errors?.[0]).toEqual(sign.errors?.[0]);
    expect((await execute(bed.server, ADD, { id: note.id, text: 'x' }, noah)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await execute(bed.server, SIGN, { id: note.id }, await demoAuth('sofia@fitflow.demo'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await execute(bed.server, SIGN, { id: note.id }, await demoAuth('emma.wilson@example.com'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps a signed note locked in PostgreSQL too: the runtime role cannot change it, nor rewrite versions and addenda', async () => {
    const session = attended('maya', emma().id)[0];
    const note = demoNoteOf(session.id, emma().id);
    const [before] = await bed.owner.query('select * from clients.session_notes where id = $1', [note.id]);
    const maya = new ScopedDb(bed.ds, scopeOf(viewerOf('maya@fitflow.demo')));
    try {
      await bed.owner.query('update clients.session_notes set signed_at = now(), signed_by = $2 where id = $1', [note.id, trainer('maya').id]);
      const changed = await maya.run((em) => em.query('update clients.session_notes set session_date = session_date where id = $1', [note.id]));
      expect(changed[1]).toBe(0);
      await expect(maya.run((em) => em.query('update clients.session_note_versions set version = version'))).rejects.toThrow(/permission denied/);
      await expect(maya.run((em) => em.query('delete from clients.session_note_addenda'))).rejects.toThrow(/permission denied/);
      await expect(
        maya.run((em) =>
          em.query(`insert into clients.session_note_addenda (id, note_id, client_id, text, author_id) values (gen_random_uuid(), $1, $2, 'plain text', $3)`, [
            note.id,
            emma().id,
            trainer('maya').id,
          ]),
        ),
      ).rejects.toThrow(/session_note_addenda_text_check|check constraint/);
    } finally {
      await putBack(session.id, emma().id, before);
    }
  });
});
