import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, type ReactNode } from 'react';
import { matchPath, Navigate, Route, Routes, useLocation } from 'react-router';
import { graphql } from './__generated__';
import type { AppShellQueryQuery } from './__generated__/graphql';
import { useAuth } from './auth/AuthContext';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Layout, type NavItem } from './components/Layout';
import { ErrorMessage, Loading } from './components/StateViews';
import { LoginRoute } from './routes/LoginRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import type { AppTenant } from './routes/apps/RegisterAppForm';
import { managedStudios, ManagedStudiosProvider, StudioArea, type ManagedStudio } from './routes/studio/StudioArea';

// Each route is its own chunk: a studio admin never downloads the trainer app, and vice versa.
const DashboardRoute = lazy(() => import('./routes/trainer/DashboardRoute').then((m) => ({ default: m.DashboardRoute })));
const CalendarRoute = lazy(() => import('./routes/trainer/CalendarRoute').then((m) => ({ default: m.CalendarRoute })));
const SessionRoute = lazy(() => import('./routes/trainer/SessionRoute').then((m) => ({ default: m.SessionRoute })));
const AvailabilityRoute = lazy(() => import('./routes/trainer/AvailabilityRoute').then((m) => ({ default: m.AvailabilityRoute })));
const ClassTypesRoute = lazy(() => import('./routes/trainer/ClassTypesRoute').then((m) => ({ default: m.ClassTypesRoute })));
const ClientsRoute = lazy(() => import('./routes/trainer/ClientsRoute').then((m) => ({ default: m.ClientsRoute })));
const ClientDetailRoute = lazy(() => import('./routes/trainer/ClientDetailRoute').then((m) => ({ default: m.ClientDetailRoute })));
const ExpensesRoute = lazy(() => import('./routes/trainer/ExpensesRoute').then((m) => ({ default: m.ExpensesRoute })));
const TaxesRoute = lazy(() => import('./routes/trainer/TaxesRoute').then((m) => ({ default: m.TaxesRoute })));
const BillingProfileRoute = lazy(() => import('./routes/trainer/BillingProfileRoute').then((m) => ({ default: m.BillingProfileRoute })));
const InvoicesRoute = lazy(() => import('./routes/trainer/InvoicesRoute').then((m) => ({ default: m.InvoicesRoute })));
const InvoiceRoute = lazy(() => import('./routes/trainer/InvoiceRoute').then((m) => ({ default: m.InvoiceRoute })));
const InvoiceForClientRoute = lazy(() => import('./routes/trainer/InvoiceForClientRoute').then((m) => ({ default: m.InvoiceForClientRoute })));
const StudioScheduleRoute = lazy(() => import('./routes/studio/StudioScheduleRoute').then((m) => ({ default: m.StudioScheduleRoute })));
const StudioTrainersRoute = lazy(() => import('./routes/studio/StudioTrainersRoute').then((m) => ({ default: m.StudioTrainersRoute })));
const StudioInvoicesRoute = lazy(() => import('./routes/studio/StudioInvoicesRoute').then((m) => ({ default: m.StudioInvoicesRoute })));
const StudioPayablesRoute = lazy(() => import('./routes/studio/StudioPayablesRoute').then((m) => ({ default: m.StudioPayablesRoute })));
const ClientHomeRoute = lazy(() => import('./routes/client/ClientHomeRoute').then((m) => ({ default: m.ClientHomeRoute })));
const SupportConsoleRoute = lazy(() => import('./routes/admin/SupportConsoleRoute').then((m) => ({ default: m.SupportConsoleRoute })));
const AppsRoute = lazy(() => import('./routes/apps/AppsRoute').then((m) => ({ default: m.AppsRoute })));
const AppDetailRoute = lazy(() => import('./routes/apps/AppDetailRoute').then((m) => ({ default: m.AppDetailRoute })));
const AdminAppsRoute = lazy(() => import('./routes/apps/AdminAppsRoute').then((m) => ({ default: m.AdminAppsRoute })));
const AdminAppDetailRoute = lazy(() => import('./routes/apps/AppDetailRoute').then((m) => ({ default: () => <m.AppDetailRoute admin /> })));
const AccountSecurityRoute = lazy(() => import('./routes/account/AccountSecurityRoute').then((m) => ({ default: m.AccountSecurityRoute })));

