import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { TypeInfo, visit, visitWithTypeInfo, type ASTNode, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from './context.js';
import { notFoundFacts } from './errors.js';
import { validIp } from './http.js';
import { isUuid } from './ids.js';
import { runSql } from './scoped-db.js';

/**
 * SQL creating a subgraph's append-only security-event log `<schema>.refusal_log`: one row per
 * NOT_FOUND answer a signed-in caller got (a record that does not exist *or* is outside their scope —
 * the answer cannot tell them apart, this log lets people see id probing). No PHI: who (user, app),
 * what type, which field, the id asked for when known, the request id, the address and when.
 * `appRole` (the runtime role) may only insert and select, like `audit_log` (kit `auditTablesSql`);
 * kit `logChainSql` later makes it append-only for every role and hash-chained (docs/security.md,
 * "Audit trail").
 */
export function refusalLogTableSql(schema: string, appRole: string): string {
  return `
    create table ${schema}.refusal_log (
      id uuid primary key default gen_random_uuid(),
      kind varchar(20) not null check (kind in ('not_found')),
      user_id uuid not null,
      app_id uuid,
      resource_type varchar(100) not null,
      field varchar(200),
      resource_id uuid,
      ip_address inet,
      request_id varchar(64),
      created_at timestamptz not null default now()
    );
    create index refusal_log_user_idx on ${schema}.refusal_log (user_id, created_at desc);
    create index refusal_log_created_idx on ${schema}.refusal_log (created_at desc);

    revoke all on ${schema}.refusal_log from ${appRole};
    grant select, insert on ${schema}.refusal_log to ${appRole};
  `;
}

/** Where a subgraph records its security events: its runtime connection and its schema. */
export interface SecurityEventsTarget {
  ds: DataSource;
  /** The subgraph's schema (`clients`…), holding `refusal_log` ({@link refusalLogTableSql}). */
  schema: string;
}

/** At most this many rows per request: a document with more NOT_FOUND fields is a probe either way. */
const MAX_EVENTS_PER_REQUEST = 200;

/** For each field node of `document`, its coordinate `Parent.field` (the type named in the schema). */
function fieldCoordinates(schema: GraphQLSchema, document: DocumentNode): Map<ASTNode, string> {
  const coordinates = new Map<ASTNode, string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: (node) => {
        const parent = typeInfo.getParentType();
        if (parent) coordinates.set(node, `${parent.name}.${node.name.value}`);
      },
    }),
  );
  return coordinates;
}

interface RefusalRow {
  user_id: string;
  app_id: string | null;
  resource_type: string;
  field: string | null;
  resource_id: string | null;
  ip_address: string | null;
  request_id: string;
}

/** The rows the NOT_FOUND errors among `errors` make for a signed-in caller. */
function refusalRows(request: GraphQLRequestContext<RequestContext>, errors: readonly GraphQLError[]): RefusalRow[] {
  const ctx = request.contextValue;
  const viewer = ctx.viewer;
  if (!viewer) return [];
  const refused = errors.flatMap((error) => {
    const facts = notFoundFacts(error);
    return facts ? [{ error, facts }] : [];
  });
  if (!refused.length) return [];
  const coordinates = request.document ? fieldCoordinates(request.schema, request.document) : new Map<ASTNode, string>();
  return refused.slice(0, MAX_EVENTS_PER_REQUEST).map(({ error, facts }) => ({
    user_id: viewer.userId,
    app_id: viewer.app?.id ?? null,
    resource_type: facts.resourceType.slice(0, 100),
    field: (error.nodes?.[0] && coordinates.get(error.nodes[0])) ?? null,
    resource_id: isUuid(facts.resourceId) ? facts.resourceId.toLowerCase() : null,
    ip_address: validIp(ctx.ip),
    request_id: ctx.requestId.slice(0, 64),
  }));
}

/**
 * Apollo plugin recording the security events of each request: every NOT_FOUND error a **signed-in**
 * caller gets becomes one `<schema>.refusal_log` row (kit `notFound` facts: type and id; errors
 * carrying no facts: the type read from "X not found.", no id). Anonymous callers are not recorded:
 * every record field refuses them UNAUTHENTICATED before any lookup, so a NOT_FOUND never reaches them.
 *
 * The rows of a request are inserted in one statement on the target's own connection (not the
 * request's transaction, which may have rolled back), before the answer is sent. Recording never
 * changes the answer: a failed insert is logged as a warning (SQLSTATE and count only) and dropped.
 */
export function securityEventsPlugin(target: SecurityEventsTarget): ApolloServerPlugin<RequestContext> {
  const insert = `insert into ${target.schema}.refusal_log (kind, user_id, app_id, resource_type, field, resource_id, ip_address, request_id)
    select 'not_found', r.user_id, r.app_id, r.resource_type, r.field, r.resource_id, r.ip_address, r.request_id
      from jsonb_to_recordset(:rows::jsonb)
        as r(user_id uuid, app_id uuid, resource_type varchar, field varchar, resource_id uuid, ip_address inet, request_id varchar)`;
  return {
    async requestDidStart() {
      const errors: GraphQLError[] = [];
      return {
        async didEncounterErrors(request) {
          errors.push(...request.errors);
        },
        async willSendResponse(request) {
          if (!errors.length) return;
          let rows: RefusalRow[] = [];
          try {
            rows = refusalRows(request, errors);
            if (rows.length) await runSql(target.ds.manager, insert, { rows: JSON.stringify(rows) });
          } catch (error) {
            const code = (error as { code?: unknown }).code;
            request.contextValue.log.warn({ sqlState: typeof code === 'string' ? code : undefined, events: rows.length }, 'security events not recorded');
          }
        },
      };
    },
  };
}
