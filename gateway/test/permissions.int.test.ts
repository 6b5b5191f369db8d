import { buildDemoTenant } from '@fitflow/demo';
import { ensureDatabase } from '@fitflow/devdb';
import { withDatabase } from '@fitflow/kit';
import { prepareDatabase } from '@fitflow/stack';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { postGraphQL, quietLog, signInThroughGateway, testEnv } from '@fitflow/testkit';
import { buildSchema } from 'graphql';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_PERSONAS,
  isAppPersona,
  MATRIX,
  PERSONA_LOGINS,
  PERSONAS,
  renderPermissionsDoc,
  TIMETABLE_MANIFEST,
  type MatrixContext,
  type Persona,
} from './permissions/matrix.js';

const ROOT = resolve(import.meta.dirname, '../..');
// The matrix writes (creates, deletes, exports…): it gets a database of its own so other test files
// see the demo tenant untouched.
const database = `fitflow_matrix_${Date.now().toString(36)}_${process.pid}`;
const now = new Date(testEnv().now);
const tenant = buildDemoTenant(now);
let stack: InProcessStack;
let owner: pg.Client;
/** finance's owner role, for invoice and bank account fixtures. */
let financeOwner: pg.Client;
/** scheduling's owner role, for session and booking fixtures. */
let schedulingOwner: pg.Client;
/** Fresh sessions go two hours apart from here on, far from the demo's weeks (in the future and in the past). */
let nextSessionStart = Date.parse('2031-01-06T14:00:00Z');
let nextPastSessionStart = Date.parse('2020-01-06T14:00:00Z');
const tokens = new Map<Persona, string>();
/** Tax-return fixtures each get a month of their own, from January 1990 on (far from any demo invoice). */
let nextReturnMonth = 0;

const post = (url: string, query: string, variables: Record<string, unknown>, token?: string) => postGraphQL(url, query, variables, { token });

const INVOICE_QUERY = 'query Invoice($id: ID!) { invoice(id: $id) { id status total } }';
/** The invoices app's manifest (codegen's format: hash → text). */
const INVOICES_MANIFEST = JSON.stringify({ [createHash('sha256').update(INVOICE_QUERY).digest('hex')]: INVOICE_QUERY });

/** The apps behind the app personas, by persona. */
const apps = new Map<Persona, string>();

/** Registers an app of Maya's through the API; returns its id and credentials. */
async function registerMayasApp(scopes: readonly string[], manifest = TIMETABLE_MANIFEST) {
  const registered = await post(
    stack.gatewayUrl,
    'mutation($input: RegisterAppInput!) { registerApp(input: $input) { clientSecret app { id clientId } } }',
    { input: { name: `Matrix ${scopes.join(' ')}`, scopes, manifest } },
    tokens.get('trainerAdmin'),
  );
  if (registered.errors) throw new Error(`fixture: registerApp failed: ${JSON.stringify(registered.errors)}`);
  const { app, clientSecret } = registered.data!.registerApp as { app: { id: string; clientId: string }; clientSecret: string };
  return { id: app.id, clientId: app.clientId, clientSecret };
}

/** An app's access token from the gateway's token endpoint (client-credentials grant, RFC 6749 §4.4). */
async function appAccessToken(clientId: string, clientSecret: string): Promise<string> {
  const response = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/oauth/token'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`fixture: the token endpoint refused: ${JSON.stringify(body)}`);
  return body.access_token;
}

const emailOf = (p: Persona) => (p === 'otherClient' ? tenant.logins.otherClient : PERSONA_LOGINS[p].email);
const login = (email: string) => signInThroughGateway(stack.gatewayUrl, email);

