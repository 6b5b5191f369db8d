import type { DemoTenant } from '@fitflow/demo';
import { createHash } from 'node:crypto';

/**
 * THE permission matrix: one declarative table of (operation, persona, expected outcome). The matrix
 * test runs every row as every persona through the gateway (entities: directly against the owning
 * subgraph too), and docs/permissions.md is rendered from this same table.
 */

export const PERSONAS = [
  'anonymous',
  'superAdmin',
  'trainerAdmin',
  'teamTrainer',
  'outsideTrainer',
  'readShareTrainer',
  'studioAdmin',
  'otherStudioAdmin',
  'client',
  'otherClient',
  'scheduleApp',
  'invoicesApp',
] as const;
export type Persona = (typeof PERSONAS)[number];

/** Personas that are third-party apps (docs/apps.md): tokens from the client-credentials grant, not a sign-in. */
export const APP_PERSONAS = { scheduleApp: ['SCHEDULE_READ'], invoicesApp: ['INVOICES_READ'] } as const satisfies Partial<Record<Persona, readonly string[]>>;
export const isAppPersona = (p: Persona): p is keyof typeof APP_PERSONAS => p in APP_PERSONAS;

/** Who each persona is in the demo tenant (null: no token). */
export const PERSONA_LOGINS: Record<Persona, { email: string | null; who: string }> = {
  anonymous: { email: null, who: 'no token' },
  superAdmin: { email: 'admin@fitflow.demo', who: 'Super Admin' },
  trainerAdmin: { email: 'maya@fitflow.demo', who: 'Maya, Trainer Admin; Emma is her client' },
  teamTrainer: { email: 'liam@fitflow.demo', who: "Liam, in Maya's team" },
  outsideTrainer: { email: 'noah@fitflow.demo', who: 'Noah, independent trainer' },
  readShareTrainer: { email: 'sofia@fitflow.demo', who: "Sofia, in Maya's team; Emma shared with her read-only" },
  studioAdmin: { email: 'studio@harbourfront.demo', who: "Studio Admin of Harbourfront (where Maya's sessions are)" },
  otherStudioAdmin: { email: 'studio@kitsflow.demo', who: 'Studio Admin of Kitsilano' },
  client: { email: 'emma.wilson@example.com', who: 'Emma, the client' },
  otherClient: { email: null, who: "another client (one of Noah's)" },
  scheduleApp: { email: null, who: "an app of Maya's with schedule:read (acts as Maya, on fields that scope reaches)" },
  invoicesApp: { email: null, who: "an app of Maya's with invoices:read" },
};

/**
 * - `allow`: answered, the field is not null, no error.
 * - `filtered`: answered, with only what the persona may see (the row's `visible` check).
 * - `hidden`: an entity reference resolves to null (same as an unknown id).
 * - an error code: the first error's `extensions.code`, with no data for the field.
 */
export type Outcome = 'allow' | 'filtered' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

export interface MatrixContext {
  tenant: DemoTenant;
  /** Creates a client of Maya's (shared read-only with Sofia) for a destructive row; returns its id. */
  freshClient(): Promise<string>;
  /** A valid refresh token of the persona (or of Maya, for anonymous). */
  refreshTokenOf(persona: Persona): Promise<string>;
  /** Creates an invoice from Liam (in Maya's team) to Emma, one line, 113.00 CAD, in `status`; returns its id. */
  freshInvoice(status: 'draft' | 'issued' | 'sent'): Promise<string>;
  /** The same, returning the invoice's id and its line's. */
  freshInvoiceWithLine(status: 'draft' | 'issued' | 'sent'): Promise<{ invoiceId: string; lineId: string }>;
  /** A start time far in the future, a different one on every call (two hours apart). */
  freshStart(): Date;
  /** Creates a group session of Maya's at Harbourfront (in 2031, or in 2020 for `past`: far from the demo's weeks); returns its id. */
  freshSession(when?: 'future' | 'past'): Promise<string>;
  /** Schedules a weekly series of Maya's at Harbourfront (two occurrences in 2031) through the API; returns its first occurrence's id. */
  freshSeriesOccurrence(): Promise<string>;
  /** Creates an individual class type of Liam's; returns its id. */
  freshClassType(): Promise<string>;
  /** Books Emma into a fresh session (confirmed); returns the booking (participant) id. */
  freshBooking(): Promise<string>;
  /** Creates an active bank account of Liam's; returns its id. */
  freshBankAccount(): Promise<string>;
  /** Issues an invoice of Liam's to Harbourfront (one group session, 100.00 + HST) through the API; returns its id. */
  freshStudioInvoice(): Promise<string>;
  /** Issues an HST invoice of Liam's (100.00 + 13.00) dated in a month no other fixture uses; returns that month. */
  freshTaxMonth(): Promise<{ start: string; end: string }>;
  /** Saves Liam's GST/HST return for a fresh month (and files it for `filed`); returns its id. */
  freshTaxReturn(status: 'calculated' | 'filed'): Promise<string>;
  /** Creates an expense of Liam's (100.00 + 13.00 HST); returns its id. */
  freshExpense(): Promise<string>;
  /** The id of the app behind an app persona (registered by Maya). */
  appOf(persona: keyof typeof APP_PERSONAS): string;
  /** Registers a new app of Maya's (schedule:read, or client records: waiting for approval), suspended by a super admin for `suspended`; returns its id. */
  freshApp(kind?: 'schedule' | 'clients' | 'suspended'): Promise<string>;
}

export interface MatrixRow {
  kind: 'query' | 'mutation' | 'entity';
  /** Root field (query/mutation) or entity type name. */
  name: string;
  /** What the row asks, in words. */
  target: string;
  /** For entities: the subgraph that owns the type. */
  subgraph?: 'identity' | 'studios' | 'clients' | 'scheduling' | 'finance';
  document: string;
  variables?: (ctx: MatrixContext, persona: Persona) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** For `filtered`: is what came back exactly what the persona may see? */
  visible?: (data: any, ctx: MatrixContext, persona: Persona) => boolean;
  expect: Record<Persona, Outcome>;
}

/** Builds an expectation: `others` for every persona not named. */
/**
 * Builds an expectation: `others` for every persona not named; anonymous callers UNAUTHENTICATED and
 * apps FORBIDDEN unless named (a field no scope of theirs reaches is closed to apps).
 */
const outcomes = (others: Outcome, named: Partial<Record<Persona, Outcome>>): Record<Persona, Outcome> =>
  Object.fromEntries(PERSONAS.map((p) => [p, named[p] ?? (p === 'anonymous' ? 'UNAUTHENTICATED' : isAppPersona(p) ? 'FORBIDDEN' : others)])) as Record<
    Persona,
    Outcome
  >;

