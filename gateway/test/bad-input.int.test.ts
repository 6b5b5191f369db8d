import { buildClientsServer } from '@fitflow/clients/server';
import { buildFinanceServer } from '@fitflow/finance/server';
import { QueryCounter, type SubgraphName } from '@fitflow/kit';
import { buildSchedulingServer } from '@fitflow/scheduling/server';
import { buildStudiosServer } from '@fitflow/studios/server';
import { demoAuth, demoTenant, execute, openSubgraphDatabase, quietLog, testKeyRing, testVerifier, UNKNOWN_ID as UNKNOWN } from '@fitflow/testkit';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Bad input sent straight to each subgraph (as the gateway would forward it, or as a caller on the
 * private network could): every case is BAD_USER_INPUT naming the field, and PostgreSQL never sees
 * the value. These all answered INTERNAL_SERVER_ERROR (a masked SQL or validation failure) before.
 */

const counters = new Map<SubgraphName, QueryCounter>();
const dataSources: DataSource[] = [];
type Server = Parameters<typeof execute>[0];
const servers = new Map<SubgraphName, Server>();

beforeAll(async () => {
  const verifier = await testVerifier();
  const open = async (name: SubgraphName) => {
    const counter = new QueryCounter();
    counters.set(name, counter);
    const ds = await openSubgraphDatabase(name, counter, 'app');
    dataSources.push(ds);
    return ds;
  };
  servers.set('clients', await buildClientsServer({ ds: await open('clients'), verifier, log: quietLog, keyRing: testKeyRing() }));
  servers.set('finance', await buildFinanceServer({ ds: await open('finance'), verifier, log: quietLog, keyRing: testKeyRing() }));
  servers.set('scheduling', await buildSchedulingServer({ ds: await open('scheduling'), verifier, log: quietLog }));
  servers.set('studios', await buildStudiosServer({ ds: await open('studios'), verifier, log: quietLog }));
});
afterAll(async () => {
  await Promise.all(dataSources.map((ds) => ds.destroy()));
});

