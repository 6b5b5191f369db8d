import 'reflect-metadata';
import { Directive, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { RequiresScopes, type AppScope } from './app-scopes.js';
import { badUserInput } from './errors.js';
import { isUuid } from './ids.js';

/**
 * Relay page information. Shared by every subgraph, so it is `@shareable`; open to every app scope that
 * reaches a connection (the connection field itself decides whether an app gets there).
 */
@ObjectType({ description: 'Relay page information (forward pagination).' })
@Directive('@shareable')
@RequiresScopes('schedule:read', 'invoices:read', 'clients:read')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor: string | null;
}

/** `first` / `after` arguments of every connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

/** An opaque keyset cursor: the sort key and the id of the last row seen. */
export interface Cursor {
  key: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar date `YYYY-MM-DD`, year 0001 or later (PostgreSQL has no year 0). */
function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match || match[1] === '0000') return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  date.setUTCFullYear(Number(match[1])); // Date.UTC maps years 0–99 to 1900–1999
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

const TIMESTAMPTZ_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-](\d{2})(:\d{2})?$/;

/**
 * What a cursor's sort key is, so that {@link decodeCursor} can refuse what PostgreSQL would:
 * - `instant`: `Date#toISOString()` output, e.g. "2026-11-23T15:00:00.000Z" (appointments' start time);
 * - `date`: a calendar date `YYYY-MM-DD` (session notes' session date, invoices' invoice date);
 * - `timestamptz`: PostgreSQL's text of a `timestamptz`, e.g. "2026-11-23 15:00:00.123456+00" (access log);
 * - `none`: no sort key, the empty string (clients, sorted in memory by name and paged by id).
 */
export const CURSOR_KEYS = {
  instant: (key: string) => {
    const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(key) && !key.startsWith('0000') ? new Date(key) : null;
    return !!time && !Number.isNaN(time.getTime()) && time.toISOString() === key;
  },
  date: isCalendarDate,
  timestamptz: (key: string) => {
    const match = TIMESTAMPTZ_TEXT.exec(key);
    return !!match && isCalendarDate(match[1]) && Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[4]) < 60 && Number(match[6]) < 16;
  },
  none: (key: string) => key === '',
} satisfies Record<string, (key: string) => boolean>;
export type CursorKind = keyof typeof CURSOR_KEYS;

const invalidCursor = () => badUserInput('The `after` cursor is not valid; use an endCursor returned by this API.', 'after');

/**
 * Decodes an `after` cursor made by {@link encodeCursor}: exactly `[key, id]`, `key` of the `kind` the
 * list sorts by, `id` a UUID (returned lower-cased). Strict, so that whatever passes also passes
 * PostgreSQL's casts: call it before any SQL, and the list never fails on a forged cursor.
 * @returns null for no cursor (the first page).
 * @throws BAD_USER_INPUT (field `after`) for anything else.
 */
export function decodeCursor(cursor: string | null | undefined, kind: CursorKind): Cursor | null {
  if (cursor == null || cursor === '') return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw invalidCursor();
  const [key, id] = decoded as unknown[];
  if (typeof key !== 'string' || !CURSOR_KEYS[kind](key) || !isUuid(id)) throw invalidCursor();
  return { key, id: id.toLowerCase() };
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * Turns `first + 1` rows fetched in order into a connection page.
 * @param keyOf the sort key of a row as a string (e.g. an ISO timestamp).
 */
export function toConnection<T extends { id: string }>(rows: T[], first: number, keyOf: (row: T) => string): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor({ key: keyOf(node), id: node.id }) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * Creates the `<Name>Edge` and `<Name>Connection` object types for `node`.
 * Usage: `export const ClientConnection = ConnectionType(ClientType, 'Client');` then
 * `@Field(() => ClientConnection)` / `@Query(() => ClientConnection)` returning a {@link Connection}.
 *
 * @param options.scopes the app scopes that may read both types (`@requiresScopes` on each, any one
 * suffices; docs/scopes.md); omitted: closed to apps.
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string, options: { scopes?: readonly [AppScope, ...AppScope[]] } = {}) {
  const scopes: ClassDecorator = options.scopes ? RequiresScopes(...options.scopes) : () => undefined;

  @ObjectType(`${name}Edge`)
  @scopes
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} (Relay cursor connection).` })
  @scopes
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}