const t = (ctx: MatrixContext) => ctx.tenant;
const trainer = (ctx: MatrixContext, key: string) => t(ctx).trainers.find((x) => x.key === key)!;
/** An app manifest (Apollo's format) with one timetable query that schedule:read reaches. */
const TIMETABLE = 'query Timetable($id: ID!) { studio(id: $id) { name timeZone } }';
export const TIMETABLE_MANIFEST = JSON.stringify({
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: [{ id: createHash('sha256').update(TIMETABLE).digest('hex'), name: 'Timetable', type: 'query', body: TIMETABLE }],
});
/** Whoever keeps Liam's books may; other trainers are told there is nothing there; studios and clients are refused. */
const LIAMS_BOOKS = { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow', outsideTrainer: 'NOT_FOUND', readShareTrainer: 'NOT_FOUND' } as const;
const EXPENSE =
  'expenseDate: "2025-01-15", vendor: "Matrix", description: "Bands", category: EQUIPMENT, amountBeforeTax: "100.00", gstHstPaid: "13.00", province: ON';
const emma = (ctx: MatrixContext) => t(ctx).clients[0];
const studio = (ctx: MatrixContext, key: string) => t(ctx).studios.find((s) => s.key === key)!;
/** A session of Maya's at Harbourfront that Emma attends. */
const emmasSession = (ctx: MatrixContext) =>
  t(ctx).appointments.find(
    (a) => a.trainerId === trainer(ctx, 'maya').id && a.studioId === studio(ctx, 'harbourfront').id && a.participants.some((p) => p.clientId === emma(ctx).id),
  )!;
/** A session of Liam's (Maya's team) at Midtown (a location of Harbourfront). */
const liamsMidtownSession = (ctx: MatrixContext) =>
  t(ctx).appointments.find((a) => a.trainerId === trainer(ctx, 'liam').id && a.studioId === studio(ctx, 'midtown').id)!;
const contractOf = (ctx: MatrixContext, trainerKey: string, studioKey: string) =>
  t(ctx).contracts.find((c) => c.trainerId === trainer(ctx, trainerKey).id && c.studioId === studio(ctx, studioKey).id)!;
/** Two weeks around the demo's reference time. */
const fortnight = (ctx: MatrixContext) => ({
  from: new Date(t(ctx).generatedAt.getTime() - 7 * 86_400_000),
  to: new Date(t(ctx).generatedAt.getTime() + 7 * 86_400_000),
});
/** Emma's newest session note, not signed yet (the demo leaves each client's newest open). */
const emmasOpenNote = (ctx: MatrixContext) =>
  t(ctx)
    .sessionNotes.filter((n) => n.clientId === emma(ctx).id && !n.signedAt)
    .sort((a, b) => b.sessionDate.localeCompare(a.sessionDate))[0];
/** Maya's invoice to Harbourfront for the month before last, issued. */
const mayasInvoice = (ctx: MatrixContext) =>
  t(ctx).invoices.find((i) => i.trainerId === trainer(ctx, 'maya').id && i.studioId === studio(ctx, 'harbourfront').id && i.status !== 'draft')!;
/** Liam's invoice to Harbourfront for last month, still a draft: his work in progress. */
const liamsDraft = (ctx: MatrixContext) =>
  t(ctx).invoices.find((i) => i.trainerId === trainer(ctx, 'liam').id && i.studioId === studio(ctx, 'harbourfront').id && i.status === 'draft')!;

/** Clients a persona may see in lists (docs/domain.md, Roles). */
export function visibleClientIds(ctx: MatrixContext, persona: Persona): string[] {
  const tenant = t(ctx);
  const of = (...keys: string[]) => tenant.clients.filter((c) => keys.some((k) => c.trainerId === trainer(ctx, k).id)).map((c) => c.id);
  switch (persona) {
    case 'trainerAdmin':
      return of('maya', 'liam', 'sofia');
    case 'teamTrainer':
      return of('liam');
    case 'readShareTrainer':
      return [...of('sofia'), emma(ctx).id];
    case 'outsideTrainer':
      return of('noah');
    case 'client':
      return [emma(ctx).id];
    case 'otherClient':
      return tenant.clients.filter((c) => c.email === tenant.logins.otherClient).map((c) => c.id);
    default:
      return [];
  }
}

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id).sort();
const sameSet = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