const ctx: MatrixContext = {
  tenant,
  appOf: (persona) => apps.get(persona)!,
  async freshApp(kind = 'schedule') {
    const { id } = await registerMayasApp(kind === 'clients' ? ['SCHEDULE_READ', 'CLIENTS_READ'] : ['SCHEDULE_READ']);
    if (kind === 'suspended') {
      const suspended = await post(
        stack.gatewayUrl,
        'mutation($id: ID!) { suspendApp(appId: $id, reason: "Matrix fixture: suspended") { id } }',
        { id },
        tokens.get('superAdmin'),
      );
      if (suspended.errors) throw new Error(`fixture: suspendApp failed: ${JSON.stringify(suspended.errors)}`);
    }
    return id;
  },
  async freshClient() {
    const created = await post(
      stack.gatewayUrl,
      'mutation { createClient(input: { firstName: "Fresh", lastName: "Client" }) { id } }',
      {},
      tokens.get('trainerAdmin'),
    );
    const id = created.data!.createClient.id as string;
    const sofia = tenant.trainers.find((t) => t.key === 'sofia')!.id;
    const maya = tenant.trainers.find((t) => t.key === 'maya')!.id;
    await owner.query("insert into clients.client_permissions (client_id, trainer_id, permission_level, granted_by) values ($1, $2, 'read', $3)", [
      id,
      sofia,
      maya,
    ]);
    return id;
  },
  async refreshTokenOf(p) {
    return (await login(emailOf(p) ?? 'maya@fitflow.demo')).refreshToken;
  },
  async freshInvoice(status) {
    return (await ctx.freshInvoiceWithLine(status)).invoiceId;
  },
  async freshInvoiceWithLine(status) {
    const liam = tenant.trainers.find((t) => t.key === 'liam')!.id;
    // Written as a draft with one line (lines go only on drafts), then issued or sent as asked.
    const { rows } = await financeOwner.query(
      `insert into finance.invoices (trainer_id, client_id, invoice_type, invoice_date, due_date, period_start, period_end, subtotal,
                                     tax_details, total, status, time_zone, place_of_supply)
       values ($1, $2, 'client', '2026-01-01', '2026-01-31', '2025-12-01', '2025-12-31', 100.00,
               '{"province": "ON", "lines": [{"tax": "HST", "rate": "0.13", "amount": "13.00"}]}', 113.00, 'draft', 'America/Toronto', 'ON')
       returning id`,
      [liam, tenant.clients[0].id],
    );
    const invoiceId = rows[0].id as string;
    const line = await financeOwner.query(
      `insert into finance.invoice_items (invoice_id, position, description, quantity, unit_price, amount, service_date)
       values ($1, 0, 'Personal training', 1, 100.00, 100.00, '2025-12-15') returning id`,
      [invoiceId],
    );
    // Issued through the API, as a trainer would: number, taxes and the parties' snapshot are real.
    if (status !== 'draft') {
      const issued = await post(stack.gatewayUrl, 'mutation($id: ID!) { issueInvoice(id: $id) { id } }', { id: invoiceId }, tokens.get('trainerAdmin'));
      if (issued.errors) throw new Error(`fixture: issueInvoice failed: ${JSON.stringify(issued.errors)}`);
    }
    if (status === 'sent') {
      const sent = await post(stack.gatewayUrl, 'mutation($id: ID!) { markInvoiceSent(id: $id) { id } }', { id: invoiceId }, tokens.get('trainerAdmin'));
      if (sent.errors) throw new Error(`fixture: markInvoiceSent failed: ${JSON.stringify(sent.errors)}`);
    }
    return { invoiceId, lineId: line.rows[0].id as string };
  },
  async freshStudioInvoice() {
    const liam = tenant.trainers.find((t) => t.key === 'liam')!.id;
    const harbourfront = tenant.studios.find((s) => s.key === 'harbourfront')!;
    const { rows } = await financeOwner.query(
      `insert into finance.invoices (trainer_id, studio_id, invoice_type, invoice_date, due_date, period_start, period_end, subtotal,
                                     tax_details, total, status, time_zone)
       values ($1, $2, 'studio', '2026-01-01', '2026-01-31', '2025-12-01', '2025-12-31', 100.00, '{"province": "ON", "lines": []}', 113.00, 'draft', $3)
       returning id`,
      [liam, harbourfront.id, harbourfront.timeZone],
    );
    const invoiceId = rows[0].id as string;
    await financeOwner.query(
      `insert into finance.invoice_items (invoice_id, position, description, quantity, unit_price, amount, service_date, category)
       values ($1, 0, 'Small-group strength', 1, 100.00, 100.00, '2025-12-15', 'group')`,
      [invoiceId],
    );
    const issued = await post(stack.gatewayUrl, 'mutation($id: ID!) { issueInvoice(id: $id) { id } }', { id: invoiceId }, tokens.get('trainerAdmin'));
    if (issued.errors) throw new Error(`fixture: issueInvoice failed: ${JSON.stringify(issued.errors)}`);
    return invoiceId;
  },
  async freshTaxMonth() {
    const month = new Date(Date.UTC(1990, nextReturnMonth++, 1));
    const start = month.toISOString().slice(0, 10);
    const end = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    const liam = tenant.trainers.find((t) => t.key === 'liam')!.id;
    const { rows } = await financeOwner.query(
      `insert into finance.invoices (trainer_id, client_id, invoice_type, invoice_date, due_date, period_start, period_end, subtotal, tax_details, total, status, time_zone)
       values ($1, $2, 'client', $3, $3, $3, $3, 100.00,
               '{"placeOfSupply": "ON", "lines": [{"tax": "HST", "jurisdiction": "ON", "rate": "0.13", "base": "100.00", "amount": "13.00"}]}', 113.00, 'draft', 'America/Toronto')
       returning id`,
      [liam, tenant.clients[0].id, start],
    );
    await financeOwner.query(`update finance.invoices set status = 'issued', invoice_number = 'MATRIX-' || id, issued_at = now() where id = $1`, [rows[0].id]);
    return { start, end };
  },
  async freshTaxReturn(status) {
    const { start, end } = await ctx.freshTaxMonth();
    const liam = tenant.trainers.find((t) => t.key === 'liam')!.id;
    const saved = await post(
      stack.gatewayUrl,
      'mutation($s: LocalDate!, $e: LocalDate!, $t: ID) { saveTaxReturn(periodStart: $s, periodEnd: $e, trainerId: $t) { id } }',
      { s: start, e: end, t: liam },
      tokens.get('trainerAdmin'),
    );
    const id = saved.data!.saveTaxReturn[0].id as string;
    if (status === 'filed') {
      await post(
        stack.gatewayUrl,
        'mutation($id: ID!) { markTaxReturnFiled(id: $id, reference: "CRA-MATRIX", filedOn: "2000-01-01") { id } }',
        { id },
        tokens.get('trainerAdmin'),
      );
    }
    return id;
  },
  async freshExpense() {
    const liam = tenant.trainers.find((t) => t.key === 'liam')!.id;
    const { rows } = await financeOwner.query(
      `insert into finance.expenses (trainer_id, expense_date, vendor, description, category, amount_before_tax, gst_hst_paid, province, created_by)
       values ($1, '2025-01-15', 'Matrix', 'Bands', 'equipment', 100.00, 13.00, 'ON', $1) returning id`,
      [liam],
    );
    return rows[0].id as string;
  },
  freshStart() {
    const start = new Date(nextSessionStart);
    nextSessionStart += 2 * 3_600_000;
    return start;
  },
  async freshSession(when = 'future') {
    const group = tenant.classTypes.find((c) => c.trainerId === tenant.trainers.find((t) => t.key === 'maya')!.id && c.category === 'group')!;
    const harbourfront = tenant.studios.find((s) => s.key === 'harbourfront')!;
    const start = when === 'future' ? ctx.freshStart() : new Date(nextPastSessionStart);
    if (when === 'past') nextPastSessionStart += 2 * 3_600_000;
    const { rows } = await schedulingOwner.query(
      `insert into scheduling.appointments (trainer_id, studio_id, class_type_id, start_time, end_time, rate)
       values ($1, $2, $3, $4, $4::timestamptz + interval '1 hour', 55.00) returning id`,
      [group.trainerId, harbourfront.id, group.id, start],
    );
    return rows[0].id as string;
  },
  async freshBooking() {
    const appointmentId = await ctx.freshSession();
    const { rows } = await schedulingOwner.query(
      "insert into scheduling.appointment_participants (appointment_id, client_id, status) values ($1, $2, 'confirmed') returning id",
      [appointmentId, tenant.clients[0].id],
    );
    return rows[0].id as string;
  },
  async freshSeriesOccurrence() {
    const harbourfront = tenant.studios.find((s) => s.key === 'harbourfront')!;
    const group = tenant.classTypes.find((c) => c.trainerId === tenant.trainers.find((t) => t.key === 'maya')!.id && c.category === 'group')!;
    const firstStart = ctx.freshStart().toLocaleString('sv-SE', { timeZone: harbourfront.timeZone }).slice(0, 16).replace(' ', 'T');
    const created = await post(
      stack.gatewayUrl,
      `mutation($input: ScheduleSeriesInput!) { scheduleSeries(input: $input) { occurrences { id } } }`,
      { input: { classTypeId: group.id, locationType: 'STUDIO', studioId: harbourfront.id, firstStart, rrule: 'FREQ=WEEKLY;COUNT=2' } },
      tokens.get('trainerAdmin'),
    );
    if (created.errors) throw new Error(created.errors[0].message);
    return created.data!.scheduleSeries.occurrences[0].id as string;
  },
  async freshClassType() {
    const liam = tenant.trainers.find((t) => t.key === 'liam')!.id;
    const { rows } = await schedulingOwner.query(
      "insert into scheduling.class_types (trainer_id, name, category, duration_minutes, max_participants) values ($1, 'Matrix class', 'individual', 60, 1) returning id",
      [liam],
    );
    return rows[0].id as string;
  },
  async freshBankAccount() {
    const liam = tenant.trainers.find((t) => t.key === 'liam')!.id;
    const { rows } = await financeOwner.query(
      "insert into finance.bank_accounts (trainer_id, account_name, bank_name) values ($1, 'Matrix', 'RBC Royal Bank') returning id",
      [liam],
    );
    return rows[0].id as string;
  },
};

