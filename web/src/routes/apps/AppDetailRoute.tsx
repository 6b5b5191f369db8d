import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__';
import type { AppDetailQueryQuery } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading, NotFoundOrNoAccess } from '../../components/StateViews';
import { OWNER_ROLE_WORDS, SCOPE_ORDER, SCOPES, usageTotals } from '../../lib/apps';
import { badField, isNotFound } from '../../lib/errors';
import { fieldProblemOf } from '../../lib/forms';
import { formatDateTime, zoneLabel } from '../../lib/time';
import { AdminAppActions } from './AdminAppActions';
import './apps.css';
import { AppStatus } from './AppsRoute';
import { FieldsTable, ManifestField } from './ManifestField';
import { SecretOnce, type ShownSecret } from './SecretOnce';
import { useAppsZone } from './useAppsZone';

const AppDetailQuery = graphql(`
  query AppDetailQuery($id: ID!) {
    app(id: $id) {
      id
      name
      clientId
      scopes
      status
      suspendedReason
      ownerRole
      ownerScopeId
      createdAt
      secretRotatedAt
      lastUsedAt
      dataProcessingAgreement
      approvedAt
      operations {
        id
        name
        type
        fields {
          coordinate
          scopes
          allowed
        }
      }
      usage(days: 30) {
        operationName
        calls
        errors
        lastUsedAt
      }
    }
  }
`);

const AppsRotateSecretMutation = graphql(`
  mutation AppsRotateSecretMutation($appId: ID!) {
    rotateAppSecret(appId: $appId) {
      clientSecret
      app {
        id
        clientId
        secretRotatedAt
      }
    }
  }
`);

const AppsReplaceManifestMutation = graphql(`
  mutation AppsReplaceManifestMutation($appId: ID!, $manifest: String!) {
    updateAppManifest(appId: $appId, manifest: $manifest) {
      id
      operations {
        id
        name
        type
        fields {
          coordinate
          scopes
          allowed
        }
      }
    }
  }
`);

const AppsRevokeMutation = graphql(`
  mutation AppsRevokeMutation($appId: ID!) {
    revokeApp(appId: $appId) {
      id
      status
    }
  }
`);

export type AppDetail = AppDetailQueryQuery['app'];

/**
 * One app: its status, credentials' facts, operations and the fields each touches, and its calls of
 * the last 30 days per operation. Its owner rotates the secret (shown once), replaces the manifest or
 * revokes it; a super admin (`admin`, under /admin/apps) suspends, reinstates, approves client access
 * or revokes it.
 */
export function AppDetailRoute({ admin = false }: { admin?: boolean }) {
  const { appId = '' } = useParams();
  const back = admin ? '/admin/apps' : '/apps';
  const { zone, loading: zoneLoading } = useAppsZone();
  const { data, loading, error, refetch } = useQuery(AppDetailQuery, { variables: { id: appId }, fetchPolicy: 'cache-and-network' });
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const backLink = <Link to={back}>Back to {admin ? 'every app' : 'your apps'}</Link>;

  if (!data || !zone) {
    if (loading || zoneLoading) return <Loading label="Loading the app…" />;
    if (isNotFound(error)) {
      return (
        <NotFoundOrNoAccess title="App not found" back={backLink}>
          This app does not exist, or it is not {admin ? 'one FitFlow knows' : 'yours'}.
        </NotFoundOrNoAccess>
      );
    }
    return (
      <>
        <h1>App</h1>
        <ErrorMessage error={error} title="The app could not be loaded" onRetry={() => void refetch()} />
      </>
    );
  }
  const app = data.app;
  return (
    <>
      <p>{backLink}</p>
      <div className="app-title">
        <h1>{app.name}</h1>
        <AppStatus app={app} />
      </div>
      <p className="lede">Times are in {zoneLabel(zone)}.</p>
      <StatusNotice app={app} admin={admin} />
      <p role="status" className={announcement ? 'notice success' : 'sr-only'}>
        {announcement}
      </p>
      {secret && <SecretOnce shown={secret} onDone={() => setSecret(null)} />}
      <AppFacts app={app} zone={zone} admin={admin} />
      {admin ? (
        <AdminAppActions app={app} onDone={setAnnouncement} />
      ) : (
        app.status !== 'REVOKED' && (
          <OwnerActions
            app={app}
            onRotated={(clientSecret, clientId) => {
              setAnnouncement('');
              setSecret({ appName: app.name, clientId, clientSecret, reason: 'rotated' });
            }}
            onDone={(message) => {
              setSecret(null);
              setAnnouncement(message);
            }}
          />
        )
      )}
      {admin && app.status !== 'REVOKED' && <RevokeApp app={app} admin onDone={setAnnouncement} />}
      <Operations app={app} />
      <Usage app={app} zone={zone} />
    </>
  );
}

