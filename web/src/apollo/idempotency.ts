import { ApolloLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';

/** The request header the gateway reads on mutations (docs/api.md, "Retrying a mutation safely"). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/**
 * Gives every mutation a fresh `Idempotency-Key` (a random UUID), set once per mutation in the
 * operation's `headers` context: whatever sends that request again (`authFetch` after refreshing an
 * expired token, a retry link placed after this one) sends the same key, and the gateway answers a
 * repeat with the first answer instead of writing twice. Queries are left as they are.
 */
export function idempotencyLink(newKey: () => string = () => crypto.randomUUID()): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.operationType === OperationTypeNode.MUTATION) {
      operation.setContext(({ headers }) => ({ headers: { ...(headers as Record<string, string> | undefined), [IDEMPOTENCY_KEY_HEADER]: newKey() } }));
    }
    return forward(operation);
  });
}
