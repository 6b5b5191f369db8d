import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { getFragmentData, graphql } from '../__generated__';
import type { ExerciseInput, SessionNoteEditor_NoteFragment } from '../__generated__/graphql';
import { formatDateTime } from '../lib/time';
import { ErrorMessage, Loading } from './StateViews';
import { exerciseText } from './SessionNoteCard';

export const SessionNoteEditor_note = graphql(`
  fragment SessionNoteEditor_note on SessionNote {
    id
    subjective
    objective
    assessment
    plan
    privateNotes
    exercises {
      name
      sets
      reps
      weightKg
      notes
    }
    signedAt
    signedBy {
      id
      displayName
    }
    addenda {
      id
      text
      createdAt
      author {
        id
        displayName
      }
    }
    appointment {
      id
    }
  }
`);

const SessionNoteEditorQuery = graphql(`
  query SessionNoteEditorQuery($clientId: ID!) {
    client(id: $clientId) {
      id
      sessionNotes(first: 50) {
        edges {
          node {
            id
            ...SessionNoteEditor_note
          }
        }
      }
    }
  }
`);

const WriteNoteMutation = graphql(`
  mutation WriteNoteMutation($input: WriteSessionNoteInput!) {
    writeSessionNote(input: $input) {
      id
      ...SessionNoteEditor_note
    }
  }
`);

const SignNoteMutation = graphql(`
  mutation SignNoteMutation($id: ID!) {
    signSessionNote(id: $id) {
      id
      ...SessionNoteEditor_note
    }
  }
`);

const AddAddendumMutation = graphql(`
  mutation AddAddendumMutation($id: ID!, $text: String!) {
    addSessionNoteAddendum(id: $id, text: $text) {
      id
      ...SessionNoteEditor_note
    }
  }
`);

type Note = SessionNoteEditor_NoteFragment;
const SOAP = [
  ['subjective', 'Subjective', 'What the client reported'],
  ['objective', 'Objective', 'What you observed and measured'],
  ['assessment', 'Assessment', 'Your assessment'],
  ['plan', 'Plan', 'The plan from here'],
] as const;
type SoapField = (typeof SOAP)[number][0];

/** An exercise row as typed (numbers as the inputs hold them). */
interface ExerciseRow {
  name: string;
  sets: string;
  reps: string;
  weightKg: string;
}
const toRow = (e: Note['exercises'][number]): ExerciseRow => ({
  name: e.name,
  sets: e.sets?.toString() ?? '',
  reps: e.reps?.toString() ?? '',
  weightKg: e.weightKg?.toString() ?? '',
});
const toInput = (r: ExerciseRow): ExerciseInput => ({
  name: r.name.trim(),
  ...(r.sets ? { sets: Number(r.sets) } : {}),
  ...(r.reps ? { reps: Number(r.reps) } : {}),
  ...(r.weightKg ? { weightKg: Number(r.weightKg) } : {}),
});

/**
 * The SOAP note of one client at one session, from the session's page: written and saved as a draft,
 * then signed (which locks it: a clinical record is amended, never overwritten). A signed note shows
 * "Signed" with who and when, its addenda, and "Add addendum". Times in `homeZone` (the trainer's).
 */
