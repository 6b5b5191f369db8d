import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { idempotencyLink } from '../src/apollo/idempotency';

/** The headers each request would carry, as the HTTP link reads them from the operation's context. */
function recordingClient() {
  const sent: { name: string | undefined; headers: Record<string, string> }[] = [];
  const network = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ name: operation.operationName, headers: { ...(operation.getContext().headers as Record<string, string> | undefined) } });
        observer.next({ data: operation.operationName === 'Me' ? { me: { __typename: 'User', id: 'u1' } } : { deleteClient: true } });
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link: ApolloLink.from([idempotencyLink(), network]), cache: new InMemoryCache() });
  return { client, sent };
}

describe("the web app's Idempotency-Key", () => {
  it('gives every mutation its own key and leaves queries without one', async () => {
    const { client, sent } = recordingClient();
    const remove = gql`
      mutation Remove($id: ID!) {
        deleteClient(id: $id)
      }
    `;
    await client.mutate({ mutation: remove, variables: { id: 'c1' } });
    await client.mutate({ mutation: remove, variables: { id: 'c1' } });
    await client.query({
      query: gql`
        query Me {
          me {
            id
          }
        }
      `,
      fetchPolicy: 'network-only',
    });
    const [first, second, query] = sent;
    expect(first.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers['Idempotency-Key']).not.toBe(first.headers['Idempotency-Key']);
    expect(query.name).toBe('Me');
    expect(query.headers['Idempotency-Key']).toBeUndefined();
  });
});
