import { DEMO_PASSWORD } from '@fitflow/demo';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

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