export function SessionNoteEditor({
  appointmentId,
  sessionDate,
  clientId,
  clientName,
  homeZone,
}: {
  appointmentId: string;
  /** The session's calendar day where it happened (the studio's day), `YYYY-MM-DD`: a new note's date. */
  sessionDate: string;
  clientId: string;
  clientName: string;
  homeZone: string;
}) {
  const { data, loading, error, refetch } = useQuery(SessionNoteEditorQuery, { variables: { clientId } });
  const id = useId();
  if (!data) {
    return loading ? (
      <Loading label={`Loading ${clientName}’s note…`} />
    ) : (
      <ErrorMessage error={error} title={`${clientName}’s note could not be loaded`} onRetry={() => void refetch()} />
    );
  }
  const note =
    data.client.sessionNotes.edges.map((e) => getFragmentData(SessionNoteEditor_note, e.node)).find((n) => n.appointment.id === appointmentId) ?? null;
  return (
    <article className="note-editor" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>
        {clientName}
        {note?.signedAt ? <span className="badge badge-completed">Signed</span> : note ? <span className="badge badge-draft">Draft</span> : null}
      </h3>
      {note?.signedAt ? (
        <SignedNote note={note} homeZone={homeZone} />
      ) : (
        <NoteForm key={note?.id ?? 'new'} note={note} appointmentId={appointmentId} sessionDate={sessionDate} clientId={clientId} clientName={clientName} />
      )}
    </article>
  );
}

