import { HttpError } from '@fitflow/kit';
import type { IncomingMessage } from 'node:http';

/** One GraphQL request as it reaches the admission steps: the parsed POST body (undefined for GET), the URL's search string, the method. */
export interface AdmissionRequest {
  body: unknown;
  search: string;
  method: string;
}

/**
 * One step of the gateway's admission of a GraphQL request, before Apollo and any subgraph see it:
 * returns the body and search string to go on with (e.g. a persisted operation's text filled in), or
 * throws kit `HttpError` to refuse the request (a limit, a rate limit, an unknown persisted operation).
 */
export type AdmissionStep = (req: IncomingMessage, request: AdmissionRequest) => Promise<{ body: unknown; search: string }>;

/**
 * kit `createHttpServer`'s `admit`: runs `steps` in order, each on what the previous one returned.
 * Batches are refused first, whatever the steps: a JSON array body is several operations in one
 * request, which would multiply every per-request limit (400 `BATCHING_NOT_SUPPORTED`).
 */
export function admitInOrder(...steps: AdmissionStep[]) {
  return async (req: IncomingMessage, request: AdmissionRequest): Promise<{ body: unknown; search: string }> => {
    if (Array.isArray(request.body)) {
      throw new HttpError(400, 'Batched requests are not accepted: send one operation per request (a JSON object, not an array).', 'BATCHING_NOT_SUPPORTED');
    }
    let { body, search } = request;
    for (const step of steps) ({ body, search } = await step(req, { body, search, method: request.method }));
    return { body, search };
  };
}

/** The GraphQL request in a POST body or GET search string: what the admission steps inspect. */
export interface GraphQLParams {
  query?: string;
  operationName?: string;
  variables: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The operation text, name and variables of a request (POST: the JSON body; GET: the `query`,
 * `operationName` and `variables` search parameters). Anything malformed reads as absent: Apollo
 * answers those requests with its own 400.
 */
export function graphqlParams({ body, search, method }: AdmissionRequest): GraphQLParams {
  if (method === 'GET' || body === undefined) {
    const params = new URLSearchParams(search);
    let variables: unknown;
    try {
      variables = JSON.parse(params.get('variables') ?? '{}');
    } catch {
      variables = {};
    }
    return {
      query: params.get('query') ?? undefined,
      operationName: params.get('operationName') ?? undefined,
      variables: isRecord(variables) ? variables : {},
    };
  }
  if (!isRecord(body)) return { variables: {} };
  return {
    query: typeof body.query === 'string' ? body.query : undefined,
    operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
    variables: isRecord(body.variables) ? body.variables : {},
  };
}
