import pg from 'pg';

/** The subgraphs, each owning the PostgreSQL schema of the same name. */
export const SUBGRAPHS = ['identity', 'studios', 'clients', 'scheduling', 'finance'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** The database role a subgraph connects as; it owns, and may write, only its own schema. */
export const roleOf = (subgraph: SubgraphName) => `fitflow_${subgraph}`;

/** Development password of a subgraph role; production passes its own through `DB_ROLE_PASSWORD`. */
export const devRolePassword = (subgraph: SubgraphName, secret = 'fitflow-dev') => `${secret}-${subgraph}`;

/** `adminUrl` with the user, password and (optionally) database swapped. */
export function withCredentials(adminUrl: string, user: string, password: string, database?: string): string {
  const url = new URL(adminUrl);
  url.username = user;
  url.password = password;
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

/** `adminUrl` pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

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
 * creates each subgraph's login role and its schema, owned by that role. Idempotent.
 * Returns each subgraph's own connection URL.
 */
export async function bootstrapDatabase(adminUrl: string, secret = 'fitflow-dev'): Promise<Record<SubgraphName, string>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const urls = {} as Record<SubgraphName, string>;
  try {
    const database = (await client.query<{ db: string }>('select current_database() as db')).rows[0].db;
    for (const subgraph of SUBGRAPHS) {
      const role = roleOf(subgraph);
      const password = devRolePassword(subgraph, secret);
      const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
      if (!exists.rowCount) {
        await client
          .query(`create role ${role} login nosuperuser nocreatedb nocreaterole noinherit password '${password.replace(/'/g, "''")}'`)
          .catch(ignoreDuplicate);
      }
      await client.query(`grant connect on database "${database}" to ${role}`);
      await client.query(`create schema if not exists ${subgraph} authorization ${role}`).catch(ignoreDuplicate);
      urls[subgraph] = withCredentials(adminUrl, role, password);
    }
    // Nobody but a schema's owner creates objects in it; `public` is not a shared scratch space.
    await client.query('revoke create on schema public from public');
  } finally {
    await client.end();
  }
  return urls;
}