const AppShellQuery = graphql(`
  query AppShellQuery {
    me {
      id
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

/** The studios a studio admin's navigation lists (theirs and the locations below them). */
const StudioNavQuery = graphql(`
  query StudioNavQuery {
    studios {
      id
      name
      timeZone
      parentStudio {
        id
      }
    }
  }
`);

/** A client's own name, for the header. */
const ClientShellQuery = graphql(`
  query ClientShellQuery($clientId: ID!) {
    client(id: $clientId) {
      id
      displayName
    }
  }
`);

type Me = AppShellQueryQuery['me'];

/** Which part of the app a signed-in user gets, from their roles. */
function areasOf(me: Me) {
  const trainerId = me.trainer?.id ?? me.roles.find((r) => r.role === 'TRAINER' || r.role === 'TRAINER_ADMIN')?.scopeId ?? null;
  const studioIds = me.roles.filter((r) => r.role === 'STUDIO_ADMIN' && r.scopeId).map((r) => r.scopeId!);
  const clientId = me.roles.find((r) => r.role === 'CLIENT' && r.scopeId)?.scopeId ?? null;
  const superAdmin = me.roles.some((r) => r.role === 'SUPER_ADMIN');
  return { trainerId, studioIds, clientId, superAdmin };
}

const STUDIO_SECTIONS = [
  { path: 'schedule', label: 'Schedule' },
  { path: 'trainers', label: 'Trainers' },
  { path: 'invoices', label: 'Invoices' },
  { path: 'payables', label: 'Payables' },
] as const;

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

/** A whole-page state of the shell (before the header can be drawn). */
function ShellState({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="page page-state">
      {children}
    </main>
  );
}

function SignedIn() {
  const { signOut } = useAuth();
  // Requests give up after REQUEST_TIMEOUT_MS (auth/session.ts): a hung gateway ends in the error below, with Retry.
  const shell = useQuery(AppShellQuery, { fetchPolicy: 'cache-first', notifyOnNetworkStatusChange: true });
  const areas = shell.data ? areasOf(shell.data.me) : null;
  const studioNav = useQuery(StudioNavQuery, { skip: !areas?.studioIds.length, fetchPolicy: 'cache-first' });
  const clientShell = useQuery(ClientShellQuery, { skip: !areas?.clientId, variables: { clientId: areas?.clientId ?? '' }, fetchPolicy: 'cache-first' });

  if (!shell.data || !areas) {
    return (
      <ShellState>
        {shell.loading ? (
          <Loading label="Loading your account…" />
        ) : (
          <>
            <ErrorMessage error={shell.error} title="Your account could not be loaded" onRetry={() => void shell.refetch().catch(() => undefined)} />
            <button type="button" onClick={() => void signOut()}>
              Sign out
            </button>
          </>
        )}
      </ShellState>
    );
  }
  const { trainerId, studioIds, clientId, superAdmin } = areas;
  if (studioIds.length > 0 && !studioNav.data) {
    return (
      <ShellState>
        {studioNav.loading ? (
          <Loading label="Loading your studios…" />
        ) : (
          <ErrorMessage error={studioNav.error} title="Your studios could not be loaded" onRetry={() => void studioNav.refetch().catch(() => undefined)} />
        )}
      </ShellState>
    );
  }
  const studios = studioNav.data ? managedStudios(studioNav.data.studios, studioIds) : [];
  return (
    <Shell
      trainerId={trainerId}
      studios={studios}
      studioIds={studioIds}
      clientId={clientId}
      superAdmin={superAdmin}
      userName={userNameOf(shell.data.me, studios, studioIds, clientShell.data?.client.displayName)}
      appTenants={appTenantsOf(shell.data.me, trainerId, studios, studioIds)}
    />
  );
}

/**
 * The name in the header: the trainer's display name, the studio's name for a studio admin, the
 * client's own name — never an email address. (A `User.displayName` from identity would give every
 * account one field to read here.)
 */
function userNameOf(me: Me, studios: ManagedStudio[], studioIds: string[], clientName: string | undefined): string {
  if (me.trainer) return me.trainer.displayName;
  const ownStudios = studios.filter((s) => studioIds.includes(s.id)).map((s) => s.name);
  if (ownStudios.length) return ownStudios.join(', ');
  if (clientName) return clientName;
  if (me.roles.some((r) => r.role === 'SUPER_ADMIN')) return 'FitFlow support';
  return '';
}

/**
 * What a person may register an app for (Apps & API): their trainer profile and the studios their
 * studio admin roles name (not the locations below them: an app of a headquarters acts for those too).
 */
function appTenantsOf(me: Me, trainerId: string | null, studios: ManagedStudio[], studioIds: string[]): AppTenant[] {
  const tenants: AppTenant[] = [];
  if (trainerId) tenants.push({ id: trainerId, name: me.trainer?.displayName ?? 'Your trainer profile' });
  for (const id of studioIds) tenants.push({ id, name: studios.find((s) => s.id === id)?.name ?? 'Your studio' });
  return tenants;
}

function Shell({
  trainerId,
  studios,
  studioIds,
  clientId,
  superAdmin,
  userName,
  appTenants,
}: {
  trainerId: string | null;
  studios: ManagedStudio[];
  studioIds: string[];
  clientId: string | null;
  superAdmin: boolean;
  userName: string;
  appTenants: AppTenant[];
}) {
  const location = useLocation();
  const nav: NavItem[] = [];
  if (trainerId) {
    nav.push(
      { to: '/trainer', label: 'Dashboard', end: true },
      { to: '/trainer/calendar', label: 'Calendar' },
      { to: '/trainer/clients', label: 'Clients' },
      { to: '/trainer/invoices', label: 'Invoices' },
      { to: '/trainer/class-types', label: 'Class types' },
      { to: '/trainer/availability', label: 'Availability' },
      { to: '/trainer/expenses', label: 'Expenses' },
      { to: '/trainer/taxes', label: 'Taxes' },
      { to: '/trainer/billing-profile', label: 'Billing profile' },
    );
  }
  // A studio admin's sections are those of the location on screen (their first studio elsewhere);
  // the Locations row switches location and keeps the section.
  const open = matchPath('/studio/:studioId/:section', location.pathname)?.params;
  const current = studios.find((s) => s.id === open?.studioId) ?? studios[0];
  const section = STUDIO_SECTIONS.find((s) => s.path === open?.section)?.path ?? 'schedule';
  if (current) nav.push(...STUDIO_SECTIONS.map((s) => ({ to: `/studio/${current.id}/${s.path}`, label: s.label })));
  const locations: NavItem[] = studios.map((s) => ({ to: `/studio/${s.id}/${section}`, label: s.name }));
  if (appTenants.length) nav.push({ to: '/apps', label: 'Apps & API' });
  if (clientId) nav.push({ to: '/client', label: 'Home', end: true });
  if (superAdmin) nav.push({ to: '/admin/support', label: 'Support' }, { to: '/admin/apps', label: 'Apps' });
  nav.push({ to: '/account/security', label: 'Security' });
  const home = trainerId ? '/trainer' : studios.length ? `/studio/${studios[0].id}/schedule` : clientId ? '/client' : superAdmin ? '/admin/support' : null;

  return (
    <Layout nav={nav} locations={locations} userName={userName}>
      <ErrorBoundary resetKey={location.pathname}>
        <ManagedStudiosProvider value={studios}>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/" element={home ? <Navigate to={home} replace /> : <NoAppForRole />} />
              <Route path="/login" element={<Navigate to={home ?? '/'} replace />} />
              {trainerId && <Route path="/trainer" element={<DashboardRoute />} />}
              {trainerId && <Route path="/trainer/calendar" element={<CalendarRoute />} />}
              {trainerId && <Route path="/trainer/sessions/:sessionId" element={<SessionRoute />} />}
              {trainerId && <Route path="/trainer/class-types" element={<ClassTypesRoute />} />}
              {trainerId && <Route path="/trainer/availability" element={<AvailabilityRoute />} />}
              {trainerId && <Route path="/trainer/clients" element={<ClientsRoute />} />}
              {trainerId && <Route path="/trainer/clients/:clientId" element={<ClientDetailRoute />} />}
              {trainerId && <Route path="/trainer/expenses" element={<ExpensesRoute />} />}
              {trainerId && <Route path="/trainer/taxes" element={<TaxesRoute />} />}
              {trainerId && <Route path="/trainer/billing-profile" element={<BillingProfileRoute />} />}
              {trainerId && <Route path="/trainer/invoices" element={<InvoicesRoute />} />}
              {trainerId && <Route path="/trainer/invoices/new-client-invoice" element={<InvoiceForClientRoute />} />}
              {trainerId && <Route path="/trainer/invoices/:invoiceId" element={<InvoiceRoute />} />}
              {studioIds.length > 0 && (
                <Route path="/studio/:studioId" element={<StudioArea />}>
                  <Route path="schedule" element={<StudioScheduleRoute />} />
                  <Route path="trainers" element={<StudioTrainersRoute />} />
                  <Route path="invoices" element={<StudioInvoicesRoute />} />
                  <Route path="payables" element={<StudioPayablesRoute />} />
                </Route>
              )}
              {clientId && <Route path="/client" element={<ClientHomeRoute clientId={clientId} />} />}
              {appTenants.length > 0 && <Route path="/apps" element={<AppsRoute tenants={appTenants} />} />}
              {appTenants.length > 0 && <Route path="/apps/:appId" element={<AppDetailRoute />} />}
              {superAdmin && <Route path="/admin/support" element={<SupportConsoleRoute />} />}
              {superAdmin && <Route path="/admin/apps" element={<AdminAppsRoute />} />}
              {superAdmin && <Route path="/admin/apps/:appId" element={<AdminAppDetailRoute />} />}
              <Route path="/account/security" element={<AccountSecurityRoute />} />
              <Route path="*" element={<NotFoundRoute />} />
            </Routes>
          </Suspense>
        </ManagedStudiosProvider>
      </ErrorBoundary>
    </Layout>
  );
}

/** An account with no role the web app has screens for (yet): say so, and what to do. */
function NoAppForRole() {
  const { signOut } = useAuth();
  return (
    <section className="page-state">
      <h1>Welcome to FitFlow</h1>
      <p>Your account is signed in, but it is not linked to a trainer, a studio or a client record yet, so there is nothing to show here.</p>
      <ul>
        <li>If your trainer or studio invited you, ask them to check the email address they used for you.</li>
        <li>If you signed in with the wrong account, sign out and sign in with the other one.</li>
      </ul>
      <button type="button" onClick={() => void signOut()}>
        Sign out
      </button>
    </section>
  );
}
