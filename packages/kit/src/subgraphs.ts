/** The subgraphs, each owning the PostgreSQL schema of the same name. */
export const SUBGRAPHS = ['identity', 'studios', 'clients', 'scheduling', 'finance'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** The database role a subgraph connects as; it owns, and may write, only its own schema. */
export const roleOf = (subgraph: SubgraphName) => `fitflow_${subgraph}`;

/**
 * The role a subgraph *runs* as: it may read and write rows of its own schema's tables (as granted),
 * but owns nothing, so PostgreSQL row-level security applies to it and DDL is impossible.
 */
export const appRoleOf = (subgraph: SubgraphName) => `fitflow_${subgraph}_app`;

/** Development password of a subgraph role; a deployment sets its own (`<SUBGRAPH>_DB_PASSWORD`, `<SUBGRAPH>_DB_OWNER_PASSWORD`: devdb `rolePasswordsFromEnv`). */
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
