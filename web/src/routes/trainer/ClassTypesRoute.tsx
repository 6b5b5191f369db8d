import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { ClassCategory, ClassTypesRouteQueryQuery } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { formatMoney } from '../../lib/money';
import { formatWindow } from '../../lib/schedule';
import { classColor } from '../../lib/time';

const ClassTypesRouteQuery = graphql(`
  query ClassTypesRouteQuery {
    me {
      id
      trainer {
        id
        classTypes {
          id
          name
          category
          durationMinutes
          maxParticipants
          defaultRate
          color
          description
          status
          cancellationWindowMinutes
        }
      }
    }
  }
`);

const CreateClassTypeMutation = graphql(`
  mutation CreateClassTypeMutation($input: CreateClassTypeInput!) {
    createClassType(input: $input) {
      id
      name
    }
  }
`);

const UpdateClassTypeMutation = graphql(`
  mutation UpdateClassTypeMutation($id: ID!, $input: UpdateClassTypeInput!) {
    updateClassType(id: $id, input: $input) {
      id
      name
      category
      durationMinutes
      maxParticipants
      defaultRate
      color
      description
      cancellationWindowMinutes
    }
  }
`);

const ArchiveClassTypeMutation = graphql(`
  mutation ArchiveClassTypeMutation($id: ID!) {
    archiveClassType(id: $id) {
      id
      status
    }
  }
`);

type ClassType = NonNullable<ClassTypesRouteQueryQuery['me']['trainer']>['classTypes'][number];
const CATEGORY_WORDS: Record<ClassCategory, string> = { GROUP: 'Group class', INDIVIDUAL: 'Personal training', TRIAL: 'Trial session' };
const REFRESH = { refetchQueries: ['ClassTypesRouteQuery', 'ScheduleSetupQuery'], awaitRefetchQueries: true };

interface Values {
  name: string;
  category: ClassCategory;
  durationMinutes: string;
  maxParticipants: string;
  defaultRate: string;
  color: string;
  description: string;
  /** Hours, as the form asks. */
  windowHours: string;
}
type Problems = Partial<Record<keyof Values, string>>;

const valuesOf = (c: ClassType | null): Values => ({
  name: c?.name ?? '',
  category: c?.category ?? 'GROUP',
  durationMinutes: String(c?.durationMinutes ?? 60),
  maxParticipants: String(c?.maxParticipants ?? 12),
  defaultRate: c?.defaultRate ?? '',
  color: c?.color ?? '#1f6f8b',
  description: c?.description ?? '',
  windowHours: String((c?.cancellationWindowMinutes ?? 720) / 60),
});

/** The rules the API applies, checked before sending (the server's answer is still shown). */
export function validateClassType(v: Values): Problems {
  const problems: Problems = {};
  if (!v.name.trim()) problems.name = 'Give the class type a name.';
  else if (v.name.trim().length > 100) problems.name = 'Keep the name under 100 characters.';
  const duration = Number(v.durationMinutes);
  if (!Number.isInteger(duration) || duration < 5 || duration > 720) problems.durationMinutes = 'Enter a length from 5 to 720 minutes.';
  const capacity = Number(v.maxParticipants);
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 500) problems.maxParticipants = 'Enter a capacity from 1 to 500 people.';
  else if (v.category !== 'GROUP' && capacity !== 1)
    problems.maxParticipants = 'Personal training and trial sessions are for one person: set the capacity to 1.';
  if (v.defaultRate && !/^\d{1,5}(\.\d{1,2})?$/.test(v.defaultRate.trim())) problems.defaultRate = 'Enter an amount in dollars, like 25 or 25.50.';
  else if (v.defaultRate && Number(v.defaultRate) > 10_000) problems.defaultRate = 'The default rate can be at most $10,000.00.';
  const hours = Number(v.windowHours);
  if (!(hours >= 0 && hours <= 168) || !Number.isInteger(hours * 4)) problems.windowHours = 'Enter 0 to 168 hours (quarter hours allowed).';
  return problems;
}

const inputOf = (v: Values) => ({
  name: v.name.trim(),
  category: v.category,
  durationMinutes: Number(v.durationMinutes),
  maxParticipants: Number(v.maxParticipants),
  defaultRate: v.defaultRate.trim() ? Number(v.defaultRate.trim()).toFixed(2) : null,
  color: v.color,
  description: v.description.trim() || null,
  cancellationWindowMinutes: Math.round(Number(v.windowHours) * 60),
});

/**
 * The trainer's class types: what each session is (group class, personal training, trial), its length,
 * capacity, default rate, calendar colour and late-cancellation window. Create, edit, archive (an
 * archived type stays on the sessions already scheduled, but new sessions cannot use it).
 */
export function ClassTypesRoute() {
  const { data, loading, error, refetch } = useQuery(ClassTypesRouteQuery);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const types = (data?.me.trainer?.classTypes ?? []).filter((c) => c.status === 'ACTIVE');
  return (
    <>
      <div className="page-head">
        <h1>Class types</h1>
        <button type="button" className="primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          New class type
        </button>
      </div>
      <p className="lede">What you offer: each session on your calendar is one of these.</p>
      {creating && <ClassTypeForm classType={null} onDone={() => setCreating(false)} />}
      {!data ? (
        loading ? (
          <Loading label="Loading your class types…" />
        ) : (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        )
      ) : types.length === 0 ? (
        <Empty>No class types yet. Create one to start scheduling sessions.</Empty>
      ) : (
        <ul className="grid class-types">
          {types.map((c) =>
            editing === c.id ? (
              <li key={c.id}>
                <ClassTypeForm classType={c} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={c.id}>
                <ClassTypeCard classType={c} onEdit={() => setEditing(c.id)} />
              </li>
            ),
          )}
        </ul>
      )}
    </>
  );
}

