import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { formatDay } from '../lib/time';
import { StatusBadge } from './StatusBadge';

export const ClientCard_client = graphql(`
  fragment ClientCard_client on Client {
    id
    displayName
    email
    phone
    status
    goals
    latestSessionNote {
      id
      sessionDate
    }
  }
`);

/** A client in the client list. */
export function ClientCard(props: { client: FragmentType<typeof ClientCard_client> }) {
  const client = getFragmentData(ClientCard_client, props.client);
  return (
    <article className="card client-card">
      <h2 className="client-name">
        <Link to={`/trainer/clients/${client.id}`}>{client.displayName}</Link>
      </h2>
      {client.status !== 'ACTIVE' && <StatusBadge status={client.status} />}
      <p className="muted contact">
        {client.email || client.phone ? (
          <>
            {client.email && <span className="email">{client.email}</span>}
            {client.email && client.phone && ' · '}
            {client.phone && <span className="nowrap">{client.phone}</span>}
          </>
        ) : (
          'No contact details'
        )}
      </p>
      {client.goals && <p>Goal: {client.goals}</p>}
      <p className="muted">
        Last session:{' '}
        {client.latestSessionNote ? formatDay(client.latestSessionNote.sessionDate, { month: 'short', day: 'numeric', year: 'numeric' }) : 'none yet'}
      </p>
    </article>
  );
}