const VALID_ID = '6f1c3c2e-0b7e-4f55-9a8e-6c2f1d0e9b11';
/** A cursor as `encodeCursor` makes them, with any content. */
const cursor = (...parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
/** Cursors that pass a format check but not PostgreSQL's casts (or have the wrong shape). */
const FORGED_CURSORS = {
  'an impossible date': (key: string) => cursor(key ? key.replace(/^\d{4}-\d{2}-\d{2}/, '2026-99-99') : '2026-99-99', VALID_ID),
  'an id that is not a UUID': (key: string) => cursor(key, '------------------------------------'),
  'three parts': (key: string) => cursor(key, VALID_ID, 'x'),
};

const maya = () => demoTenant().trainers.find((t) => t.key === 'maya')!;
const harbourfront = () => demoTenant().studios.find((s) => s.key === 'harbourfront')!;
const mayasClient = () => demoTenant().clients.find((c) => c.trainerId === maya().id)!;

interface Case {
  name: string;
  subgraph: SubgraphName;
  as: string;
  query: string;
  variables?: Record<string, unknown>;
  field: string;
  /** For a cursor: the table the page is read from, which no statement may touch. */
  pagedTable?: string;
}

const APPOINTMENTS =
  'query($r: [_Any!]!, $from: DateTime!, $after: String) { _entities(representations: $r) { ... on Trainer { appointments(from: $from, to: "2026-12-01T00:00:00Z", after: $after) { edges { cursor } } } } }';
const INVOICES = 'query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Studio { invoices(after: $after) { edges { cursor } } } } }';
const SESSION_NOTES = 'query($id: ID!, $after: String) { client(id: $id) { sessionNotes(after: $after) { edges { cursor } } } }';
const RECORD_PAYMENT = 'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }';
const payment = (input: Record<string, unknown>) => ({
  input: { invoiceId: UNKNOWN, amount: '10.00', paymentDate: '2026-02-03', paymentMethod: 'CASH', ...input },
});

const cases = (): Case[] => [
  // DateTime
  {
    name: 'an invalid DateTime literal',
    subgraph: 'scheduling',
    as: 'maya@fitflow.demo',
    field: 'from',
    query: `{ _entities(representations: [{ __typename: "Trainer", id: "${maya().id}" }]) { ... on Trainer { appointments(from: "2026-13-45T00:00:00Z", to: "2026-12-01T00:00:00Z") { edges { cursor } } } } }`,
  },
  {
    name: 'an invalid DateTime variable',
    subgraph: 'scheduling',
    as: 'maya@fitflow.demo',
    field: 'from',
    query: APPOINTMENTS,
    variables: { r: [{ __typename: 'Trainer', id: maya().id }], from: 'last tuesday' },
  },
  // LocalDate, Decimal
  {
    name: 'paymentDate "2026-02-30" (literal)',
    subgraph: 'finance',
    as: 'maya@fitflow.demo',
    field: 'paymentDate',
    query: `mutation { recordPayment(input: { invoiceId: "${UNKNOWN}", amount: "10.00", paymentDate: "2026-02-30", paymentMethod: CASH }) { id } }`,
  },
  {
    name: 'paymentDate "2026-02-30" (variable)',
    subgraph: 'finance',
    as: 'maya@fitflow.demo',
    field: 'paymentDate',
    query: RECORD_PAYMENT,
    variables: payment({ paymentDate: '2026-02-30' }),
  },
  {
    name: 'amount "1e400" (variable)',
    subgraph: 'finance',
    as: 'maya@fitflow.demo',
    field: 'amount',
    query: RECORD_PAYMENT,
    variables: payment({ amount: '1e400' }),
  },
  {
    name: 'commissionRate "1e400" (literal)',
    subgraph: 'studios',
    as: 'studio@harbourfront.demo',
    field: 'commissionRate',
    query: `mutation { setContractRates(input: { trainerId: "${maya().id}", studioId: "${harbourfront().id}", rates: [{ category: GROUP, rate: "50.00" }], commissionRate: "1e400" }) { studioId } }`,
  },
  // NUL characters
  {
    name: 'a NUL in a string literal',
    subgraph: 'clients',
    as: 'maya@fitflow.demo',
    field: 'firstName',
    query: 'mutation { createClient(input: { firstName: "Ad\\u0000a", lastName: "Lovelace" }) { id } }',
  },
  {
    name: 'a NUL in a nested variable',
    subgraph: 'clients',
    as: 'maya@fitflow.demo',
    field: 'name',
    query: 'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    variables: { input: { firstName: 'Ada', lastName: 'Lovelace', emergencyContact: { name: 'B\u0000b', phone: '+1-416-555-0199', relationship: 'friend' } } },
  },
  {
    name: 'a NUL in a search variable',
    subgraph: 'clients',
    as: 'maya@fitflow.demo',
    field: 'search',
    query: 'query($s: String) { clients(search: $s) { edges { cursor } } }',
    variables: { s: 'Em\u0000' },
  },
  {
    name: 'a NUL in a finance string',
    subgraph: 'finance',
    as: 'maya@fitflow.demo',
    field: 'referenceNumber',
    query: RECORD_PAYMENT,
    variables: payment({ referenceNumber: 'CHQ\u00001' }),
  },
  // Cursors, in every paged list
  ...Object.entries(FORGED_CURSORS).flatMap(([what, forge]): Case[] => [
    {
      name: `an appointments cursor with ${what}`,
      subgraph: 'scheduling',
      as: 'maya@fitflow.demo',
      field: 'after',
      pagedTable: 'appointments',
      query: APPOINTMENTS,
      variables: { r: [{ __typename: 'Trainer', id: maya().id }], from: '2026-11-01T00:00:00Z', after: forge('2026-11-23T15:00:00.000Z') },
    },
    {
      name: `an invoices cursor with ${what}`,
      subgraph: 'finance',
      as: 'studio@harbourfront.demo',
      field: 'after',
      pagedTable: 'invoices',
      query: INVOICES,
      variables: { r: [{ __typename: 'Studio', id: harbourfront().id }], after: forge('2026-11-23') },
    },
    {
      name: `a session notes cursor with ${what}`,
      subgraph: 'clients',
      as: 'maya@fitflow.demo',
      field: 'after',
      pagedTable: 'session_notes',
      query: SESSION_NOTES,
      variables: { id: mayasClient().id, after: forge('2026-11-23') },
    },
    {
      name: `a clients cursor with ${what}`,
      subgraph: 'clients',
      as: 'maya@fitflow.demo',
      field: 'after',
      pagedTable: 'clients',
      query: 'query($after: String) { clients(after: $after) { edges { cursor } } }',
      variables: { after: forge('') },
    },
    {
      name: `an access log cursor with ${what}`,
      subgraph: 'clients',
      as: 'emma.wilson@example.com',
      field: 'after',
      pagedTable: 'access_log',
      query: 'query($after: String) { myAccessLog(after: $after) { edges { cursor } } }',
      variables: { after: forge('2026-11-23 15:00:00.123456+00') },
    },
  ]),
];

describe('bad input straight to a subgraph', () => {
  it.each(cases().map((c) => [c.name, c] as const))('%s is BAD_USER_INPUT naming the field, decided before the value reaches SQL', async (_name, c) => {
    const counter = counters.get(c.subgraph)!;
    counter.reset();
    const result = await execute(servers.get(c.subgraph)!, c.query, c.variables ?? {}, await demoAuth(c.as));
    expect(result.errors, JSON.stringify(result)).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ message: expect.stringContaining(c.field), extensions: { code: 'BAD_USER_INPUT', field: c.field } });
    if (c.pagedTable) {
      // The parent may be looked up (and access-checked, access-logged) first; the page is never read.
      expect(counter.statements.filter((s) => s.includes(c.pagedTable!))).toEqual([]);
    } else {
      expect(counter.statements).toEqual([]);
    }
  });
});
