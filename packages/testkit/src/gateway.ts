import { DEMO_PASSWORD } from '@fitflow/demo';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ROOT } from '@fitflow/stack/compose';
import { print } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * An operation: its text, or a typed document from `graphql(...)` (this package's generated
 * `graphql`, typed from schema/api.graphql by `npm run codegen`), which types the result and variables.
 */
export type Operation<T = any, V = Record<string, unknown>> = string | TypedDocumentNode<T, V>;

/** The text of an operation. */
export const operationText = (operation: Operation<unknown, any>) => (typeof operation === 'string' ? operation : print(operation));

/** What a GraphQL endpoint answered over HTTP: status, raw text and the parsed body. */
export interface HttpGraphQLResult<T = any> {
  status: number;
  /** The raw body (to check that nothing internal leaks). */
  text: string;
  data?: T | null;
  /** GraphQL errors as sent (`extensions` is always present on FitFlow's errors). */
  errors?: { message: string; path?: readonly (string | number)[]; extensions: Record<string, any> }[];
  extensions?: Record<string, any>;
}

/**
 * POSTs one operation to a GraphQL endpoint (the gateway, or a subgraph) over real HTTP, as the web
 * app does: JSON body, `Authorization: Bearer <token>` when a token is given, extra `headers` as given.
 */
export async function postGraphQL<T = any, V extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  query: Operation<T, V>,
  variables: V = {} as V,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<HttpGraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    body: JSON.stringify({ query: operationText(query), variables }),
  });
  const text = await response.text();
  return { status: response.status, text, ...(JSON.parse(text) as Omit<HttpGraphQLResult<T>, 'status' | 'text'>) };
}

const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken refreshToken } }';

/**
 * Signs a demo user in through `gatewayUrl` with the demo password (a real sign-in: throttling and
 * the security log apply).
 * @throws Error with the answer's errors when the sign-in is refused.
 */
export async function signInThroughGateway(
  gatewayUrl: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ accessToken: string; refreshToken: string }> {
  const result = await postGraphQL(gatewayUrl, LOGIN, { e: email, p: password });
  if (!result.data?.login) throw new Error(`Sign-in of ${email} was refused: ${JSON.stringify(result.errors)}`);
  return result.data.login;
}

/**
 * The README's "Ask one question that four subgraphs answer together" request body, exactly as the
 * README shows it (the trainer dashboard: `me → trainer → contracts → studio, upcomingAppointments →
 * participants → client → latestSessionNote`). Tests and benchmarks ask what a reader of the README asks.
 * @throws Error when the README no longer shows that question as a `curl -d` body.
 */
export function readmeQuestion(): { query: string } {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('Ask one question that four subgraphs answer together'));
  const body = /-d '(\{"query":[^']*\})'/.exec(section)?.[1];
  if (!body) throw new Error('README.md no longer shows the cross-subgraph question as a curl -d body.');
  return JSON.parse(body) as { query: string };
}
