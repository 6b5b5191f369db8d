import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { demoTenant, graphql, postGraphQL, type Operation, quietLog, signInThroughGateway, testEnv } from '@fitflow/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let stack: InProcessStack;
let db: pg.Client;

beforeAll(async () => {
  stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL });
  db = new pg.Client({ connectionString: testEnv().adminUrl });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

const gql = <T = any, V extends Record<string, unknown> = Record<string, unknown>>(
  query: Operation<T, V>,
  variables: V = {} as V,
  token?: string,
  url = stack.gatewayUrl,
  headers: Record<string, string> = {},
) => postGraphQL<T, V>(url, query, variables, { token, headers });

const login = async (email: string) => (await signInThroughGateway(stack.gatewayUrl, email)).accessToken;

/** The README's cross-subgraph question: one request answered by identity, studios, scheduling and clients. */
const TRAINER_OVERVIEW = graphql(`
  query TrainerOverview {
    me {
      email
      trainer {
        id
        displayName
        contracts {
          studio {
            id
            name
            timeZone
          }
          upcomingAppointments(first: 3) {
            edges {
              node {
                id
                startTime
                participants {
                  client {
                    id
                    firstName
                    latestSessionNote {
                      id
                      sessionDate
                      assessment
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

describe('the supergraph, end to end through the gateway', () => {
  it('answers a trainer admin’s cross-subgraph question with what the database holds', async () => {
    const token = await login('maya@fitflow.demo');
    const result = await gql(TRAINER_OVERVIEW, {}, token);
    expect(result.errors).toBeUndefined();
    const maya = demoTenant().trainers.find((t) => t.key === 'maya')!;
    const me = result.data!.me;
    expect(me.email).toBe('maya@fitflow.demo');
    expect(me.trainer).toMatchObject({ id: maya.id, displayName: 'Maya Chen' });

    const contracts = me.trainer!.contracts;
    expect(contracts.map((c) => c.studio.name).sort()).toEqual(['Harbourfront Movement', 'Kitsilano Flow Studio']);
    for (const contract of contracts) {
      const { rows: upcoming } = await db.query(
        `select id from scheduling.appointments
          where trainer_id = $1 and studio_id = $2 and status = 'scheduled' and start_time >= now()
          order by start_time, id limit 3`,
        [maya.id, contract.studio.id],
      );
      const nodes = contract.upcomingAppointments.edges.map((e) => e.node);
      expect(nodes.map((n) => n.id)).toEqual(upcoming.map((r) => r.id));
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        const { rows: participants } = await db.query('select client_id from scheduling.appointment_participants where appointment_id = $1', [node.id]);
        expect(node.participants.map((p) => p.client.id).sort()).toEqual(participants.map((r) => r.client_id).sort());
        for (const { client } of node.participants) {
          const { rows: notes } = await db.query(
            'select id, assessment from clients.session_notes where client_id = $1 order by session_date desc, created_at desc limit 1',
            [client.id],
          );
          expect(client.latestSessionNote?.id ?? null).toBe(notes[0]?.id ?? null);
          expect(client.firstName).toBe(demoTenant().clients.find((c) => c.id === client.id)!.firstName);
        }
      }
    }
  });

  it('shows a studio admin the invoices addressed to their studio once sent, totals with two decimals', async () => {
    const token = await login('studio@harbourfront.demo');
    const studio = demoTenant().studios.find((s) => s.key === 'harbourfront')!;
    const result = await gql(
      'query($id: ID!) { studio(id: $id) { name invoices(first: 50) { edges { node { invoiceNumber total } } } } }',
      { id: studio.id },
      token,
    );
    expect(result.errors).toBeUndefined();
    const expected = demoTenant().invoices.filter((i) => i.studioId === studio.id && i.status !== 'draft');
    expect(expected.length).toBeGreaterThan(0);
    expect(result.data.studio.invoices.edges.map((e: any) => e.node).sort((a: any, b: any) => a.invoiceNumber.localeCompare(b.invoiceNumber))).toEqual(
      expected.map((i) => ({ invoiceNumber: i.invoiceNumber!, total: i.total.toFixed(2) })).sort((a, b) => a.invoiceNumber.localeCompare(b.invoiceNumber)),
    );
  });

  it('refuses anonymous and forged callers with UNAUTHENTICATED', async () => {
    const anonymous = await gql('{ me { id } }');
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await gql('{ me { id } }', {}, 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]).toMatchObject({ message: 'Your access token is not valid. Sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('passes typed subgraph errors through without subgraph internals', async () => {
    const token = await login('liam@fitflow.demo');
    const result = await gql('{ trainer(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, token);
    expect(result.errors?.[0]).toMatchObject({ message: 'Trainer not found.', path: ['trainer'] });
    expect(result.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect(JSON.stringify(result)).not.toMatch(/serviceName|stacktrace|studios/);
  });

  it('does not let a direct call to a subgraph skip authentication or return traces', async () => {
    const studio = demoTenant().studios[0];
    const query = `{ _entities(representations: [{ __typename: "Studio", id: "${studio.id}" }]) { ... on Studio { name } } }`;
    const anonymous = await gql(query, {}, undefined, stack.subgraphUrls.studios, { 'apollo-federation-include-trace': 'ftv1' });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const token = await login('noah@fitflow.demo');
    const signedIn = await gql(query, {}, token, stack.subgraphUrls.studios, { 'apollo-federation-include-trace': 'ftv1' });
    expect(signedIn.data._entities[0].name).toBe(studio.name);
    expect(signedIn.extensions?.ftv1).toBeUndefined();
  });
});
