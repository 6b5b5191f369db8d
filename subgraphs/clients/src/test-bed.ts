import type { DemoSessionNote } from '@fitflow/demo';
import { loadKeyRing, type KeyRing, type QueryCounter, type Viewer } from '@fitflow/kit';
import { demoTenant, demoTrainer as trainer, testKeyRing, useSubgraphTestBed } from '@fitflow/testkit';
import type { DataSource } from 'typeorm';
import { loadClientsConfig } from './config.js';
import { buildClientsServer } from './server.js';

/*
 * Integration tests only: the clients server and the demo fixtures its test files share. (Raw SQL
 * fixtures and clean-up stay in the test files: SQL lives in repositories, migrations, kit and tests.)
 */

let keyRing: KeyRing | undefined;
/**
 * The test master key wraps new data keys; the demo rows were sealed by the global setup under the
 * environment's master key (kit loadKeyRing), which stays readable: a master-key rotation in small.
 */
export function clientsTestKeyRing(): KeyRing {
  if (!keyRing) {
    const seeded = loadKeyRing(loadClientsConfig());
    keyRing = { active: testKeyRing().active, byId: new Map([...seeded.byId, ...testKeyRing().byId]) };
  }
  return keyRing;
}

/**
 * The clients server on the runtime role (`fitflow_clients_app`: row-level security applies), with
 * {@link clientsTestKeyRing} and a retention period of 0 years (erasures are due at once), its
 * statements counted by `counter` when given, beside an owner connection for fixtures and raw reads
 * of what is stored (testkit `useSubgraphTestBed`).
 */
export const useClientsTestBed = (counter?: QueryCounter) =>
  useSubgraphTestBed('clients', (deps) => buildClientsServer({ ...deps, keyRing: clientsTestKeyRing(), retentionYears: 0 }), { counter, as: 'app' });

export const tenant = () => demoTenant();

/** Deletes a client a test created, with its erasure requests and data key (owner connection: no RLS, no audit). */
export async function removeClient(owner: DataSource, id: string): Promise<void> {
  await owner.query('delete from clients.erasure_requests where client_id = $1', [id]);
  await owner.query('delete from clients.clients where id = $1', [id]);
  await owner.query('delete from clients.data_keys where id = $1', [`client:${id}`]);
}
/** A demo trainer's clients (trainer by key: `maya`, `liam`, `sofia`, `noah`). */
export const clientsOf = (key: string) => tenant().clients.filter((c) => c.trainerId === trainer(key).id);
/** A client's notes as the API orders them: newest session first, then id descending. */
export const notesOf = (clientId: string): DemoSessionNote[] =>
  tenant()
    .sessionNotes.filter((n) => n.clientId === clientId)
    .sort((a, b) => b.sessionDate.localeCompare(a.sessionDate) || b.id.localeCompare(a.id));
export const userOf = (email: string) => tenant().users.find((u) => u.email === email)!;
export const viewerOf = (email: string): Viewer => ({ userId: userOf(email).id, roles: userOf(email).roles });
/** Maya administers the team of Liam and Sofia; Noah is independent. */
export const mayasTeam = () => [...clientsOf('maya'), ...clientsOf('liam'), ...clientsOf('sofia')];
export const ids = (page: { edges: Edge<{ id: string }>[] }) => page.edges.map((e) => e.node.id);

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const CLIENTS_PAGE = /* GraphQL */ `
  query Clients($first: Int, $after: String, $search: String) {
    clients(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          displayName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const CLIENT_DETAIL = /* GraphQL */ `
  query Client($id: ID!) {
    client(id: $id) {
      id
      firstName
      lastName
      displayName
      email
      phone
      dateOfBirth
      goals
      source
      status
      createdAt
      emergencyContact {
        name
        phone
        relationship
      }
      medicalInfo {
        conditions
        medications
        allergies
      }
      trainer {
        id
      }
      latestSessionNote {
        id
        sessionDate
      }
    }
  }
`;
