import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

export interface ShownError {
  /** The server's `extensions.code`, e.g. BAD_USER_INPUT; NETWORK when the server was not reached. */
  code: string;
  message: string;
}

/** What a person should read about a failed request: each error's code and message, as the server said them. */
export function describeError(error: unknown): ShownError[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({ code: String(e.extensions?.code ?? 'ERROR'), message: e.message }));
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message: string; extensions?: { code?: string } }[] };
      if (body.errors?.length) return body.errors.map((e) => ({ code: e.extensions?.code ?? `HTTP_${error.statusCode}`, message: e.message }));
    } catch {
      /* not JSON */
    }
    return [{ code: `HTTP_${error.statusCode}`, message: 'The server could not answer. Try again in a moment.' }];
  }
  if (error instanceof TypeError) return [{ code: 'NETWORK', message: 'Cannot reach the server. Check your connection and try again.' }];
  return [{ code: 'ERROR', message: error instanceof Error ? error.message : String(error) }];
}
