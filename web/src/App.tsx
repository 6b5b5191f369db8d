import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { graphql } from './__generated__';
import type { AppShellQueryQuery } from './__generated__/graphql';
import { useAuth } from './auth/AuthContext';
import { Layout, type NavItem } from './components/Layout';
import { ErrorMessage, Loading } from './components/StateViews';
import { LoginRoute } from './routes/LoginRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';

// Each route is its own chunk: a studio admin never downloads the trainer app, and vice versa.
const DashboardRoute = lazy(() => import('./routes/trainer/DashboardRoute').then((m) => ({ default: m.DashboardRoute })));
const CalendarRoute = lazy(() => import('./routes/trainer/CalendarRoute').then((m) => ({ default: m.CalendarRoute })));
const ClientsRoute = lazy(() => import('./routes/trainer/ClientsRoute').then((m) => ({ default: m.ClientsRoute })));
const ClientDetailRoute = lazy(() => import('./routes/trainer/ClientDetailRoute').then((m) => ({ default: m.ClientDetailRoute })));
const StudioScheduleRoute = lazy(() => import('./routes/studio/StudioScheduleRoute').then((m) => ({ default: m.StudioScheduleRoute })));
const StudioTrainersRoute = lazy(() => import('./routes/studio/StudioTrainersRoute').then((m) => ({ default: m.StudioTrainersRoute })));
const StudioInvoicesRoute = lazy(() => import('./routes/studio/StudioInvoicesRoute').then((m) => ({ default: m.StudioInvoicesRoute })));
const SupportConsoleRoute = lazy(() => import('./routes/admin/SupportConsoleRoute').then((m) => ({ default: m.SupportConsoleRoute })));
const AccountSecurityRoute = lazy(() => import('./routes/account/AccountSecurityRoute').then((m) => ({ default: m.AccountSecurityRoute })));

const AppShellQuery = graphql(`
  query AppShellQuery {
    me {
      id
      email
      roles {
        role
        scopeType
        scopeId
      }
      trainer {
        id
        displayName
      }
    }
  }
`);

type Me = AppShellQueryQuery['me'];

/** Which part of the app a signed-in user gets, from their roles. */
function areasOf(me: Me) {
  const trainerId = me.trainer?.id ?? me.roles.find((r) => r.role === 'TRAINER' || r.role === 'TRAINER_ADMIN')?.scopeId ?? null;
  const studioIds = me.roles.filter((r) => r.role === 'STUDIO_ADMIN' && r.scopeId).map((r) => r.scopeId!);
  return { trainerId, studioIds };
}

export function App() {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) {
    return (
      <Routes>
        <Route path="/login" element={<LoginRoute />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />} />
      </Routes>
    );
  }
  return <SignedIn />;
}

function SignedIn() {
  const { data, error, loading, refetch } = useQuery(AppShellQuery, { fetchPolicy: 'cache-first' });
  if (!data) {
    return (
      <main id="main" className="page">
        {loading ? <Loading label="Loading your account…" /> : <ErrorMessage error={error} onRetry={() => void refetch()} />}
      </main>
    );
  }
  const { trainerId, studioIds } = areasOf(data.me);
  const nav: NavItem[] = [];
  if (trainerId) {
    nav.push({ to: '/trainer', label: 'Dashboard', end: true }, { to: '/trainer/calendar', label: 'Calendar' }, { to: '/trainer/clients', label: 'Clients' });
  }
  for (const studioId of studioIds) {
    const prefix = studioIds.length > 1 ? 'Studio ' : '';
    nav.push(
      { to: `/studio/${studioId}/schedule`, label: `${prefix}Schedule` },
      { to: `/studio/${studioId}/trainers`, label: `${prefix}Trainers` },
      { to: `/studio/${studioId}/invoices`, label: `${prefix}Invoices` },
    );
  }
  const superAdmin = data.me.roles.some((r) => r.role === 'SUPER_ADMIN');
  if (superAdmin) nav.push({ to: '/admin/support', label: 'Support' });
  nav.push({ to: '/account/security', label: 'Security' });
  const home = trainerId ? '/trainer' : studioIds.length ? `/studio/${studioIds[0]}/schedule` : superAdmin ? '/admin/support' : null;
  const name = data.me.trainer?.displayName ?? data.me.email;

  return (
    <Layout nav={nav} userName={name}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={home ? <Navigate to={home} replace /> : <NoAppForRole />} />
          <Route path="/login" element={<Navigate to={home ?? '/'} replace />} />
          {trainerId && (
            <>
              <Route path="/trainer" element={<DashboardRoute />} />
              <Route path="/trainer/calendar" element={<CalendarRoute />} />
              <Route path="/trainer/clients" element={<ClientsRoute />} />
              <Route path="/trainer/clients/:clientId" element={<ClientDetailRoute />} />
            </>
          )}
          {studioIds.length > 0 && (
            <>
              <Route path="/studio/:studioId/schedule" element={<StudioScheduleRoute />} />
              <Route path="/studio/:studioId/trainers" element={<StudioTrainersRoute />} />
              <Route path="/studio/:studioId/invoices" element={<StudioInvoicesRoute />} />
            </>
          )}
          {superAdmin && <Route path="/admin/support" element={<SupportConsoleRoute />} />}
          <Route path="/account/security" element={<AccountSecurityRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

function NoAppForRole() {
  return (
    <section>
      <h1>Welcome</h1>
      <p>The web app has screens for trainers and studio admins so far. Your account has neither role.</p>
    </section>
  );
}
