import 'reflect-metadata';
import { Directive, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { badUserInput } from './errors.js';

/** Relay page information. Shared by every subgraph, so it is `@shareable`. */
@ObjectType({ description: 'Relay page information (forward pagination).' })
@Directive('@shareable')
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

/** @throws BAD_USER_INPUT when the cursor was not produced by this API. */
export function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && typeof id === 'string') return { key, id };
  } catch {
    /* fall through */
  }
  throw badUserInput('The `after` cursor is not valid; use an endCursor returned by this API.', 'after');
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
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} (Relay cursor connection).` })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}