/** What the status means for the app's credentials, when they do not simply work. */
function StatusNotice({ app, admin }: { app: AppDetail; admin: boolean }) {
  switch (app.status) {
    case 'SUSPENDED':
      return (
        <p className="notice">
          FitFlow suspended this app{app.suspendedReason ? `: ${app.suspendedReason}` : '.'} Its credentials get no token until a FitFlow administrator
          reinstates it.{!admin && ' Contact FitFlow support if you have questions.'}
        </p>
      );
    case 'PENDING_APPROVAL':
      return (
        <p className="notice">
          This app asks for client records (health data). It gets no token until a FitFlow administrator approves it and records a signed data processing
          agreement.
        </p>
      );
    case 'REVOKED':
      return <p className="notice">This app is revoked: its credentials never get a token again. Register a new app if you need one.</p>;
    default:
      return null;
  }
}

function AppFacts({ app, zone, admin }: { app: AppDetail; zone: string; admin: boolean }) {
  const when = (instant: string | null) => (instant ? formatDateTime(instant, zone) : 'Never');
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">Credentials and scopes</h2>
      <dl className="details">
        <div>
          <dt>Client id</dt>
          <dd className="client-id">{app.clientId}</dd>
        </div>
        <div>
          <dt>Scopes</dt>
          <dd>
            <ul className="plain-list">
              {SCOPE_ORDER.filter((s) => app.scopes.includes(s)).map((s) => (
                <li key={s}>
                  {SCOPES[s].label} <code>{SCOPES[s].name}</code>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {admin && (
          <div>
            <dt>Acts as</dt>
            <dd>{OWNER_ROLE_WORDS[app.ownerRole] ?? 'Owner'}</dd>
          </div>
        )}
        <div>
          <dt>Registered</dt>
          <dd>{when(app.createdAt)}</dd>
        </div>
        <div>
          <dt>Secret made</dt>
          <dd>{when(app.secretRotatedAt)}</dd>
        </div>
        <div>
          <dt>Last used</dt>
          <dd>{when(app.lastUsedAt)}</dd>
        </div>
        {app.dataProcessingAgreement && (
          <div>
            <dt>Client records</dt>
            <dd>
              Approved {app.approvedAt ? when(app.approvedAt) : ''} under the data processing agreement <strong>{app.dataProcessingAgreement}</strong>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** The owner's actions: rotate the secret, replace the manifest, revoke. */
function OwnerActions({ app, onRotated, onDone }: { app: AppDetail; onRotated(secret: string, clientId: string): void; onDone(message: string): void }) {
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const [rotate, rotating] = useMutation(AppsRotateSecretMutation);

  async function onRotate() {
    const { data } = await rotate({ variables: { appId: app.id } }).catch(() => ({ data: undefined }));
    setConfirmRotate(false);
    if (data) onRotated(data.rotateAppSecret.clientSecret, data.rotateAppSecret.app.clientId);
  }

  return (
    <section className="card" aria-labelledby="owner-actions-title">
      <h2 id="owner-actions-title">Manage this app</h2>
      <div className="app-actions">
        {confirmRotate ? (
          <span className="confirm" role="group" aria-label="Rotate the secret?">
            <span>The current secret stops working at once: every copy of the app needs the new one.</span>
            <button type="button" className="primary" disabled={rotating.loading} onClick={() => void onRotate()}>
              {rotating.loading ? 'Rotating…' : 'Yes, rotate the secret'}
            </button>
            <button type="button" onClick={() => setConfirmRotate(false)}>
              Keep the current secret
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirmRotate(true)}>
            Rotate secret
          </button>
        )}
        <button type="button" aria-expanded={replacing} onClick={() => setReplacing(!replacing)}>
          Replace manifest
        </button>
      </div>
      {rotating.error && <ErrorMessage error={rotating.error} title="The secret was not rotated" />}
      {replacing && (
        <ReplaceManifest
          app={app}
          onDone={(replaced) => {
            setReplacing(false);
            if (replaced) onDone(`The operations of ${app.name} were replaced.`);
          }}
        />
      )}
      <RevokeApp app={app} onDone={onDone} />
    </section>
  );
}

/** Replaces the app's operations with a new manifest, checked as at registration against the app's scopes. */
function ReplaceManifest({ app, onDone }: { app: AppDetail; onDone(replaced: boolean): void }) {
  const id = useId();
  const [manifest, setManifest] = useState('');
  const [problem, setProblem] = useState<string>();
  const [replace, replacing] = useMutation(AppsReplaceManifestMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!manifest.trim()) {
      setProblem('Paste the new operation manifest, or read it from a file.');
      return;
    }
    try {
      const { data } = await replace({ variables: { appId: app.id, manifest } });
      if (data) onDone(true);
    } catch (error) {
      if (badField(error) === 'manifest') setProblem(fieldProblemOf(error)?.message);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Replace the manifest">
      <h3>Replace the manifest</h3>
      <p className="hint">The new manifest replaces every operation: the app may then run only these. They are checked against the app’s scopes.</p>
      <ManifestField
        id={id}
        value={manifest}
        onChange={(text) => {
          setManifest(text);
          setProblem(undefined);
        }}
        scopes={app.scopes}
        problem={problem}
      />
      {replacing.error && !problem && <ErrorMessage error={replacing.error} title="The manifest was not replaced" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={replacing.loading}>
          {replacing.loading ? 'Replacing…' : 'Replace the operations'}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Revokes the app for good, after a confirmation that says so. */
function RevokeApp({ app, admin = false, onDone }: { app: AppDetail; admin?: boolean; onDone(message: string): void }) {
  const [confirm, setConfirm] = useState(false);
  const [revoke, revoking] = useMutation(AppsRevokeMutation, { refetchQueries: ['AppsRouteQuery', 'AdminAppsQuery'] });

  async function onRevoke() {
    const { data } = await revoke({ variables: { appId: app.id } }).catch(() => ({ data: undefined }));
    setConfirm(false);
    // The app's status changes in the cache: the page shows it revoked, without its actions.
    if (data) onDone(`${app.name} is revoked: its credentials no longer work.`);
  }

  return (
    <div className={admin ? 'card' : 'revoke'}>
      <h3>Revoke</h3>
      <p className="hint">Revoking is final: the app’s credentials stop working at once and can never be used again.</p>
      {confirm ? (
        <span className="confirm" role="group" aria-label={`Revoke ${app.name}?`}>
          <button type="button" className="danger-button" disabled={revoking.loading} onClick={() => void onRevoke()}>
            {revoking.loading ? 'Revoking…' : 'Yes, revoke for good'}
          </button>
          <button type="button" onClick={() => setConfirm(false)}>
            Keep the app
          </button>
        </span>
      ) : (
        <button type="button" className="danger-button" onClick={() => setConfirm(true)}>
          Revoke app
        </button>
      )}
      {revoking.error && <ErrorMessage error={revoking.error} title="The app was not revoked" />}
    </div>
  );
}

function Operations({ app }: { app: AppDetail }) {
  return (
    <section aria-labelledby="operations-title">
      <h2 id="operations-title">Operations</h2>
      <p className="hint">
        The only requests the app may send, each by its id (<code>documentId</code>).
      </p>
      {app.operations.length === 0 ? (
        <Empty>This app has no operations.</Empty>
      ) : (
        app.operations.map((o) => (
          <section key={o.id} className="analysis-operation" aria-label={`Operation ${o.name}`}>
            <h3>
              <span className="muted">{o.type}</span> {o.name}
            </h3>
            <p className="muted">
              Id: <code className="client-id">{o.id}</code>
            </p>
            <FieldsTable fields={o.fields} caption={`Fields ${o.name} touches`} />
          </section>
        ))
      )}
    </section>
  );
}

function Usage({ app, zone }: { app: AppDetail; zone: string }) {
  const totals = usageTotals(app.usage);
  return (
    <section aria-labelledby="usage-title">
      <h2 id="usage-title">Usage, last 30 days</h2>
      {app.usage.length === 0 ? (
        <Empty>No calls in the last 30 days.</Empty>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Usage of the last 30 days">
          <table>
            <caption className="sr-only">Calls per operation, last 30 days</caption>
            <thead>
              <tr>
                <th scope="col">Operation</th>
                <th scope="col" className="num">
                  Calls
                </th>
                <th scope="col" className="num">
                  Errors
                </th>
                <th scope="col">Last used ({zoneLabel(zone)})</th>
              </tr>
            </thead>
            <tbody>
              {app.usage.map((u) => (
                <tr key={u.operationName}>
                  <th scope="row">{u.operationName}</th>
                  <td className="num">{u.calls.toLocaleString('en-CA')}</td>
                  <td className="num">{u.errors.toLocaleString('en-CA')}</td>
                  <td className="nowrap">{formatDateTime(u.lastUsedAt, zone)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num">{totals.calls.toLocaleString('en-CA')}</td>
                <td className="num">{totals.errors.toLocaleString('en-CA')}</td>
                <td className="nowrap">{totals.lastUsedAt ? formatDateTime(totals.lastUsedAt, zone) : ''}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
