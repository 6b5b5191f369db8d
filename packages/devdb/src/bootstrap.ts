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

/** Each subgraph's connection URLs, as {@link bootstrapDatabase} returns them. */
export interface SubgraphUrls {
  /** Each subgraph's owner role (runs migrations). */
  owner: Record<SubgraphName, string>;
  /** Each subgraph's runtime role (serves requests; row-level security applies). */
  app: Record<SubgraphName, string>;
}

/** Passwords of every subgraph's two roles. */
export interface RolePasswords {
  owner: Record<SubgraphName, string>;
  app: Record<SubgraphName, string>;
}

/** The environment variable holding a subgraph role's password: `IDENTITY_DB_PASSWORD` (runtime role), `IDENTITY_DB_OWNER_PASSWORD` (owner). */
export const rolePasswordVariable = (subgraph: SubgraphName, kind: 'owner' | 'app') =>
  `${subgraph.toUpperCase()}_DB_${kind === 'owner' ? 'OWNER_' : ''}PASSWORD`;

/**
 * The role passwords of a deployment from `env`: `<SUBGRAPH>_DB_PASSWORD` for each runtime role (the
 * password in that subgraph's `DATABASE_URL`) and `<SUBGRAPH>_DB_OWNER_PASSWORD` for each owner role
 * (used by the migrate step alone). Returns null when none is set (development: kit
 * `devRolePassword`, roles keep the password they were created with).
 * @throws Error naming the missing variables when only some are set, or when none is and
 *   `env.NODE_ENV` is `production` (a deployment never runs on development passwords).
 */
export function rolePasswordsFromEnv(env: NodeJS.ProcessEnv = process.env): RolePasswords | null {
  const names = SUBGRAPHS.flatMap((subgraph) =>
    (['owner', 'app'] as const).map((kind) => ({ subgraph, kind, variable: rolePasswordVariable(subgraph, kind) })),
  );
  const missing = names.filter(({ variable }) => !env[variable]).map(({ variable }) => variable);
  if (missing.length === names.length && env.NODE_ENV !== 'production') return null;
  if (missing.length) throw new Error(`Database role passwords missing: ${missing.join(', ')} (each a long random string, e.g. openssl rand -hex 32).`);
  const passwords: RolePasswords = { owner: {} as Record<SubgraphName, string>, app: {} as Record<SubgraphName, string> };
  for (const { subgraph, kind, variable } of names) passwords[kind][subgraph] = env[variable]!;
  return passwords;
}

const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The admin step run before any subgraph starts (by `npm run migrate`, `npm start`, the test setup,
 * or a deploy job): creates each subgraph's owner role and its schema, owned by that role, and its
 * runtime role with row privileges on what the owner creates. Idempotent. With `passwords` (a
 * deployment, {@link rolePasswordsFromEnv}) every role gets its password, existing roles included, so
 * re-running the step rotates them; without, new roles get kit's `devRolePassword(subgraph, secret)`.
 * Returns both roles' connection URLs.
 */
export async function bootstrapDatabase(adminUrl: string, secret = 'fitflow-dev', passwords?: RolePasswords | null): Promise<SubgraphUrls> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const urls: SubgraphUrls = { owner: {} as Record<SubgraphName, string>, app: {} as Record<SubgraphName, string> };
  const createRole = async (role: string, password: string) => {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (!exists.rowCount) {
      await client
        .query(`create role ${role} login nosuperuser nocreatedb nocreaterole noinherit nobypassrls password ${quoteLiteral(password)}`)
        .catch(ignoreDuplicate);
    } else if (passwords) {
      await client.query(`alter role ${role} password ${quoteLiteral(password)}`);
    }
  };
  try {
    const database = (await client.query<{ db: string }>('select current_database() as db')).rows[0].db;
    for (const subgraph of SUBGRAPHS) {
      const [owner, app] = [roleOf(subgraph), appRoleOf(subgraph)];
      const ownerPassword = passwords?.owner[subgraph] ?? devRolePassword(subgraph, secret);
      const appPassword = passwords?.app[subgraph] ?? devRolePassword(subgraph, secret);
      await createRole(owner, ownerPassword);
      await createRole(app, appPassword);
      await client.query(`grant connect on database "${database}" to ${owner}, ${app}`);
      await client.query(`create schema if not exists ${subgraph} authorization ${owner}`).catch(ignoreDuplicate);
      // The runtime role reads and writes rows of tables the owner creates; migrations narrow this
      // where needed (audit logs: insert and select only).
      await client.query(`grant usage on schema ${subgraph} to ${app}`);
      await client.query(`alter default privileges for role ${owner} in schema ${subgraph} grant select, insert, update, delete on tables to ${app}`);
      await client.query(`alter default privileges for role ${owner} in schema ${subgraph} grant usage on sequences to ${app}`);
      urls.owner[subgraph] = withCredentials(adminUrl, owner, ownerPassword);
      urls.app[subgraph] = withCredentials(adminUrl, app, appPassword);
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