beforeAll(async () => {
  const server = testEnv().adminUrl;
  await ensureDatabase(server, database);
  const { urls } = await prepareDatabase({ adminUrl: withDatabase(server, database), seed: 'always', now });
  owner = new pg.Client({ connectionString: urls.owner.clients });
  await owner.connect();
  financeOwner = new pg.Client({ connectionString: urls.owner.finance });
  await financeOwner.connect();
  schedulingOwner = new pg.Client({ connectionString: urls.owner.scheduling });
  await schedulingOwner.connect();
  stack = await startInProcessStack({ urls: urls.app, log: quietLog, redisUrl: process.env.REDIS_URL });
  for (const p of PERSONAS) {
    const email = emailOf(p);
    if (email) tokens.set(p, (await login(email)).accessToken);
  }
  for (const [persona, scopes] of Object.entries(APP_PERSONAS) as [Persona, readonly string[]][]) {
    const app = await registerMayasApp(scopes, scopes.includes('INVOICES_READ') ? INVOICES_MANIFEST : TIMETABLE_MANIFEST);
    apps.set(persona, app.id);
    tokens.set(persona, await appAccessToken(app.clientId, app.clientSecret));
  }
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await owner?.end();
  await financeOwner?.end();
  await schedulingOwner?.end();
  const admin = new pg.Client({ connectionString: withDatabase(testEnv().adminUrl, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists "${database}" with (force)`);
  await admin.end();
});

describe('the permission matrix (docs/permissions.md)', () => {
  it('covers every query and mutation of the API', () => {
    const api = buildSchema(readFileSync(resolve(ROOT, 'schema/api.graphql'), 'utf8'));
    const fields = [...Object.keys(api.getQueryType()!.getFields()), ...Object.keys(api.getMutationType()?.getFields() ?? {})].sort();
    const rows = MATRIX.filter((r) => r.kind !== 'entity').map((r) => r.name);
    expect(
      fields.filter((f) => !rows.includes(f)),
      'operations missing from the matrix',
    ).toEqual([]);
  });

  it('holds for every operation and persona, through the gateway and straight at the subgraphs', async () => {
    const mismatches: string[] = [];
    for (const row of MATRIX) {
      for (const persona of PERSONAS) {
        const variables = (await row.variables?.(ctx, persona)) ?? {};
        const url = row.kind === 'entity' ? stack.subgraphUrls[row.subgraph!] : stack.gatewayUrl;
        const result = await post(url, row.document, variables, tokens.get(persona));
        const field = row.kind === 'entity' ? '_entities' : row.name;
        let actual: string;
        if (result.errors?.length) actual = result.errors[0].extensions?.code ?? `error: ${result.errors[0].message}`;
        else if (row.kind === 'entity') actual = result.data?._entities?.[0] == null ? 'hidden' : 'allow';
        // An app sees what its owner (Maya) sees, on the fields its scopes reach.
        else if (row.visible)
          actual = row.visible(result.data, ctx, isAppPersona(persona) ? 'trainerAdmin' : persona) ? 'filtered' : 'filtered (but wrong rows)';
        else actual = result.data?.[field] != null ? 'allow' : 'null';
        if (actual !== row.expect[persona]) {
          mismatches.push(
            `${row.kind} ${row.name} (${row.target}) as ${persona}: expected ${row.expect[persona]}, got ${actual}${result.errors ? ` — ${result.errors[0].message}` : ''}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 240_000);

  it('is what docs/permissions.md shows (run npm run docs:permissions when this fails)', () => {
    expect(readFileSync(resolve(ROOT, 'docs/permissions.md'), 'utf8')).toBe(renderPermissionsDoc());
  });
});
