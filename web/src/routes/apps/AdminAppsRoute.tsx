import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import type { AdminAppsQueryQuery } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { OWNER_ROLE_WORDS, scopesInWords } from '../../lib/apps';
import { browserTimeZone, formatDateTime, zoneLabel } from '../../lib/time';
import { ApproveAppForm, ReinstateButton, SuspendAppForm } from './AdminAppActions';
import './apps.css';
import { AppStatus } from './AppsRoute';

const AdminAppsQuery = graphql(`
  query AdminAppsQuery {
    myApps {
      id
      name
      clientId
      scopes
      status
      suspendedReason
      ownerRole
      ownerScopeId
      lastUsedAt
    }
    studios {
      id
      name
    }
  }
`);

/** A trainer's display name, for the owner column (trainers are directory data). */
const AdminAppsTrainerQuery = graphql(`
  query AdminAppsTrainerQuery($id: ID!) {
    trainer(id: $id) {
      id
      displayName
    }
  }
`);

type AdminAppRow = AdminAppsQueryQuery['myApps'][number];
type Acting = { appId: string; action: 'suspend' | 'approve' } | null;

/**
 * The super admin's list of every app: owner, scopes, status, last call. Suspend one (a reason its
 * owner reads), reinstate it, or approve client access for one waiting for approval (the data
 * processing agreement's reference and signing date). Times in the browser's zone, as in Support.
 */
export function AdminAppsRoute() {
  const zone = browserTimeZone();
  const { data, loading, error, refetch } = useQuery(AdminAppsQuery, { fetchPolicy: 'cache-and-network' });
  const [acting, setActing] = useState<Acting>(null);
  const [announcement, setAnnouncement] = useState('');
  const done = (message: string) => {
    setActing(null);
    setAnnouncement(message);
  };
  const studioName = (id: string) => data?.studios.find((s) => s.id === id)?.name;
  const actingOn = data?.myApps.find((a) => a.id === acting?.appId);

  return (
    <>
      <h1>Apps</h1>
      <p className="lede">
        Every app registered on FitFlow, with its owner and scopes. Suspend an app that misbehaves; approve an app’s access to client records once its owner has
        signed a data processing agreement. Times are in {zoneLabel(zone)}.
      </p>
      <p role="status" className={announcement ? 'notice success' : 'sr-only'}>
        {announcement}
      </p>
      {!data ? (
        loading ? (
          <Loading label="Loading every app…" />
        ) : (
          <ErrorMessage error={error} title="The apps could not be loaded" onRetry={() => void refetch()} />
        )
      ) : data.myApps.length === 0 ? (
        <Empty>No app is registered yet.</Empty>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Every app">
            <table>
              <caption className="sr-only">Every app, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">App</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Scopes</th>
                  <th scope="col">Status</th>
                  <th scope="col">Last used ({zoneLabel(zone)})</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.myApps.map((app) => (
                  <tr key={app.id}>
                    <th scope="row">
                      <Link to={`/admin/apps/${app.id}`}>{app.name}</Link>
                      <div className="client-id muted">{app.clientId}</div>
                    </th>
                    <td>
                      <Owner app={app} studioName={studioName(app.ownerScopeId)} />
                    </td>
                    <td>{scopesInWords(app.scopes)}</td>
                    <td>
                      <AppStatus app={app} />
                    </td>
                    <td className="nowrap">{app.lastUsedAt ? formatDateTime(app.lastUsedAt, zone) : 'Never'}</td>
                    <td>
                      <RowActions app={app} acting={acting} setActing={setActing} onDone={done} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {actingOn && acting?.action === 'suspend' && (
            <div className="card">
              <SuspendAppForm key={actingOn.id} app={actingOn} onDone={done} onCancel={() => setActing(null)} />
            </div>
          )}
          {actingOn && acting?.action === 'approve' && (
            <div className="card">
              <ApproveAppForm key={actingOn.id} app={actingOn} onDone={done} onCancel={() => setActing(null)} />
            </div>
          )}
        </>
      )}
    </>
  );
}

/** Who registered the app: their role and the trainer or studio it acts for. */
function Owner({ app, studioName }: { app: AdminAppRow; studioName: string | undefined }) {
  const isStudio = app.ownerRole === 'STUDIO_ADMIN';
  const trainer = useQuery(AdminAppsTrainerQuery, { variables: { id: app.ownerScopeId }, skip: isStudio, fetchPolicy: 'cache-first' });
  const name = isStudio ? studioName : trainer.data?.trainer.displayName;
  return (
    <>
      {name ?? (trainer.loading ? '…' : 'Unknown')}
      <div className="muted">{OWNER_ROLE_WORDS[app.ownerRole] ?? 'Owner'}</div>
    </>
  );
}

function RowActions({ app, acting, setActing, onDone }: { app: AdminAppRow; acting: Acting; setActing(acting: Acting): void; onDone(message: string): void }) {
  const open = (action: 'suspend' | 'approve') => ({
    'aria-expanded': acting?.appId === app.id && acting.action === action,
    onClick: () => setActing(acting?.appId === app.id && acting.action === action ? null : { appId: app.id, action }),
  });
  return (
    <div className="app-actions">
      {app.status === 'PENDING_APPROVAL' && (
        <button type="button" aria-label={`Approve client access for ${app.name}`} {...open('approve')}>
          Approve client access
        </button>
      )}
      {(app.status === 'ACTIVE' || app.status === 'PENDING_APPROVAL') && (
        <button type="button" className="danger-button" aria-label={`Suspend ${app.name}`} {...open('suspend')}>
          Suspend
        </button>
      )}
      {app.status === 'SUSPENDED' && <ReinstateButton app={app} onDone={onDone} />}
    </div>
  );
}