export const MATRIX: MatrixRow[] = [
  // identity
  {
    kind: 'mutation',
    name: 'login',
    target: "Maya's email and password",
    document: 'mutation($p: String!) { login(input: { email: "maya@fitflow.demo", password: $p }) { accessToken } }',
    variables: () => ({ p: 'FitFlow-demo-2026!' }),
    expect: outcomes('allow', { anonymous: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'refreshToken',
    target: "the caller's own refresh token",
    document: 'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }',
    variables: async (ctx, p) => ({ t: await ctx.refreshTokenOf(p) }),
    expect: outcomes('allow', { anonymous: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'verifyMfa',
    target: 'a forged mfaToken (open to anyone; needs a real one)',
    document: 'mutation { verifyMfa(mfaToken: "forged", code: "123456") { accessToken } }',
    expect: outcomes('UNAUTHENTICATED', {}),
  },
  {
    kind: 'mutation',
    name: 'logout',
    target: 'an unknown refresh token (answers true, reveals nothing)',
    document: 'mutation { logout(refreshToken: "unknown") }',
    expect: outcomes('allow', {}),
  },
  {
    kind: 'mutation',
    name: 'changePassword',
    target: 'the caller, with a wrong current password (allowed, then refused as input)',
    document: 'mutation { changePassword(currentPassword: "not-the-password", newPassword: "violet-harbour-pebble-lantern") }',
    expect: outcomes('BAD_USER_INPUT', {}),
  },
  { kind: 'query', name: 'me', target: 'the caller', document: '{ me { id email } }', expect: outcomes('allow', {}) },
  {
    kind: 'query',
    name: 'user',
    target: "Maya's user",
    document: 'query($id: ID!) { user(id: $id) { id email } }',
    variables: (ctx) => ({ id: trainer(ctx, 'maya').id }),
    expect: outcomes('NOT_FOUND', { superAdmin: 'allow', trainerAdmin: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'startMfaEnrollment',
    target: 'the caller',
    document: 'mutation { startMfaEnrollment { otpauthUri } }',
    expect: outcomes('allow', {}),
  },
  {
    kind: 'mutation',
    name: 'confirmMfaEnrollment',
    target: 'a wrong code (allowed, then refused as input)',
    document: 'mutation { confirmMfaEnrollment(code: "000000") }',
    expect: outcomes('BAD_USER_INPUT', {}),
  },
  {
    kind: 'mutation',
    name: 'disableMfa',
    target: 'the caller (MFA off already: no-op)',
    document: 'mutation { disableMfa(code: "000000") }',
    expect: outcomes('allow', {}),
  },
  {
    kind: 'mutation',
    name: 'setTeamMfaRequired',
    target: "the caller's team (set to false)",
    document: 'mutation { setTeamMfaRequired(required: false) { mfaRequired } }',
    expect: outcomes('FORBIDDEN', { trainerAdmin: 'allow' }),
  },
  {
    kind: 'query',
    name: 'userByEmail',
    target: "Maya's account, found by email (support console)",
    document: '{ userByEmail(email: "maya@fitflow.demo") { id displayName roles { role } } }',
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'unlockAccount',
    target: "Maya's sign-in delays, with a reason (support console; harmless when none)",
    document: 'mutation($id: ID!) { unlockAccount(input: { userId: $id, reason: "Holder called from the number on file" }) { id } }',
    variables: (ctx) => ({ id: trainer(ctx, 'maya').id }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'suspendAccount',
    target: 'Maya, with a too-short reason (allowed for a super admin, then refused as input)',
    document: 'mutation($id: ID!) { suspendAccount(input: { userId: $id, reason: "no" }) { id } }',
    variables: (ctx) => ({ id: trainer(ctx, 'maya').id }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'BAD_USER_INPUT' }),
  },
  {
    kind: 'mutation',
    name: 'reinstateAccount',
    target: 'Maya, with a too-short reason (allowed for a super admin, then refused as input)',
    document: 'mutation($id: ID!) { reinstateAccount(input: { userId: $id, reason: "no" }) { id } }',
    variables: (ctx) => ({ id: trainer(ctx, 'maya').id }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'BAD_USER_INPUT' }),
  },
  {
    kind: 'query',
    name: 'myApps',
    target: 'the apps the persona registered (a super admin: every app)',
    document: '{ myApps { id } }',
    expect: outcomes('allow', { client: 'FORBIDDEN', otherClient: 'FORBIDDEN' }),
  },
  {
    kind: 'query',
    name: 'app',
    target: "Maya's timetable app",
    document: 'query($id: ID!) { app(id: $id) { id name usage { calls } } }',
    variables: (ctx) => ({ id: ctx.appOf('scheduleApp') }),
    expect: outcomes('NOT_FOUND', { superAdmin: 'allow', trainerAdmin: 'allow' }),
  },
  {
    kind: 'query',
    name: 'analyzeAppManifest',
    target: 'a timetable manifest with schedule:read (stores nothing)',
    document: 'query($m: String!) { analyzeAppManifest(manifest: $m, scopes: [SCHEDULE_READ]) { valid } }',
    variables: () => ({ m: TIMETABLE_MANIFEST }),
    expect: outcomes('allow', { superAdmin: 'FORBIDDEN', client: 'FORBIDDEN', otherClient: 'FORBIDDEN' }),
  },
  {
    kind: 'mutation',
    name: 'registerApp',
    target: 'an app of their own with schedule:read',
    document: 'mutation($m: String!) { registerApp(input: { name: "Matrix app", scopes: [SCHEDULE_READ], manifest: $m }) { clientSecret } }',
    variables: () => ({ m: TIMETABLE_MANIFEST }),
    expect: outcomes('allow', { superAdmin: 'FORBIDDEN', client: 'FORBIDDEN', otherClient: 'FORBIDDEN' }),
  },
  {
    kind: 'mutation',
    name: 'rotateAppSecret',
    target: "a fresh app of Maya's",
    document: 'mutation($id: ID!) { rotateAppSecret(appId: $id) { clientSecret } }',
    variables: async (ctx) => ({ id: await ctx.freshApp() }),
    expect: outcomes('NOT_FOUND', { trainerAdmin: 'allow', superAdmin: 'FORBIDDEN' }),
  },
  {
    kind: 'mutation',
    name: 'updateAppManifest',
    target: "a fresh app of Maya's, the same manifest again",
    document: 'mutation($id: ID!, $m: String!) { updateAppManifest(appId: $id, manifest: $m) { id } }',
    variables: async (ctx) => ({ id: await ctx.freshApp(), m: TIMETABLE_MANIFEST }),
    expect: outcomes('NOT_FOUND', { trainerAdmin: 'allow', superAdmin: 'FORBIDDEN' }),
  },
  {
    kind: 'mutation',
    name: 'revokeApp',
    target: "a fresh app of Maya's (its owner or a super admin)",
    document: 'mutation($id: ID!) { revokeApp(appId: $id) { status } }',
    variables: async (ctx) => ({ id: await ctx.freshApp() }),
    expect: outcomes('NOT_FOUND', { trainerAdmin: 'allow', superAdmin: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'suspendApp',
    target: "a fresh app of Maya's, with a reason",
    document: 'mutation($id: ID!) { suspendApp(appId: $id, reason: "Matrix check: reported for scraping") { status } }',
    variables: async (ctx) => ({ id: await ctx.freshApp() }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'reinstateApp',
    target: "a suspended app of Maya's",
    document: 'mutation($id: ID!) { reinstateApp(appId: $id) { status } }',
    variables: async (ctx) => ({ id: await ctx.freshApp('suspended') }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'approveAppClientAccess',
    target: "an app of Maya's asking for client records, with its data processing agreement",
    document: 'mutation($id: ID!) { approveAppClientAccess(appId: $id, dataProcessingAgreement: "DPA-2026-014", signedOn: "2026-01-15") { status } }',
    variables: async (ctx) => ({ id: await ctx.freshApp('clients') }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow' }),
  },
  // studios
  {
    kind: 'query',
    name: 'studios',
    target: 'every studio (directory data)',
    document: '{ studios { id name } }',
    expect: outcomes('allow', { scheduleApp: 'allow' }),
  },
  {
    kind: 'query',
    name: 'studio',
    target: 'Harbourfront',
    document: 'query($id: ID!) { studio(id: $id) { id name } }',
    variables: (ctx) => ({ id: studio(ctx, 'harbourfront').id }),
    expect: outcomes('allow', { scheduleApp: 'allow', invoicesApp: 'allow' }),
  },
  {
    kind: 'query',
    name: 'trainer',
    target: "Maya's profile",
    document: 'query($id: ID!) { trainer(id: $id) { id displayName } }',
    variables: (ctx) => ({ id: trainer(ctx, 'maya').id }),
    expect: outcomes('allow', { scheduleApp: 'allow', invoicesApp: 'allow' }),
  },
  {
    kind: 'query',
    name: 'studio',
    target: "Midtown's contracts and rates (Liam's, Sofia's): the contracted trainer, their trainer admin, the studio's or a parent studio's admin",
    document: 'query($id: ID!) { studio(id: $id) { id contracts { trainerId commissionRate classRates { category rate } } } }',
    variables: (ctx) => ({ id: studio(ctx, 'midtown').id }),
    visible: (data, ctx, p) => {
      const seen: string[] = data.studio.contracts.map((c: { trainerId: string }) => c.trainerId);
      const [liam, sofia] = [trainer(ctx, 'liam').id, trainer(ctx, 'sofia').id];
      const expected: Partial<Record<Persona, string[]>> = {
        superAdmin: [liam, sofia],
        trainerAdmin: [liam, sofia],
        teamTrainer: [liam],
        readShareTrainer: [sofia],
        studioAdmin: [liam, sofia],
      };
      return sameSet(seen, expected[p] ?? []);
    },
    expect: outcomes('filtered', {}),
  },
  {
    kind: 'mutation',
    name: 'setContractRates',
    target: "Liam's Midtown contract, to the rates it has (studio admin of the parent studio, Liam's trainer admin, super admin)",
    document: 'mutation($input: SetContractRatesInput!) { setContractRates(input: $input) { id classRates { category rate } } }',
    variables: (ctx) => {
      const c = contractOf(ctx, 'liam', 'midtown');
      return {
        input: {
          trainerId: c.trainerId,
          studioId: c.studioId,
          rates: Object.entries(c.classRates).map(([category, rate]) => ({ category: category.toUpperCase(), rate: rate.toFixed(2) })),
          commissionRate: c.commissionRate.toFixed(2),
        },
      };
    },
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', studioAdmin: 'allow', otherStudioAdmin: 'NOT_FOUND' }),
  },
  {
    kind: 'mutation',
    name: 'updateBillingProfile',
    target: "Liam's invoice prefix, set to what it is (the trainer, his trainer admin, super admin)",
    document: 'mutation($input: UpdateBillingProfileInput!) { updateBillingProfile(input: $input) { id } }',
    variables: (ctx) => {
      const liam = ctx.tenant.trainers.find((t) => t.key === 'liam')!;
      return { input: { trainerId: liam.id, invoicePrefix: liam.invoicePrefix } };
    },
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow' }),
  },
  // clients
  {
    kind: 'query',
    name: 'clients',
    target: "the caller's clients",
    document: '{ clients(first: 100) { edges { node { id } } } }',
    visible: (data, ctx, p) => sameSet(ids(data.clients), visibleClientIds(ctx, p)),
    expect: outcomes('filtered', { superAdmin: 'FORBIDDEN', studioAdmin: 'FORBIDDEN', otherStudioAdmin: 'FORBIDDEN' }),
  },
  {
    kind: 'query',
    name: 'client',
    target: 'Emma',
    document: 'query($id: ID!) { client(id: $id) { id firstName } }',
    variables: (ctx) => ({ id: emma(ctx).id }),
    expect: outcomes('NOT_FOUND', {
      superAdmin: 'FORBIDDEN',
      trainerAdmin: 'allow',
      readShareTrainer: 'allow',
      client: 'allow',
      studioAdmin: 'FORBIDDEN',
      otherStudioAdmin: 'FORBIDDEN',
    }),
  },
  {
    kind: 'mutation',
    name: 'createClient',
    target: 'a new client of the caller',
    document: 'mutation { createClient(input: { firstName: "Matrix", lastName: "Test" }) { id } }',
    expect: outcomes('FORBIDDEN', { trainerAdmin: 'allow', teamTrainer: 'allow', outsideTrainer: 'allow', readShareTrainer: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'updateClient',
    target: "Emma's phone",
    document: 'mutation($id: ID!) { updateClient(id: $id, input: { phone: "+1-416-555-0199" }) { id } }',
    variables: (ctx) => ({ id: emma(ctx).id }),
    expect: outcomes('NOT_FOUND', {
      superAdmin: 'FORBIDDEN',
      trainerAdmin: 'allow',
      readShareTrainer: 'FORBIDDEN',
      client: 'allow',
      studioAdmin: 'FORBIDDEN',
      otherStudioAdmin: 'FORBIDDEN',
    }),
  },
  {
    kind: 'mutation',
    name: 'deleteClient',
    target: "a new client of Maya's, shared read-only with Sofia",
    document: 'mutation($id: ID!) { deleteClient(id: $id) }',
    variables: async (ctx) => ({ id: await ctx.freshClient() }),
    expect: outcomes('NOT_FOUND', {
      superAdmin: 'FORBIDDEN',
      trainerAdmin: 'allow',
      readShareTrainer: 'FORBIDDEN',
      studioAdmin: 'FORBIDDEN',
      otherStudioAdmin: 'FORBIDDEN',
      client: 'FORBIDDEN',
      otherClient: 'FORBIDDEN',
    }),
  },
  {
    kind: 'mutation',
    name: 'breakGlassReadClient',
    target: 'Emma, with a stated reason',
    document: 'mutation($id: ID!) { breakGlassReadClient(id: $id, reason: "Emergency: client collapsed during a session") { id } }',
    variables: (ctx) => ({ id: emma(ctx).id }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'exportClientData',
    target: "Emma's record",
    document: 'mutation($id: ID!) { exportClientData(clientId: $id) }',
    variables: (ctx) => ({ id: emma(ctx).id }),
    expect: outcomes('NOT_FOUND', {
      superAdmin: 'FORBIDDEN',
      trainerAdmin: 'allow',
      readShareTrainer: 'FORBIDDEN',
      client: 'allow',
      studioAdmin: 'FORBIDDEN',
      otherStudioAdmin: 'FORBIDDEN',
    }),
  },
  {
    kind: 'mutation',
    name: 'requestClientErasure',
    target: "a new client of Maya's, shared read-only with Sofia (clients may ask for their own only)",
    document: 'mutation($id: ID!) { requestClientErasure(clientId: $id) { id } }',
    variables: async (ctx) => ({ id: await ctx.freshClient() }),
    expect: outcomes('NOT_FOUND', {
      superAdmin: 'FORBIDDEN',
      trainerAdmin: 'allow',
      readShareTrainer: 'FORBIDDEN',
      studioAdmin: 'FORBIDDEN',
      otherStudioAdmin: 'FORBIDDEN',
    }),
  },
  {
    kind: 'mutation',
    name: 'processClientErasures',
    target: 'erasures due now',
    document: 'mutation { processClientErasures }',
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow' }),
  },
  {
    kind: 'query',
    name: 'clientAccessLog',
    target: "who read Emma's record",
    document: 'query($id: ID!) { clientAccessLog(clientId: $id) { edges { cursor } } }',
    variables: (ctx) => ({ id: emma(ctx).id }),
    expect: outcomes('NOT_FOUND', {
      superAdmin: 'FORBIDDEN',
      trainerAdmin: 'allow',
      readShareTrainer: 'FORBIDDEN',
      client: 'FORBIDDEN',
      studioAdmin: 'FORBIDDEN',
      otherStudioAdmin: 'FORBIDDEN',
      otherClient: 'FORBIDDEN',
    }),
  },
  {
    kind: 'query',
    name: 'myAccessLog',
    target: "who read the caller's own record",
    document: '{ myAccessLog { edges { cursor } } }',
    expect: outcomes('FORBIDDEN', { client: 'allow', otherClient: 'allow' }),
  },
  {
    kind: 'query',
    name: 'myAccessLog',
    target: "who read the caller's own record, by name and role (AccessLogEntry.accessorRole, AccessLogEntry.trainer)",
    document: '{ myAccessLog { edges { node { accessorRole trainer { displayName } } } } }',
    expect: outcomes('FORBIDDEN', { client: 'allow', otherClient: 'allow' }),
  },
  // clients: the record after the session
  {
    kind: 'mutation',
    name: 'writeSessionNote',
    target: "Emma's note of a session of Maya's she attended, dated decades off (refused as input, so nothing is written)",
    document: 'mutation($a: ID!, $c: ID!) { writeSessionNote(input: { appointmentId: $a, clientId: $c, sessionDate: "2000-01-01", plan: "Matrix" }) { id } }',
    variables: (ctx) => ({ a: emmasOpenNote(ctx).appointmentId, c: emma(ctx).id }),
    expect: outcomes('FORBIDDEN', { trainerAdmin: 'BAD_USER_INPUT', teamTrainer: 'NOT_FOUND', outsideTrainer: 'NOT_FOUND' }),
  },
  {
    kind: 'mutation',
    name: 'signSessionNote',
    target: "Emma's newest note, not signed yet (Maya signs it)",
    document: 'mutation($id: ID!) { signSessionNote(id: $id) { id signedAt } }',
    variables: (ctx) => ({ id: emmasOpenNote(ctx).id }),
    expect: outcomes('FORBIDDEN', { trainerAdmin: 'allow', teamTrainer: 'NOT_FOUND', outsideTrainer: 'NOT_FOUND' }),
  },
  {
    kind: 'mutation',
    name: 'addSessionNoteAddendum',
    target: "Emma's newest note, which Maya signed in the row above",
    document: 'mutation($id: ID!) { addSessionNoteAddendum(id: $id, text: "Matrix addendum") { id } }',
    variables: (ctx) => ({ id: emmasOpenNote(ctx).id }),
    expect: outcomes('FORBIDDEN', { trainerAdmin: 'allow', teamTrainer: 'NOT_FOUND', outsideTrainer: 'NOT_FOUND' }),
  },
  {
    kind: 'mutation',
    name: 'createTrainingPlan',
    target: 'a four-week plan for Emma',
    document: 'mutation($input: CreateTrainingPlanInput!) { createTrainingPlan(input: $input) { id } }',
    variables: (ctx) => ({
      input: {
        clientId: emma(ctx).id,
        name: 'Matrix plan',
        startDate: '2027-01-04',
        planDetails: { phases: [{ name: 'Base', weeks: [{ week: 1, sessions: [{ name: 'A', exercises: [{ name: 'Goblet squat', sets: 3, reps: 10 }] }] }] }] },
      },
    }),
    expect: outcomes('FORBIDDEN', { trainerAdmin: 'allow', teamTrainer: 'NOT_FOUND', outsideTrainer: 'NOT_FOUND' }),
  },
  {
    kind: 'mutation',
    name: 'updateTrainingPlan',
    target: 'a plan that does not exist',
    document: 'mutation($id: ID!) { updateTrainingPlan(id: $id, input: { name: "Renamed" }) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000000ff' }),
    expect: outcomes('FORBIDDEN', { trainerAdmin: 'NOT_FOUND', teamTrainer: 'NOT_FOUND', outsideTrainer: 'NOT_FOUND', readShareTrainer: 'NOT_FOUND' }),
  },
  {
    kind: 'mutation',
    name: 'archiveTrainingPlan',
    target: 'a plan that does not exist',
    document: 'mutation($id: ID!) { archiveTrainingPlan(id: $id) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000000ff' }),
    expect: outcomes('FORBIDDEN', { trainerAdmin: 'NOT_FOUND', teamTrainer: 'NOT_FOUND', outsideTrainer: 'NOT_FOUND', readShareTrainer: 'NOT_FOUND' }),
  },
  // scheduling
  {
    kind: 'query',
    name: 'appointment',
    target: "Maya's session at Harbourfront that Emma attends",
    document: 'query($id: ID!) { appointment(id: $id) { id headCount } }',
    variables: (ctx) => ({ id: emmasSession(ctx).id }),
    expect: outcomes('NOT_FOUND', { superAdmin: 'allow', trainerAdmin: 'allow', studioAdmin: 'allow', client: 'allow', scheduleApp: 'allow' }),
  },
  {
    kind: 'query',
    name: 'appointment',
    target: "who attends Maya's Harbourfront session with Emma: everyone for her trainers, Emma's own booking for Emma, nobody for the studio",
    document: 'query($id: ID!) { appointment(id: $id) { id headCount participants { client { id } } } }',
    variables: (ctx) => ({ id: emmasSession(ctx).id }),
    visible: (data, ctx, p) => {
      const session = emmasSession(ctx);
      const expected: Partial<Record<Persona, string[]>> = {
        superAdmin: session.participants.map((x) => x.clientId),
        trainerAdmin: session.participants.map((x) => x.clientId),
        client: [emma(ctx).id],
      };
      return (
        data.appointment.headCount === session.participants.filter((p) => p.status === 'confirmed').length &&
        sameSet(
          data.appointment.participants.map((x: { client: { id: string } }) => x.client.id),
          expected[p] ?? [],
        )
      );
    },
    expect: outcomes('NOT_FOUND', { superAdmin: 'filtered', trainerAdmin: 'filtered', studioAdmin: 'filtered', client: 'filtered' }),
  },
  {
    kind: 'query',
    name: 'appointment',
    target: "Liam's session at Midtown (Maya's team; a location of Harbourfront)",
    document: 'query($id: ID!) { appointment(id: $id) { id headCount } }',
    variables: (ctx) => ({ id: liamsMidtownSession(ctx).id }),
    expect: outcomes('NOT_FOUND', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow', studioAdmin: 'allow', scheduleApp: 'allow' }),
  },
  {
    kind: 'query',
    name: 'trainer',
    target: "Liam's schedule, two weeks (Trainer.appointments): his trainer admin, himself, studio admins where he works",
    document:
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { trainer(id: $id) { id appointments(from: $from, to: $to, first: 100) { edges { node { id } } } } }',
    variables: (ctx) => ({ id: trainer(ctx, 'liam').id, from: fortnight(ctx).from.toISOString(), to: fortnight(ctx).to.toISOString() }),
    visible: (data, ctx, p) => {
      const { from, to } = fortnight(ctx);
      const liams = t(ctx).appointments.filter((a) => a.trainerId === trainer(ctx, 'liam').id && a.startTime >= from && a.startTime < to);
      const expected = p === 'otherStudioAdmin' ? [] : liams.map((a) => a.id);
      return liams.length > 0 && sameSet(ids(data.trainer.appointments), expected);
    },
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'filtered',
      trainerAdmin: 'filtered',
      teamTrainer: 'filtered',
      studioAdmin: 'filtered',
      otherStudioAdmin: 'filtered',
      scheduleApp: 'filtered',
    }),
  },
  // scheduling: sessions and series (a trainer's own, a Trainer Admin's team's, a super admin's any)
  {
    kind: 'mutation',
    name: 'scheduleAppointment',
    target: 'a personal-training session for Liam at Harbourfront',
    document: 'mutation($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }',
    variables: (ctx) => ({
      input: {
        trainerId: trainer(ctx, 'liam').id,
        classTypeId: t(ctx).classTypes.find((c) => c.trainerId === trainer(ctx, 'liam').id && c.category === 'individual')!.id,
        startTime: ctx.freshStart().toISOString(),
        locationType: 'STUDIO',
        studioId: studio(ctx, 'harbourfront').id,
      },
    }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'rescheduleAppointment',
    target: "a future session of Maya's at Harbourfront",
    document: 'mutation($id: ID!, $input: RescheduleAppointmentInput!) { rescheduleAppointment(id: $id, input: $input) { id } }',
    variables: async (ctx) => ({ id: await ctx.freshSession(), input: { startTime: ctx.freshStart().toISOString() } }),
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'NOT_FOUND',
      outsideTrainer: 'NOT_FOUND',
      readShareTrainer: 'NOT_FOUND',
    }),
  },
  {
    kind: 'mutation',
    name: 'cancelAppointment',
    target: "a future session of Maya's at Harbourfront",
    document: 'mutation($id: ID!) { cancelAppointment(id: $id, reason: "Studio closed") { id status } }',
    variables: async (ctx) => ({ id: await ctx.freshSession() }),
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'NOT_FOUND',
      outsideTrainer: 'NOT_FOUND',
      readShareTrainer: 'NOT_FOUND',
    }),
  },
  {
    kind: 'mutation',
    name: 'completeAppointment',
    target: "a past session of Maya's with nobody booked",
    document: 'mutation($id: ID!) { completeAppointment(id: $id) { id status } }',
    variables: async (ctx) => ({ id: await ctx.freshSession('past') }),
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'NOT_FOUND',
      outsideTrainer: 'NOT_FOUND',
      readShareTrainer: 'NOT_FOUND',
    }),
  },
  {
    kind: 'mutation',
    name: 'markAppointmentNoShow',
    target: "a past session of Maya's",
    document: 'mutation($id: ID!) { markAppointmentNoShow(id: $id) { id status } }',
    variables: async (ctx) => ({ id: await ctx.freshSession('past') }),
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'NOT_FOUND',
      outsideTrainer: 'NOT_FOUND',
      readShareTrainer: 'NOT_FOUND',
    }),
  },
  {
    kind: 'mutation',
    name: 'scheduleSeries',
    target: 'two weekly sessions for Liam at Harbourfront',
    document: 'mutation($input: ScheduleSeriesInput!) { scheduleSeries(input: $input) { id } }',
    variables: (ctx) => ({
      input: {
        trainerId: trainer(ctx, 'liam').id,
        classTypeId: t(ctx).classTypes.find((c) => c.trainerId === trainer(ctx, 'liam').id && c.category === 'individual')!.id,
        locationType: 'STUDIO',
        studioId: studio(ctx, 'harbourfront').id,
        firstStart: ctx.freshStart().toLocaleString('sv-SE', { timeZone: 'America/Toronto' }).slice(0, 16).replace(' ', 'T'),
        rrule: 'FREQ=WEEKLY;COUNT=2',
      },
    }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'updateSeriesFrom',
    target: "a weekly series of Maya's, from its first occurrence on (one hour later)",
    document: 'mutation($id: ID!) { updateSeriesFrom(appointmentId: $id, input: { durationMinutes: 45 }) { id } }',
    variables: async (ctx) => ({ id: await ctx.freshSeriesOccurrence() }),
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'NOT_FOUND',
      outsideTrainer: 'NOT_FOUND',
      readShareTrainer: 'NOT_FOUND',
    }),
  },
  {
    kind: 'mutation',
    name: 'cancelSeriesFrom',
    target: "a weekly series of Maya's, from its first occurrence on",
    document: 'mutation($id: ID!) { cancelSeriesFrom(appointmentId: $id, reason: "Term ended") { id } }',
    variables: async (ctx) => ({ id: await ctx.freshSeriesOccurrence() }),
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'NOT_FOUND',
      outsideTrainer: 'NOT_FOUND',
      readShareTrainer: 'NOT_FOUND',
    }),
  },
  {
    kind: 'query',
    name: 'appointmentSeries',
    target: "Liam's weekly class at Harbourfront (the demo's series)",
    document: 'query($id: ID!) { appointmentSeries(id: $id) { id rrule } }',
    variables: (ctx) => ({ id: t(ctx).series.find((x) => x.trainerId === trainer(ctx, 'liam').id && x.studioId === studio(ctx, 'harbourfront').id)!.id }),
    expect: outcomes('NOT_FOUND', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow', studioAdmin: 'allow' }),
  },
  // scheduling: class types, travel buffer, weekly hours, open slots
  {
    kind: 'mutation',
    name: 'createClassType',
    target: 'a class type for Liam',
    document: 'mutation($id: ID) { createClassType(input: { trainerId: $id, name: "Matrix", category: INDIVIDUAL, durationMinutes: 60 }) { id } }',
    variables: (ctx) => ({ id: trainer(ctx, 'liam').id }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'updateClassType',
    target: "Liam's personal training (its colour, unchanged)",
    document: 'mutation($id: ID!, $color: String) { updateClassType(id: $id, input: { color: $color }) { id } }',
    variables: (ctx) => {
      const classType = t(ctx).classTypes.find((c) => c.trainerId === trainer(ctx, 'liam').id && c.category === 'individual')!;
      return { id: classType.id, color: classType.color };
    },
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'archiveClassType',
    target: 'a class type of Liam’s',
    document: 'mutation($id: ID!) { archiveClassType(id: $id) { id status } }',
    variables: async (ctx) => ({ id: await ctx.freshClassType() }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'setTravelBuffer',
    target: "Liam's travel buffer (to the 45 minutes he has)",
    document: 'mutation($id: ID) { setTravelBuffer(minutes: 45, trainerId: $id) { id travelBufferMinutes } }',
    variables: (ctx) => ({ id: trainer(ctx, 'liam').id }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'setAvailability',
    target: "Liam's weekly hours at Midtown from June 2027 (none)",
    document:
      'mutation($id: ID, $studio: ID!) { setAvailability(input: { trainerId: $id, studioId: $studio, effectiveFrom: "2027-06-01", windows: [] }) { id } }',
    variables: (ctx) => ({ id: trainer(ctx, 'liam').id, studio: studio(ctx, 'midtown').id }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow' }),
  },
  {
    kind: 'query',
    name: 'openSlots',
    target: "Maya's open times for personal training at Harbourfront, four weeks (her clients pick from them)",
    document:
      'query($t: ID!, $c: ID!, $s: ID!, $from: DateTime!, $to: DateTime!) { openSlots(trainerId: $t, classTypeId: $c, studioId: $s, from: $from, to: $to) { startTime } }',
    variables: (ctx) => ({
      t: trainer(ctx, 'maya').id,
      c: t(ctx).classTypes.find((c) => c.trainerId === trainer(ctx, 'maya').id && c.category === 'individual')!.id,
      s: studio(ctx, 'harbourfront').id,
      from: new Date().toISOString(),
      to: new Date(Date.now() + 28 * 86_400_000).toISOString(),
    }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', client: 'allow' }),
  },
  // scheduling: bookings
  {
    kind: 'mutation',
    name: 'bookClient',
    target: "Emma into a future group class of Maya's (her trainer's; a client may book herself)",
    document: 'mutation($a: ID!, $c: ID!) { bookClient(appointmentId: $a, clientId: $c) { id status } }',
    variables: async (ctx) => ({ a: await ctx.freshSession(), c: emma(ctx).id }),
    expect: outcomes('NOT_FOUND', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      studioAdmin: 'FORBIDDEN',
      otherStudioAdmin: 'FORBIDDEN',
      client: 'allow',
      otherClient: 'FORBIDDEN',
    }),
  },
  {
    kind: 'mutation',
    name: 'cancelBooking',
    target: "Emma's booking in a future class of Maya's",
    document: 'mutation($id: ID!) { cancelBooking(id: $id) { id status } }',
    variables: async (ctx) => ({ id: await ctx.freshBooking() }),
    expect: outcomes('NOT_FOUND', { superAdmin: 'allow', trainerAdmin: 'allow', studioAdmin: 'FORBIDDEN', otherStudioAdmin: 'FORBIDDEN', client: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'markAttendance',
    target: "Emma's attendance at Maya's past Harbourfront session, as the demo has it (changes nothing)",
    document: 'mutation($a: ID!, $in: [AttendanceInput!]!) { markAttendance(appointmentId: $a, attendance: $in) { id attended } }',
    variables: (ctx) => {
      const session = t(ctx).appointments.find(
        (a) =>
          a.status === 'completed' &&
          a.trainerId === trainer(ctx, 'maya').id &&
          a.participants.some((p) => p.clientId === emma(ctx).id && p.status === 'confirmed' && p.attended !== null),
      )!;
      return { a: session.id, in: [{ clientId: emma(ctx).id, attended: session.participants.find((p) => p.clientId === emma(ctx).id)!.attended }] };
    },
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'NOT_FOUND',
      outsideTrainer: 'NOT_FOUND',
      readShareTrainer: 'NOT_FOUND',
    }),
  },
  {
    kind: 'query',
    name: 'bookableClasses',
    target: "the caller's trainer's group classes in the next four weeks (clients only)",
    document: 'query($from: DateTime!, $to: DateTime!) { bookableClasses(from: $from, to: $to) { id placesLeft } }',
    variables: () => ({ from: new Date().toISOString(), to: new Date(Date.now() + 28 * 86_400_000).toISOString() }),
    expect: outcomes('FORBIDDEN', { client: 'allow', otherClient: 'allow' }),
  },
  // scheduling: the calendar feed (a secret URL per trainer; creating again rotates it)
  {
    kind: 'mutation',
    name: 'createCalendarFeed',
    target: "Liam's calendar feed (his own, his trainer admin's team, a super admin)",
    document: 'mutation($id: ID) { createCalendarFeed(trainerId: $id) { url } }',
    variables: (ctx) => ({ id: trainer(ctx, 'liam').id }),
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'allow',
    }),
  },
  {
    kind: 'mutation',
    name: 'revokeCalendarFeed',
    target: "Liam's calendar feed",
    document: 'mutation($id: ID) { revokeCalendarFeed(trainerId: $id) }',
    variables: (ctx) => ({ id: trainer(ctx, 'liam').id }),
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'allow',
    }),
  },
  // finance
  {
    kind: 'query',
    name: 'invoice',
    target: "Maya's sent invoice to Harbourfront",
    document: 'query($id: ID!) { invoice(id: $id) { id total } }',
    variables: (ctx) => ({ id: mayasInvoice(ctx).id }),
    expect: outcomes('NOT_FOUND', { superAdmin: 'allow', trainerAdmin: 'allow', studioAdmin: 'allow', invoicesApp: 'allow' }),
  },
  {
    kind: 'query',
    name: 'invoice',
    target: "Liam's draft invoice to Harbourfront (his work in progress: the studio sees it once sent)",
    document: 'query($id: ID!) { invoice(id: $id) { id total } }',
    variables: (ctx) => ({ id: liamsDraft(ctx).id }),
    expect: outcomes('NOT_FOUND', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow', invoicesApp: 'allow' }),
  },
  {
    kind: 'query',
    name: 'studio',
    target: "Harbourfront's invoices (Studio.invoices): every one to the trainers who keep their books, the sent ones to its admin",
    document: 'query($id: ID!) { studio(id: $id) { id invoices(first: 100) { edges { node { id } } } } }',
    variables: (ctx) => ({ id: studio(ctx, 'harbourfront').id }),
    visible: (data, ctx, p) => {
      const billed = t(ctx).invoices.filter((i) => i.studioId === studio(ctx, 'harbourfront').id);
      const by = (...keys: string[]) => billed.filter((i) => keys.some((k) => i.trainerId === trainer(ctx, k).id)).map((i) => i.id);
      const expected: Partial<Record<Persona, string[]>> = {
        superAdmin: billed.map((i) => i.id),
        trainerAdmin: by('maya', 'liam', 'sofia'),
        teamTrainer: by('liam'),
        readShareTrainer: by('sofia'),
        studioAdmin: billed.filter((i) => i.status !== 'draft').map((i) => i.id),
      };
      return billed.some((i) => i.status === 'draft') && sameSet(ids(data.studio.invoices), expected[p] ?? []);
    },
    expect: outcomes('filtered', { invoicesApp: 'filtered' }),
  },
  {
    kind: 'query',
    name: 'taxQuote',
    target: 'an Ontario quote of one 100.00 class (the public rate table, no one’s records)',
    document:
      'query { taxQuote(input: { supplier: { gstHstNumber: "123456782 RT0001" }, placeOfSupply: ON, date: "2026-01-15", lines: [{ amount: "100.00", kind: SERVICE, category: "group" }] }) { total } }',
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow', outsideTrainer: 'allow', readShareTrainer: 'allow' }),
  },
  {
    kind: 'query',
    name: 'taxReturn',
    target: "Liam's (in Maya's team) worksheet for 2025 Q1",
    document: 'query($t: ID) { taxReturn(periodStart: "2025-01-01", periodEnd: "2025-03-31", trainerId: $t) { gstHst { netTax } } }',
    variables: (ctx) => ({ t: trainer(ctx, 'liam').id }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'saveTaxReturn',
    target: "Liam's GST/HST return for a month with one HST invoice",
    document: 'mutation($s: LocalDate!, $e: LocalDate!, $t: ID) { saveTaxReturn(periodStart: $s, periodEnd: $e, trainerId: $t) { id } }',
    variables: async (ctx) => {
      const { start, end } = await ctx.freshTaxMonth();
      return { s: start, e: end, t: trainer(ctx, 'liam').id };
    },
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'markTaxReturnFiled',
    target: "a new calculated GST/HST return of Liam's",
    document: 'mutation($id: ID!) { markTaxReturnFiled(id: $id, reference: "CRA-1", filedOn: "2000-01-01") { id status } }',
    variables: async (ctx) => ({ id: await ctx.freshTaxReturn('calculated') }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'markTaxReturnPaid',
    target: "a new filed GST/HST return of Liam's",
    document: 'mutation($id: ID!) { markTaxReturnPaid(id: $id, paidOn: "2000-01-02") { id status } }',
    variables: async (ctx) => ({ id: await ctx.freshTaxReturn('filed') }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'recordExpense',
    target: "an expense in Liam's books",
    document: `mutation($t: ID) { recordExpense(input: { trainerId: $t, ${EXPENSE} }) { id } }`,
    variables: (ctx) => ({ t: trainer(ctx, 'liam').id }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'correctExpense',
    target: "a new expense of Liam's",
    document: `mutation($id: ID!) { correctExpense(id: $id, input: { ${EXPENSE} }) { id } }`,
    variables: async (ctx) => ({ id: await ctx.freshExpense() }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'generateStudioInvoices',
    target: 'the caller’s own sessions of January 2019 (none: nothing is written); a super admin must name a trainer',
    document: 'mutation { generateStudioInvoices(periodStart: "2019-01-01", periodEnd: "2019-01-31") { invoices { id } } }',
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'BAD_USER_INPUT',
      trainerAdmin: 'allow',
      teamTrainer: 'allow',
      outsideTrainer: 'allow',
      readShareTrainer: 'allow',
    }),
  },
  {
    kind: 'mutation',
    name: 'addInvoiceLine',
    target: "a line on a new draft of Liam's",
    document:
      'mutation($id: ID!) { addInvoiceLine(invoiceId: $id, line: { description: "Mat rental", quantity: "1", unitPrice: "5.00", kind: GOODS }) { id } }',
    variables: async (ctx) => ({ id: await ctx.freshInvoice('draft') }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'removeInvoiceLine',
    target: "the line of a new draft of Liam's",
    document: 'mutation($id: ID!, $line: ID!) { removeInvoiceLine(invoiceId: $id, lineId: $line) { id } }',
    variables: async (ctx) => {
      const { invoiceId, lineId } = await ctx.freshInvoiceWithLine('draft');
      return { id: invoiceId, line: lineId };
    },
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'updateInvoiceDraft',
    target: "the notes of a new draft of Liam's",
    document: 'mutation($id: ID!) { updateInvoiceDraft(invoiceId: $id, input: { notes: "Thank you" }) { id } }',
    variables: async (ctx) => ({ id: await ctx.freshInvoice('draft') }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'issueInvoice',
    target: "a new one-line draft of Liam's to Emma",
    document: 'mutation($id: ID!) { issueInvoice(id: $id) { id invoiceNumber } }',
    variables: async (ctx) => ({ id: await ctx.freshInvoice('draft') }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'deleteDraftInvoice',
    target: "a new draft of Liam's",
    document: 'mutation($id: ID!) { deleteDraftInvoice(id: $id) }',
    variables: async (ctx) => ({ id: await ctx.freshInvoice('draft') }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'voidInvoice',
    target: "a new issued invoice of Liam's, nothing paid",
    document: 'mutation($id: ID!) { voidInvoice(id: $id, reason: "Billed twice") { id status } }',
    variables: async (ctx) => ({ id: await ctx.freshInvoice('issued') }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'createCreditNote',
    target: "a 10.00 credit on a new issued invoice of Liam's",
    document:
      'mutation($id: ID!) { createCreditNote(invoiceId: $id, input: { reason: "Discount", lines: [{ description: "Goodwill", amount: "10.00", kind: SERVICE }] }) { id } }',
    variables: async (ctx) => ({ id: await ctx.freshInvoice('issued') }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'approveInvoice',
    target: "a new issued invoice of Liam's to Harbourfront (only the studio billed approves it)",
    document: 'mutation($id: ID!) { approveInvoice(id: $id) { id approvedAt } }',
    variables: async (ctx) => ({ id: await ctx.freshStudioInvoice() }),
    expect: outcomes('FORBIDDEN', { studioAdmin: 'allow', otherStudioAdmin: 'NOT_FOUND' }),
  },
  {
    kind: 'mutation',
    name: 'createClientInvoice',
    target: "a draft for a ten-session pack to one of Liam's clients",
    document:
      'mutation($client: ID!) { createClientInvoice(input: { clientId: $client, clientProvince: ON, lines: [{ description: "Ten-session pack", quantity: "1", unitPrice: "900.00", kind: SERVICE }] }) { id } }',
    variables: (ctx) => ({ client: t(ctx).clients.find((c) => c.trainerId === trainer(ctx, 'liam').id)!.id }),
    expect: outcomes('FORBIDDEN', LIAMS_BOOKS),
  },
  {
    kind: 'mutation',
    name: 'markInvoiceSent',
    target: "a new issued invoice of Liam's (in Maya's team) to Emma",
    document: 'mutation($id: ID!) { markInvoiceSent(id: $id) { id status } }',
    variables: async (ctx) => ({ id: await ctx.freshInvoice('issued') }),
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'allow',
      outsideTrainer: 'NOT_FOUND',
      readShareTrainer: 'NOT_FOUND',
    }),
  },
  {
    kind: 'mutation',
    name: 'recordPayment',
    target: "a payment of 10.00 against a new sent invoice of Liam's to Emma",
    document:
      'mutation($id: ID!) { recordPayment(input: { invoiceId: $id, amount: "10.00", paymentDate: "2026-01-15", paymentMethod: E_TRANSFER }) { id balanceDue } }',
    variables: async (ctx) => ({ id: await ctx.freshInvoice('sent') }),
    expect: outcomes('FORBIDDEN', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'allow',
      outsideTrainer: 'NOT_FOUND',
      readShareTrainer: 'NOT_FOUND',
      studioAdmin: 'NOT_FOUND',
      otherStudioAdmin: 'NOT_FOUND',
    }),
  },
  {
    kind: 'mutation',
    name: 'addBankAccount',
    target: "a bank account in the caller's own books",
    document:
      'mutation { addBankAccount(input: { accountName: "Matrix", bankName: "RBC Royal Bank", institutionNumber: "003", transitNumber: "01234", accountNumber: "0001234567" }) { id accountNumberLast4 } }',
    expect: outcomes('FORBIDDEN', { trainerAdmin: 'allow', teamTrainer: 'allow', outsideTrainer: 'allow', readShareTrainer: 'allow' }),
  },
  {
    kind: 'mutation',
    name: 'deactivateBankAccount',
    target: "a new bank account of Liam's (only its holder or a super admin)",
    document: 'mutation($id: ID!) { deactivateBankAccount(id: $id) { id } }',
    variables: async (ctx) => ({ id: await ctx.freshBankAccount() }),
    expect: outcomes('FORBIDDEN', { superAdmin: 'allow', teamTrainer: 'allow', outsideTrainer: 'NOT_FOUND', readShareTrainer: 'NOT_FOUND' }),
  },
  // entities, straight at the owning subgraph (no side door)
  {
    kind: 'entity',
    name: 'User',
    subgraph: 'identity',
    target: "Maya's user",
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id } } }',
    variables: (ctx) => ({ r: [{ __typename: 'User', id: trainer(ctx, 'maya').id }] }),
    expect: outcomes('hidden', { superAdmin: 'allow', trainerAdmin: 'allow' }),
  },
  {
    kind: 'entity',
    name: 'Studio',
    subgraph: 'studios',
    target: 'Harbourfront',
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Studio { id } } }',
    variables: (ctx) => ({ r: [{ __typename: 'Studio', id: studio(ctx, 'harbourfront').id }] }),
    expect: outcomes('allow', { scheduleApp: 'allow', invoicesApp: 'allow' }),
  },
  {
    kind: 'entity',
    name: 'Trainer',
    subgraph: 'studios',
    target: "Maya's profile",
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { id } } }',
    variables: (ctx) => ({ r: [{ __typename: 'Trainer', id: trainer(ctx, 'maya').id }] }),
    expect: outcomes('allow', { scheduleApp: 'allow', invoicesApp: 'allow' }),
  },
  {
    kind: 'entity',
    name: 'SessionNote',
    subgraph: 'clients',
    target: "a note of Emma's",
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on SessionNote { id } } }',
    variables: (ctx) => ({ r: [{ __typename: 'SessionNote', id: t(ctx).sessionNotes.find((n) => n.clientId === emma(ctx).id)!.id }] }),
    expect: outcomes('hidden', { trainerAdmin: 'allow', readShareTrainer: 'allow', client: 'allow' }),
  },
  {
    kind: 'entity',
    name: 'Client',
    subgraph: 'clients',
    target: 'Emma',
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id } } }',
    variables: (ctx) => ({ r: [{ __typename: 'Client', id: emma(ctx).id }] }),
    expect: outcomes('hidden', { trainerAdmin: 'allow', readShareTrainer: 'allow', client: 'allow' }),
  },
  {
    kind: 'entity',
    name: 'Appointment',
    subgraph: 'scheduling',
    target: "Maya's session at Harbourfront that Emma attends",
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Appointment { id } } }',
    variables: (ctx) => ({ r: [{ __typename: 'Appointment', id: emmasSession(ctx).id }] }),
    expect: outcomes('hidden', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      studioAdmin: 'allow',
      client: 'allow',
      scheduleApp: 'allow',
      invoicesApp: 'allow',
    }),
  },
  {
    kind: 'entity',
    name: 'Appointment',
    subgraph: 'scheduling',
    target: "Liam's session at Midtown (Maya's team; a location of Harbourfront)",
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Appointment { id } } }',
    variables: (ctx) => ({ r: [{ __typename: 'Appointment', id: liamsMidtownSession(ctx).id }] }),
    expect: outcomes('hidden', {
      superAdmin: 'allow',
      trainerAdmin: 'allow',
      teamTrainer: 'allow',
      studioAdmin: 'allow',
      scheduleApp: 'allow',
      invoicesApp: 'allow',
    }),
  },
  {
    kind: 'entity',
    name: 'StudioContract',
    subgraph: 'studios',
    target: "Liam's Midtown contract, with its rates",
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on StudioContract { id commissionRate classRates { rate } } } }',
    variables: (ctx) => ({ r: [{ __typename: 'StudioContract', trainerId: trainer(ctx, 'liam').id, studioId: studio(ctx, 'midtown').id }] }),
    expect: outcomes('hidden', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow', studioAdmin: 'allow' }),
  },
  {
    kind: 'entity',
    name: 'Invoice',
    subgraph: 'finance',
    target: "Maya's sent invoice to Harbourfront",
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Invoice { id } } }',
    variables: (ctx) => ({ r: [{ __typename: 'Invoice', id: mayasInvoice(ctx).id }] }),
    expect: outcomes('hidden', { superAdmin: 'allow', trainerAdmin: 'allow', studioAdmin: 'allow', invoicesApp: 'allow' }),
  },
  {
    kind: 'entity',
    name: 'Invoice',
    subgraph: 'finance',
    target: "Liam's draft invoice to Harbourfront",
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Invoice { id } } }',
    variables: (ctx) => ({ r: [{ __typename: 'Invoice', id: liamsDraft(ctx).id }] }),
    expect: outcomes('hidden', { superAdmin: 'allow', trainerAdmin: 'allow', teamTrainer: 'allow', invoicesApp: 'allow' }),
  },
];