function ClassTypeCard({ classType: c, onEdit }: { classType: ClassType; onEdit(): void }) {
  const [confirming, setConfirming] = useState(false);
  const [archive, { loading, error }] = useMutation(ArchiveClassTypeMutation, REFRESH);
  return (
    <article className="card class-type" style={{ borderTop: `5px solid ${classColor(c.color)}` }} aria-labelledby={`ct-${c.id}`}>
      <h2 id={`ct-${c.id}`}>{c.name}</h2>
      <p className="muted">{CATEGORY_WORDS[c.category]}</p>
      <dl className="stats">
        <div>
          <dt>Length</dt>
          <dd>{c.durationMinutes} min</dd>
        </div>
        <div>
          <dt>Capacity</dt>
          <dd>{c.maxParticipants}</dd>
        </div>
        <div>
          <dt>Rate</dt>
          <dd>{c.defaultRate ? formatMoney(c.defaultRate) : '—'}</dd>
        </div>
        <div>
          <dt>Late cancel</dt>
          <dd>{c.cancellationWindowMinutes ? `< ${formatWindow(c.cancellationWindowMinutes)}` : 'never'}</dd>
        </div>
      </dl>
      {c.description && <p>{c.description}</p>}
      {error && <ErrorMessage error={error} title="The class type was not archived" />}
      {confirming ? (
        <div className="actions" role="group" aria-label={`Archive ${c.name}?`}>
          <span>Archive {c.name}? Sessions already scheduled keep it.</span>
          <button type="button" className="danger-button" disabled={loading} onClick={() => void archive({ variables: { id: c.id } }).catch(() => undefined)}>
            {loading ? 'Archiving…' : 'Yes, archive'}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" onClick={onEdit} aria-label={`Edit ${c.name}`}>
            Edit
          </button>
          <button type="button" onClick={() => setConfirming(true)} aria-label={`Archive ${c.name}`}>
            Archive
          </button>
        </div>
      )}
    </article>
  );
}

function ClassTypeForm({ classType, onDone }: { classType: ClassType | null; onDone(): void }) {
  const id = useId();
  const [values, setValues] = useState<Values>(() => valuesOf(classType));
  const [problems, setProblems] = useState<Problems>({});
  const [create, created] = useMutation(CreateClassTypeMutation, REFRESH);
  const [update, updated] = useMutation(UpdateClassTypeMutation, REFRESH);
  const busy = created.loading || updated.loading;
  const set = (key: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateClassType(values);
    setProblems(found);
    if (Object.keys(found).length) return;
    const input = inputOf(values);
    const done = classType
      ? await update({ variables: { id: classType.id, input } }).catch(() => null)
      : await create({ variables: { input: { ...input, defaultRate: input.defaultRate ?? undefined, description: input.description ?? undefined } } }).catch(
          () => null,
        );
    if (done?.data) onDone();
  }

  const field = (name: keyof Values) => ({
    id: `${id}-${name}`,
    value: values[name],
    onChange: set(name),
    'aria-invalid': !!problems[name],
    'aria-describedby': problems[name] ? `${id}-${name}-error` : undefined,
  });
  const problem = (name: keyof Values) =>
    problems[name] && (
      <p id={`${id}-${name}-error`} className="field-error">
        {problems[name]}
      </p>
    );
  const title = classType ? `Edit ${classType.name}` : 'New class type';

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-label={title}>
      <h2>{title}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input {...field('name')} maxLength={100} />
          {problem('name')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>Kind</label>
          <select {...field('category')}>
            {(Object.keys(CATEGORY_WORDS) as ClassCategory[]).map((k) => (
              <option key={k} value={k}>
                {CATEGORY_WORDS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-durationMinutes`}>Length (minutes)</label>
          <input type="number" inputMode="numeric" min={5} max={720} step={5} {...field('durationMinutes')} />
          {problem('durationMinutes')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-maxParticipants`}>Capacity (people)</label>
          <input type="number" inputMode="numeric" min={1} max={500} {...field('maxParticipants')} />
          {problem('maxParticipants')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-defaultRate`}>Default rate per person (CAD, optional)</label>
          <input inputMode="decimal" placeholder="25.00" {...field('defaultRate')} />
          {problem('defaultRate')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-windowHours`}>Late cancellation window (hours before)</label>
          <input type="number" inputMode="decimal" min={0} max={168} step={0.25} {...field('windowHours')} />
          {problem('windowHours')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-color`}>Calendar colour</label>
          <input type="color" {...field('color')} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea rows={2} maxLength={2000} {...field('description')} />
      </div>
      {(created.error || updated.error) && <ErrorMessage error={created.error ?? updated.error} title="The class type was not saved" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : classType ? 'Save changes' : 'Create class type'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
