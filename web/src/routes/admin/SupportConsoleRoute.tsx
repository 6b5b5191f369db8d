import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { AccountActionInput, Role, SupportConsoleRouteQueryQuery } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { browserTimeZone, formatDateTime, zoneLabel } from '../../lib/time';
import { SecurityEventsTable } from '../account/SecurityEventsTable';

const SupportConsoleRouteQuery = graphql(`
  query SupportConsoleRouteQuery($email: String!) {
    userByEmail(email: $email) {
      id
      displayName
      email
      status
      mfaEnabled
      lastLoginAt
      roles {
        role
        scopeType
        scopeId
      }
      securityEvents(first: 10) {
        edges {
          node {
            id
            ...SecurityEventsTable_event
          }
        }
      }
    }
  }
`);

const SupportConsoleUnlockMutation = graphql(`
  mutation SupportConsoleUnlockMutation($input: AccountActionInput!) {
    unlockAccount(input: $input) {
      id
    }
  }
`);
const SupportConsoleSuspendMutation = graphql(`
  mutation SupportConsoleSuspendMutation($input: AccountActionInput!) {
    suspendAccount(input: $input) {
      id
      status
    }
  }
`);
const SupportConsoleReinstateMutation = graphql(`
  mutation SupportConsoleReinstateMutation($input: AccountActionInput!) {
    reinstateAccount(input: $input) {
      id
      status
    }
  }
`);
const SupportConsoleBreakGlassMutation = graphql(`
  mutation SupportConsoleBreakGlassMutation($id: ID!, $reason: String!) {
    breakGlassReadClient(id: $id, reason: $reason) {
      id
      displayName
      phone
      emergencyContact {
        name
        phone
        relationship
      }
      medicalInfo {
        conditions
        medications
        allergies
      }
    }
  }
`);

/** Roles as people name them, most senior first. */
export const ROLE_LABEL: Record<Role, string> = {
  SUPER_ADMIN: 'Super Admin',
  TRAINER_ADMIN: 'Trainer Admin',
  STUDIO_ADMIN: 'Studio Admin',
  TRAINER: 'Trainer',
  CLIENT: 'Client',
};
const SENIORITY = Object.keys(ROLE_LABEL) as Role[];

