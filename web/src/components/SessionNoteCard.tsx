import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { formatDay } from '../lib/time';

export const SessionNoteCard_sessionNote = graphql(`
  fragment SessionNoteCard_sessionNote on SessionNote {
    id
    sessionDate
    subjective
    objective
    assessment
    plan
    exercises {
      name
      sets
      reps
      weightKg
    }
    measurements {
      weightKg
      bodyFatPercent
    }
    privateNotes
  }
`);

/** An exercise of a note as one line: "Goblet squat — 3 × 10 @ 16 kg" (sets, reps and load when recorded). */
export function exerciseText(e: { name: string; sets?: number | null; reps?: number | null; weightKg?: number | null }): string {
  return `${e.name}${e.sets != null && e.reps != null ? ` — ${e.sets} × ${e.reps}` : ''}${e.weightKg != null ? ` @ ${e.weightKg} kg` : ''}`;
}

/** One session's SOAP note. */
export function SessionNoteCard(props: { note: FragmentType<typeof SessionNoteCard_sessionNote> }) {
  const note = getFragmentData(SessionNoteCard_sessionNote, props.note);
  const titleId = `note-${note.id}`;
  const soap: [string, string | null][] = [
    ['Subjective', note.subjective],
    ['Objective', note.objective],
    ['Assessment', note.assessment],
    ['Plan', note.plan],
  ];
  return (
    <article className="card note" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <time dateTime={note.sessionDate}>{formatDay(note.sessionDate, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })}</time>
      </h3>
      <dl className="soap">
        {soap.map(([label, text]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{text || '—'}</dd>
          </div>
        ))}
      </dl>
      {note.exercises.length > 0 && (
        <>
          <h4>Exercises</h4>
          <ul className="plain-list">
            {note.exercises.map((e, i) => (
              <li key={i}>{exerciseText(e)}</li>
            ))}
          </ul>
        </>
      )}
      {note.measurements && (note.measurements.weightKg != null || note.measurements.bodyFatPercent != null) && (
        <p className="muted">
          {note.measurements.weightKg != null && `Weight ${note.measurements.weightKg} kg`}
          {note.measurements.weightKg != null && note.measurements.bodyFatPercent != null && ' · '}
          {note.measurements.bodyFatPercent != null && `Body fat ${note.measurements.bodyFatPercent}%`}
        </p>
      )}
      {note.privateNotes && (
        <p className="private">
          <strong>Private (trainers only):</strong> {note.privateNotes}
        </p>
      )}
    </article>
  );
}
