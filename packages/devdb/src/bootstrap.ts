import pg from 'pg';
import { SUBGRAPHS, appRoleOf, devRolePassword, roleOf, withCredentials, withDatabase, type SubgraphName } from '@fitflow/kit';

const ignoreDuplicate = (error: unknown) => {
  const code = (error as { code?: string }).code;
  if (code !== '42710' && code !== '23505' && code !== '42P04') throw error;
};

/** Creates `database` if it does not exist (connecting to `postgres` on the same server). */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '')}"`).catch(ignoreDuplicate);
  } finally {
    await client.end();
  }
}

/**
 * The admin step run before any subgraph starts (by `npm start`, the test setup, or a deploy job):
 * creates each subgraph's owner role and its schema, owned by that role, and its runtime role with
 * row privileges on what the owner creates. Idempotent. Returns both roles' connection URLs.
 */
export interface SubgraphUrls {
  /** Each subgraph's owner role (runs migrations). */
  owner: Record<SubgraphName, string>;
  /** Each subgraph's runtime role (serves requests; row-level security applies). */
  app: Record<SubgraphName, string>;
}

export async function bootstrapDatabase(adminUrl: string, secret = 'fitflow-dev'): Promise<SubgraphUrls> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const urls: SubgraphUrls = { owner: {} as Record<SubgraphName, string>, app: {} as Record<SubgraphName, string> };
  const createRole = async (role: string, password: string) => {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (!exists.rowCount) {
      await client
        .query(`create role ${role} login nosuperuser nocreatedb nocreaterole noinherit nobypassrls password '${password.replace(/'/g, "''")}'`)
        .catch(ignoreDuplicate);
    }
  };
  try {
    const database = (await client.query<{ db: string }>('select current_database() as db')).rows[0].db;
    for (const subgraph of SUBGRAPHS) {
      const [owner, app] = [roleOf(subgraph), appRoleOf(subgraph)];
      const password = devRolePassword(subgraph, secret);
      await createRole(owner, password);
      await createRole(app, password);
      await client.query(`grant connect on database "${database}" to ${owner}, ${app}`);
      await client.query(`create schema if not exists ${subgraph} authorization ${owner}`).catch(ignoreDuplicate);
      // The runtime role reads and writes rows of tables the owner creates; migrations narrow this
      // where needed (audit logs: insert and select only).
      await client.query(`grant usage on schema ${subgraph} to ${app}`);
      await client.query(`alter default privileges for role ${owner} in schema ${subgraph} grant select, insert, update, delete on tables to ${app}`);
      await client.query(`alter default privileges for role ${owner} in schema ${subgraph} grant usage on sequences to ${app}`);
      urls.owner[subgraph] = withCredentials(adminUrl, owner, password);
      urls.app[subgraph] = withCredentials(adminUrl, app, password);
    }
    // Extensions a schema owner may not create itself: btree_gist lets scheduling's exclusion
    // constraint compare a trainer id (=) beside a time range (&&).
    await client.query('create extension if not exists btree_gist').catch(ignoreDuplicate);
    // Nobody but a schema's owner creates objects in it; `public` is not a shared scratch space.
    await client.query('revoke create on schema public from public');
  } finally {
    await client.end();
  }
  return urls;
}