const SHORT: Record<Outcome, string> = {
  allow: '✅ allow',
  filtered: '🔎 filtered',
  hidden: '∅ null',
  UNAUTHENTICATED: '🔒 UNAUTHENTICATED',
  FORBIDDEN: '⛔ FORBIDDEN',
  NOT_FOUND: '❔ NOT_FOUND',
  BAD_USER_INPUT: '✏️ BAD_USER_INPUT',
};

/** docs/permissions.md, rendered from {@link MATRIX}. */
export function renderPermissionsDoc(): string {
  const head = ['operation', 'target', ...PERSONAS];
  const lines = [
    '# Permissions',
    '',
    'Generated from `gateway/test/permissions/matrix.ts` by `npm run docs:permissions`; the same table drives',
    '`gateway/test/permissions.int.test.ts`, which runs every row as every persona through the gateway (entity rows',
    'straight against the owning subgraph). Do not edit by hand.',
    '',
    'Outcomes: ✅ allowed · 🔎 answered with only what the persona may see · ∅ entity reference resolves to null',
    '(as for an unknown id) · 🔒 UNAUTHENTICATED · ⛔ FORBIDDEN (may not do this) · ❔ NOT_FOUND (outside their scope',
    '— the same answer as for an id that does not exist) · ✏️ BAD_USER_INPUT (allowed, but the input was refused).',
    '',
    '## Personas',
    '',
    '| persona | who |',
    '|---|---|',
    ...PERSONAS.map((p) => `| ${p} | ${PERSONA_LOGINS[p].who} |`),
    '',
  ];
  for (const kind of ['query', 'mutation', 'entity'] as const) {
    lines.push(
      `## ${kind === 'query' ? 'Queries' : kind === 'mutation' ? 'Mutations' : 'Entities (`_entities`, through the gateway and directly at the subgraph)'}`,
      '',
    );
    lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const row of MATRIX.filter((r) => r.kind === kind)) {
      const name = kind === 'entity' ? `${row.name} (${row.subgraph})` : `\`${row.name}\``;
      lines.push(`| ${name} | ${row.target} | ${PERSONAS.map((p) => SHORT[row.expect[p]]).join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