/** Status colours with at least 7:1 contrast (WCAG AAA), so the badge reads at a glance. */
const STATUS_STYLE = {
  active: { background: '#e3f2e5', color: '#1b4d24' },
  suspended: { background: '#fdecea', color: '#7a1a12' },
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A reason the server will accept (10 to 1000 characters), or what is wrong with it. */
export function reasonProblem(reason: string): string | undefined {
  const length = reason.trim().length;
  if (length < 10) return 'Say why in at least 10 characters: the account holder reads it in their security log.';
  if (length > 1000) return 'Keep the reason under 1000 characters.';
  return undefined;
}

/** A reason field with its own validation message. */
function ReasonField({ value, onChange, problem, label }: { value: string; onChange: (v: string) => void; problem?: string; label: string }) {
  const id = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        style={{ font: 'inherit', padding: '0.45rem 0.6rem', border: '1px solid #b9c1cf', borderRadius: 4, maxWidth: 640 }}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
      />
      {problem && (
        <p id={errorId} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}

/**
 * The super admin's support console: find an account by email, see who it is and their roles, clear
 * its sign-in delays, suspend or reinstate it (each with a reason, audited), read its security log,
 * and for a client the break-glass emergency read of their record (reason required, audited, shown to the client).
 */
export function SupportConsoleRoute() {
  const ids = { email: useId(), emailError: useId() };
  const [email, setEmail] = useState('');
  const [emailProblem, setEmailProblem] = useState<string>();
  const [find, { data, loading, error, refetch, called }] = useLazyQuery(SupportConsoleRouteQuery, { fetchPolicy: 'network-only' });

  function submit(event: FormEvent) {
    event.preventDefault();
    const wanted = email.trim();
    const problem = !wanted ? 'Enter the email address of the account.' : EMAIL.test(wanted) ? undefined : 'Enter an email address like name@example.com.';
    setEmailProblem(problem);
    if (!problem) void find({ variables: { email: wanted } });
  }

  const user = data?.userByEmail;
  return (
    <>
      <h1>Support</h1>
      <p className="lede">Find an account to see its roles and security log, clear its sign-in delays, or suspend it.</p>
      <form className="form search" onSubmit={submit} noValidate role="search" aria-label="Find an account">
        <label htmlFor={ids.email}>Email address</label>
        <input
          id={ids.email}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={emailProblem ? true : undefined}
          aria-describedby={emailProblem ? ids.emailError : undefined}
        />
        <button type="submit" className="primary" disabled={loading}>
          Find account
        </button>
      </form>
      {emailProblem && (
        <p id={ids.emailError} className="field-error">
          {emailProblem}
        </p>
      )}
      {loading && !user && <Loading label="Looking up the account…" />}
      {error && <ErrorMessage error={error} title="No account shown" notFound="No account has this email address." />}
      {called && !loading && !error && !user && <Empty>No account found.</Empty>}
      {user && !error && <Account key={user.id} user={user} onChanged={() => void refetch()} />}
    </>
  );
}

type FoundUser = SupportConsoleRouteQueryQuery['userByEmail'];

function Account({ user, onChanged }: { user: FoundUser; onChanged: () => void }) {
  const zone = browserTimeZone();
  const roles = [...new Set(user.roles.map((r) => r.role))].sort((a, b) => SENIORITY.indexOf(a) - SENIORITY.indexOf(b)).map((r) => ROLE_LABEL[r]);
  const clientId = user.roles.find((r) => r.role === 'CLIENT')?.scopeId ?? null;
  const suspended = user.status === 'suspended';
  return (
    <>
      <section className="card" aria-labelledby="account-heading">
        <h2 id="account-heading">
          {user.displayName} ({roles.join(', ') || 'no role'})
        </h2>
        <dl className="stats">
          <div>
            <dt>Email</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <span className="badge" style={suspended ? STATUS_STYLE.suspended : STATUS_STYLE.active}>
                {suspended ? 'Suspended' : 'Active'}
              </span>
            </dd>
          </div>
          <div>
            <dt>Two-factor</dt>
            <dd>{user.mfaEnabled ? 'On' : 'Off'}</dd>
          </div>
          <div>
            <dt>Last sign-in ({zoneLabel(zone)})</dt>
            <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, zone) : 'Never'}</dd>
          </div>
        </dl>
      </section>
      <AccountActions userId={user.id} suspended={suspended} onChanged={onChanged} />
      {clientId && <BreakGlass clientId={clientId} />}
      <h2>Security log</h2>
      {user.securityEvents.edges.length === 0 ? (
        <Empty>Nothing in this account's security log yet.</Empty>
      ) : (
        <SecurityEventsTable events={user.securityEvents.edges.map((e) => e.node)} label={`Security log of ${user.displayName}`} />
      )}
    </>
  );
}

function AccountActions({ userId, suspended, onChanged }: { userId: string; suspended: boolean; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const [unlock, unlocking] = useMutation(SupportConsoleUnlockMutation);
  const [suspend, suspending] = useMutation(SupportConsoleSuspendMutation);
  const [reinstate, reinstating] = useMutation(SupportConsoleReinstateMutation);
  const busy = unlocking.loading || suspending.loading || reinstating.loading;
  const failure = unlocking.error ?? suspending.error ?? reinstating.error;

  async function act(run: (input: AccountActionInput) => Promise<{ data?: unknown }>, message: string) {
    const wrong = reasonProblem(reason);
    setProblem(wrong);
    setDone(undefined);
    if (wrong) return;
    const result = await run({ userId, reason: reason.trim() }).catch(() => null);
    if (result?.data) {
      setDone(message);
      setReason('');
      onChanged();
    }
  }

  return (
    <section className="card form" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Act on this account</h2>
      <ReasonField
        value={reason}
        onChange={setReason}
        problem={problem}
        label="Reason (the account holder sees it in their security log; kept in the audit log)"
      />
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => void act((input) => unlock({ variables: { input } }), 'Sign-in delays cleared: the holder can sign in again now.')}
        >
          Clear sign-in delays
        </button>
        {suspended ? (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void act((input) => reinstate({ variables: { input } }), 'Account reinstated: the holder can sign in again.')}
          >
            Reinstate account
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void act((input) => suspend({ variables: { input } }), 'Account suspended: the holder is signed out everywhere and cannot sign in.')}
          >
            Suspend account
          </button>
        )}
      </div>
      <div aria-live="polite">
        {done && <p className="notice">{done}</p>}
        {failure && !busy && !done && <ErrorMessage error={failure} title="Nothing was changed" />}
      </div>
    </section>
  );
}

function BreakGlass({ clientId }: { clientId: string }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [read, { data, loading, error }] = useMutation(SupportConsoleBreakGlassMutation);
  const client = data?.breakGlassReadClient;

  function submit(event: FormEvent) {
    event.preventDefault();
    const wrong = reasonProblem(reason);
    setProblem(wrong);
    if (!wrong) void read({ variables: { id: clientId, reason: reason.trim() } }).catch(() => null);
  }

  return (
    <section className="card form" aria-labelledby="break-glass-heading">
      <h2 id="break-glass-heading">Emergency read of the client record</h2>
      <p className="hint">Only in an emergency. The reason is kept in the audit log, and the client sees this access in their record's access log.</p>
      <form onSubmit={submit} noValidate>
        <ReasonField value={reason} onChange={setReason} problem={problem} label="Why you need this record now" />
        <button type="submit" disabled={loading}>
          Read the record (break glass)
        </button>
      </form>
      {error && <ErrorMessage error={error} title="The record was not read" notFound="This client record no longer exists." />}
      {client && (
        <dl className="stats" aria-label={`Emergency details of ${client.displayName}`}>
          <div>
            <dt>Client</dt>
            <dd>{client.displayName}</dd>
          </div>
          <div>
            <dt>Phone</dt>
            <dd style={{ whiteSpace: 'nowrap' }}>{client.phone ?? 'None on file'}</dd>
          </div>
          <div>
            <dt>Emergency contact</dt>
            <dd>
              {client.emergencyContact
                ? `${client.emergencyContact.name} (${client.emergencyContact.relationship}), ${client.emergencyContact.phone}`
                : 'None on file'}
            </dd>
          </div>
          <div>
            <dt>Conditions</dt>
            <dd>{client.medicalInfo.conditions.join(', ') || 'None recorded'}</dd>
          </div>
          <div>
            <dt>Medications</dt>
            <dd>{client.medicalInfo.medications.join(', ') || 'None recorded'}</dd>
          </div>
          <div>
            <dt>Allergies</dt>
            <dd>{client.medicalInfo.allergies.join(', ') || 'None recorded'}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
