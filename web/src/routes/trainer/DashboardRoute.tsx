import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { graphql } from '../../__generated__';
import { FollowUpList } from '../../components/FollowUpList';
import { StudioSessionsCard } from '../../components/StudioSessionsCard';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { UnpaidInvoices } from '../../components/UnpaidInvoices';
import { addDays, coveringRange, mondayOf, zoneLabel } from '../../lib/time';
import { useTrainerZone } from './useTrainerZone';

// The chart library is large: load it with the chart, not with the app.
const RevenueChart = lazy(() => import('../../components/RevenueChart').then((m) => ({ default: m.RevenueChart })));

const DashboardRouteQuery = graphql(`
  query DashboardRouteQuery($from: DateTime!, $to: DateTime!) {
    me {
      id
      trainer {
        id
        displayName
        studios {
          id
          ...StudioSessionsCard_studio
        }
        appointments(from: $from, to: $to, first: 100) {
          edges {
            node {
              id
              studio {
                id
              }
              ...StudioSessionsCard_appointment
            }
          }
        }
        invoices(first: 100) {
          edges {
            node {
              id
              ...UnpaidInvoices_invoice
              ...RevenueChart_invoice
            }
          }
        }
        clients(first: 100) {
          edges {
            node {
              id
              ...FollowUpList_client
            }
          }
        }
      }
    }
  }
`);

/**
 * The trainer's start page: every studio's sessions today and this week, follow-ups, money. Days and
 * times are the trainer's own zone's (docs/time-zones.md); a studio elsewhere also shows its local time.
 */
export function DashboardRoute() {
  const zone = useTrainerZone();
  const home = zone.home;
  const monday = home ? mondayOf(home.today) : '';
  const { from, to } = home ? coveringRange(monday, addDays(monday, 6)) : { from: '', to: '' };
  const { data, loading, error, refetch } = useQuery(DashboardRouteQuery, { variables: { from, to }, skip: !home });

  if (!data || !home) {
    const failed = zone.error ?? error;
    return (
      <>
        <h1>Dashboard</h1>
        {zone.loading || loading ? (
          <Loading label="Loading your dashboard…" />
        ) : failed ? (
          <ErrorMessage error={failed} onRetry={() => (zone.error ? zone.refetch() : void refetch())} />
        ) : (
          <Empty>Your account has no trainer profile.</Empty>
        )}
      </>
    );
  }
  const trainer = data.me.trainer;
  if (!trainer) {
    return (
      <>
        <h1>Dashboard</h1>
        <Empty>Your account has no trainer profile.</Empty>
      </>
    );
  }
  const appointments = trainer.appointments.edges.map((e) => e.node);
  return (
    <>
      <h1>Dashboard</h1>
      <p className="lede">
        Welcome back, {trainer.displayName}. Times are in your time zone, {zoneLabel(home.zone)}.
      </p>
      {error && <ErrorMessage error={error} title="Some data could not be refreshed" onRetry={() => void refetch()} />}
      <section aria-labelledby="studios-title">
        <h2 id="studios-title">Your studios</h2>
        {trainer.studios.length === 0 ? (
          <Empty>You have no active studio contracts.</Empty>
        ) : (
          <div className="grid">
            {trainer.studios.map((studio) => (
              <StudioSessionsCard key={studio.id} studio={studio} home={home} appointments={appointments.filter((a) => a.studio?.id === studio.id)} />
            ))}
          </div>
        )}
      </section>
      <div className="grid grid-2">
        <section aria-labelledby="followup-title" className="card">
          <h2 id="followup-title">Clients needing follow-up</h2>
          <FollowUpList clients={trainer.clients.edges.map((e) => e.node)} today={home.today} />
        </section>
        <section aria-labelledby="unpaid-title" className="card">
          <h2 id="unpaid-title">Unpaid invoices</h2>
          <UnpaidInvoices invoices={trainer.invoices.edges.map((e) => e.node)} />
        </section>
      </div>
      <section aria-labelledby="revenue-title" className="card">
        <h2 id="revenue-title">Revenue, last 6 months</h2>
        <p className="muted">By month of service, before tax: sent and paid invoices (drafts and cancelled invoices not counted).</p>
        <Suspense fallback={<Loading label="Loading chart…" />}>
          <RevenueChart invoices={trainer.invoices.edges.map((e) => e.node)} today={home.today} />
        </Suspense>
      </section>
    </>
  );
}
