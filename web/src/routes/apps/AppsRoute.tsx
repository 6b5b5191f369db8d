import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import type { AppsRouteQueryQuery } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { scopesInWords, STATUS_BADGE, STATUS_WORDS, statusInWords } from '../../lib/apps';
import { formatDateTime, zoneLabel } from '../../lib/time';
import './apps.css';
import { HowToCallApi } from './HowToCallApi';
import { RegisterAppForm, type AppTenant } from './RegisterAppForm';
import { SecretOnce, type ShownSecret } from './SecretOnce';
import { useAppsZone } from './useAppsZone';

const AppsRouteQuery = graphql(`
  query AppsRouteQuery {
    myApps {
      id
      name
      clientId
      scopes
      status
      suspendedReason
      ownerScopeId
      lastUsedAt
    }
  }
`);

type AppRow = AppsRouteQueryQuery['myApps'][number];

/**
 * Apps & API, for trainers, trainer admins and studio admins: their apps (status, scopes, client id,
 * last call) and the form that registers a new one — scopes, the operation manifest with FitFlow's
 * live analysis — ending with the client secret shown once. `tenants`: the trainer profile and studios
 * the person may register an app for.
 */
export function AppsRoute({ tenants }: { tenants: AppTenant[] }) {
  const { zone, loading: zoneLoading } = useAppsZone();
  const { data, loading, error, refetch } = useQuery(AppsRouteQuery, { fetchPolicy: 'cache-and-network' });
  const [registering, setRegistering] = useState(false);
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const [announcement, setAnnouncement] = useState('');

  return (
    <>
      <div className="page-head">
        <h1>Apps &amp; API</h1>
        <button
          type="button"
          className="primary"
          aria-expanded={registering}
          onClick={() => {
            setRegistering(!registering);
            setAnnouncement('');
          }}
        >
          Register an app
        </button>
      </div>
      <p className="lede">
        Give your website, a booking widget or an accounting tool its own credentials for the FitFlow API. An app runs only the operations you register, reaches
        only the fields its scopes open, and sees only your own data.
        {zone && ` Times are in ${zoneLabel(zone)}.`}
      </p>
      <p role="status" className={announcement ? 'notice success' : 'sr-only'}>
        {announcement}
      </p>
      {secret && <SecretOnce shown={secret} onDone={() => setSecret(null)} />}
      {registering && (
        <RegisterAppForm
          tenants={tenants}
          onDone={(registered) => {
            setRegistering(false);
            if (!registered) return;
            setSecret({ appName: registered.name, clientId: registered.clientId, clientSecret: registered.clientSecret, reason: 'registered' });
            setAnnouncement(
              registered.status === 'PENDING_APPROVAL'
                ? `${registered.name} is registered. It asks for client records, so it waits for a FitFlow administrator’s approval before it gets a token.`
                : `${registered.name} is registered and active.`,
            );
          }}
        />
      )}
      <HowToCallApi />
      <section>
        <h2>Your apps</h2>
        {!data || !zone ? (
          loading || zoneLoading ? (
            <Loading label="Loading your apps…" />
          ) : (
            <ErrorMessage error={error} title="Your apps could not be loaded" onRetry={() => void refetch()} />
          )
        ) : data.myApps.length === 0 ? (
          <Empty>No apps yet. Register one to give a website or a tool its own credentials.</Empty>
        ) : (
          <AppsTable apps={data.myApps} zone={zone} tenants={tenants} />
        )}
      </section>
    </>
  );
}

function AppsTable({ apps, zone, tenants }: { apps: AppRow[]; zone: string; tenants: AppTenant[] }) {
  const tenantName = (id: string) => tenants.find((t) => t.id === id)?.name ?? '—';
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Your apps">
      <table>
        <caption className="sr-only">Your apps, newest first</caption>
        <thead>
          <tr>
            <th scope="col">App</th>
            <th scope="col">Status</th>
            <th scope="col">Scopes</th>
            {tenants.length > 1 && <th scope="col">Acts for</th>}
            <th scope="col">Client id</th>
            <th scope="col">Last used ({zoneLabel(zone)})</th>
          </tr>
        </thead>
        <tbody>
          {apps.map((app) => (
            <tr key={app.id}>
              <th scope="row">
                <Link to={`/apps/${app.id}`}>{app.name}</Link>
              </th>
              <td>
                <AppStatus app={app} />
              </td>
              <td>{scopesInWords(app.scopes)}</td>
              {tenants.length > 1 && <td>{tenantName(app.ownerScopeId)}</td>}
              <td className="client-id">{app.clientId}</td>
              <td className="nowrap">{app.lastUsedAt ? formatDateTime(app.lastUsedAt, zone) : 'Never'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An app's status in words ("Suspended: <reason>"), coloured by status. */
export function AppStatus({ app }: { app: Pick<AppRow, 'status' | 'suspendedReason'> }) {
  const words = statusInWords(app);
  const [status, reason] = words.startsWith(`${STATUS_WORDS.SUSPENDED}: `) ? [STATUS_WORDS.SUSPENDED, words.slice(STATUS_WORDS.SUSPENDED.length)] : [words, ''];
  return (
    <span className={`badge app-status ${STATUS_BADGE[app.status]}`}>
      <strong>{status}</strong>
      {reason}
    </span>
  );
}