function NoteForm({
  note,
  appointmentId,
  sessionDate,
  clientId,
  clientName,
}: {
  note: Note | null;
  appointmentId: string;
  sessionDate: string;
  clientId: string;
  clientName: string;
}) {
  const id = useId();
  const [soap, setSoap] = useState<Record<SoapField, string>>({
    subjective: note?.subjective ?? '',
    objective: note?.objective ?? '',
    assessment: note?.assessment ?? '',
    plan: note?.plan ?? '',
  });
  const [privateNotes, setPrivateNotes] = useState(note?.privateNotes ?? '');
  const [exercises, setExercises] = useState<ExerciseRow[]>(note?.exercises.map(toRow) ?? []);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refetch = { refetchQueries: ['SessionNoteEditorQuery'], awaitRefetchQueries: true };
  const [write, writing] = useMutation(WriteNoteMutation, refetch);
  const [sign, signing] = useMutation(SignNoteMutation, refetch);
  const busy = writing.loading || signing.loading;

  async function save(andSign: boolean) {
    setSaved(null);
    setProblem(null);
    const rows = exercises.filter((r) => r.name.trim() || r.sets || r.reps || r.weightKg);
    if (rows.some((r) => !r.name.trim())) return setProblem('Give every exercise a name, or remove the empty row.');
    if (rows.some((r) => [r.sets, r.reps, r.weightKg].some((v) => v !== '' && !(Number(v) >= 0))))
      return setProblem('Sets, reps and weight must be numbers of zero or more.');
    if (andSign && !Object.values(soap).some((v) => v.trim())) return setProblem('Write at least one of the SOAP sections before signing.');
    const input = {
      appointmentId,
      clientId,
      ...(note ? {} : { sessionDate }),
      ...Object.fromEntries(SOAP.map(([f]) => [f, soap[f].trim() || null])),
      exercises: rows.map(toInput),
      privateNotes: privateNotes.trim() || null,
    };
    const written = await write({ variables: { input } }).catch(() => null);
    if (!written?.data) return;
    if (!andSign) return setSaved('Draft saved.');
    await sign({ variables: { id: written.data.writeSessionNote.id } }).catch(() => null);
  }
  const onSubmit = (event: FormEvent) => (event.preventDefault(), void save(false));

  return (
    <form className="form note-form" onSubmit={onSubmit} noValidate aria-label={`Session note for ${clientName}`}>
      <div className="soap-fields">
        {SOAP.map(([field, label, hint]) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{label}</label>
            <textarea
              id={`${id}-${field}`}
              rows={3}
              placeholder={hint}
              value={soap[field]}
              onChange={(e) => setSoap((s) => ({ ...s, [field]: e.target.value }))}
            />
          </div>
        ))}
      </div>
      <fieldset className="field exercises">
        <legend>Exercises</legend>
        {exercises.length === 0 && <p className="hint">None yet.</p>}
        {exercises.map((row, i) => (
          <div className="exercise-row" key={i} role="group" aria-label={`Exercise ${i + 1}`}>
            {(['name', 'sets', 'reps', 'weightKg'] as const).map((key) => (
              <div className="field" key={key}>
                <label htmlFor={`${id}-ex${i}-${key}`}>{key === 'weightKg' ? 'Weight (kg)' : key[0].toUpperCase() + key.slice(1)}</label>
                <input
                  id={`${id}-ex${i}-${key}`}
                  type={key === 'name' ? 'text' : 'number'}
                  inputMode={key === 'name' ? undefined : 'decimal'}
                  min={0}
                  value={row[key]}
                  onChange={(e) => setExercises((rows) => rows.map((r, j) => (j === i ? { ...r, [key]: e.target.value } : r)))}
                />
              </div>
            ))}
            <button
              type="button"
              className="link-button"
              onClick={() => setExercises((rows) => rows.filter((_, j) => j !== i))}
              aria-label={`Remove exercise ${i + 1}`}
            >
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setExercises((rows) => [...rows, { name: '', sets: '', reps: '', weightKg: '' }])}>
          Add exercise
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-private`}>Private notes (trainers only; the client never sees them)</label>
        <textarea id={`${id}-private`} rows={2} value={privateNotes} onChange={(e) => setPrivateNotes(e.target.value)} />
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {writing.error && <ErrorMessage error={writing.error} title="The note was not saved" />}
      {signing.error && <ErrorMessage error={signing.error} title="The note was saved but not signed" />}
      <p className="hint">Signing locks the note. After that, changes are added as addenda and the signed text is kept.</p>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {writing.loading && !signing.called ? 'Saving…' : 'Save draft'}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void save(true)}>
          {busy ? 'Saving…' : 'Sign note'}
        </button>
        {saved && (
          <span role="status" className="muted">
            {saved}
          </span>
        )}
      </div>
    </form>
  );
}

function SignedNote({ note, homeZone }: { note: Note; homeZone: string }) {
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [add, { loading, error }] = useMutation(AddAddendumMutation);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setProblem('Write the addendum first.');
    setProblem(null);
    const done = await add({ variables: { id: note.id, text: text.trim() } }).catch(() => null);
    if (done?.data) {
      setText('');
      setAdding(false);
    }
  }
  return (
    <>
      <dl className="soap">
        {SOAP.map(([field, label]) => (
          <div key={field}>
            <dt>{label}</dt>
            <dd>{note[field] || '—'}</dd>
          </div>
        ))}
      </dl>
      {note.exercises.length > 0 && (
        <ul className="exercise-list">
          {note.exercises.map((e, i) => (
            <li key={i}>{exerciseText(e)}</li>
          ))}
        </ul>
      )}
      {note.privateNotes && <p className="private">Private: {note.privateNotes}</p>}
      <p className="muted">
        Signed {formatDateTime(note.signedAt!, homeZone)}
        {note.signedBy ? ` by ${note.signedBy.displayName}` : ''}.
      </p>
      {note.addenda.length > 0 && (
        <section aria-labelledby={`${id}-addenda`}>
          <h4 id={`${id}-addenda`}>Addenda</h4>
          <ol className="addenda">
            {note.addenda.map((a) => (
              <li key={a.id}>
                <p>{a.text}</p>
                <p className="muted">
                  {formatDateTime(a.createdAt, homeZone)}
                  {a.author ? `, ${a.author.displayName}` : ''}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {adding ? (
        <form className="form" onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-addendum`}>Addendum</label>
            <textarea
              id={`${id}-addendum`}
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={!!problem}
              aria-describedby={problem ? `${id}-addendum-error` : undefined}
              autoFocus
            />
            {problem && (
              <p id={`${id}-addendum-error`} className="field-error">
                {problem}
              </p>
            )}
          </div>
          {error && <ErrorMessage error={error} title="The addendum was not added" />}
          <div className="actions">
            <button type="submit" className="primary" disabled={loading}>
              {loading ? 'Adding…' : 'Save addendum'}
            </button>
            <button type="button" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add addendum
        </button>
      )}
    </>
  );
}
