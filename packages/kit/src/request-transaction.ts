import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { recordAccessRows, type AccessEntry } from './audit.js';
import type { RequestContext } from './context.js';
import { SET_CLAIMS_SQL } from './scoped-db.js';

/** An access-log entry waiting for the end of its read request, with the schema whose `access_log` it goes to. */
interface PendingAccess {
  schema: string;
  entry: AccessEntry;
}

/**
 * The one transaction of a read request (a GraphQL `query` operation, federation's `_entities` included):
 * every unit of work of the request (each DataLoader batch, each resolver's `data.run`) runs in it, so a
 * subgraph fetch is one transaction and one claims statement instead of one per batch
 * (docs/conventions.md, "One transaction per read request").
 *
 * - It is opened by the first unit of work, with the caller's claims, and ended by the subgraph server
 *   ({@link finish}) once the answer is complete and before it is sent.
 * - Access-log rows of the PHI the request read are held until then and written in one multi-row insert
 *   just before COMMIT. If that insert or the COMMIT fails, {@link finish} throws and the server answers
 *   an error instead of the data: no PHI leaves without its access-log row committed.
 * - Writes (mutations, jobs, plain routes) never use it: `shared` stays false and each unit of work is its
 *   own transaction, committed or rolled back whole.
 *
 * Units of work of one request may run concurrently: their statements queue on the one connection.
 */
export class RequestTransaction {
  /**
   * True once the server knows the request is a read (kit `createSubgraphServer`): units of work then share
   * this transaction. False (the default): each unit of work is a transaction of its own.
   */
  shared = false;
  private opened?: { ds: DataSource; claims: string; runner: Promise<QueryRunner> };
  private readonly pendingAccess: PendingAccess[] = [];

  /**
   * Whether a unit of work on `ds` with `claims` (the `set_config` pairs, JSON-encoded) can run in this
   * transaction: only while shared, and only for the data source and claims it was opened with (a unit
   * of work on behalf of someone else, e.g. kit's `systemContext`, gets a transaction of its own).
   */
  accepts(ds: DataSource, claims: string): boolean {
    return this.shared && (!this.opened || (this.opened.ds === ds && this.opened.claims === claims));
  }

  /**
   * Runs `work` in the request's transaction, opening it (connection, START TRANSACTION, the claims) on
   * first use. Only call after {@link accepts} said yes.
   * @param claims the `set_config` parameters (name, value, …) of the caller's scope.
   */
  async run<T>(ds: DataSource, claims: readonly string[], work: (em: EntityManager) => Promise<T>): Promise<T> {
    this.opened ??= { ds, claims: JSON.stringify(claims), runner: open(ds, claims) };
    const runner = await this.opened.runner;
    return work(runner.manager);
  }

  /** Holds access-log rows until {@link finish} writes them, with every other row of the request, in one insert. */
  deferAccess(schema: string, entry: AccessEntry): void {
    if (entry.resourceIds.length) this.pendingAccess.push({ schema, entry });
  }

  /**
   * Ends the request's transaction: writes the held access-log rows (one insert per schema; a subgraph
   * has one) and commits. Nothing to do when no unit of work ran.
   * @param request the request whose viewer, address and id the access-log rows name.
   * @throws whatever the insert or COMMIT threw (the transaction is then rolled back) — the caller must
   *   not deliver the data the request read.
   */
  async finish(request: RequestContext): Promise<void> {
    const opened = this.opened;
    this.opened = undefined;
    // Anything that still runs after the answer (it should not) gets a transaction of its own, never a new shared one nobody ends.
    this.shared = false;
    if (!opened) return;
    // Opening failed (no connection): the units of work failed with it, and nothing was read.
    const runner = await opened.runner.catch(() => null);
    if (!runner) return;
    const pending = this.pendingAccess.splice(0);
    try {
      const schemas = [...new Set(pending.map((p) => p.schema))];
      for (const schema of schemas) {
        await recordAccessRows(
          runner.manager,
          request,
          schema,
          pending.filter((p) => p.schema === schema).map((p) => p.entry),
        );
      }
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

async function open(ds: DataSource, claims: readonly string[]): Promise<QueryRunner> {
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    await runner.query(SET_CLAIMS_SQL, [...claims]);
    return runner;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
    throw error;
  }
}

/**
 * The subgraph server's half of {@link RequestTransaction}: a GraphQL `query` (federation's `_entities`
 * fetches included) shares one transaction across its units of work; whatever the operation, the
 * request's transaction is ended before the answer is sent. If it cannot commit (e.g. the access-log
 * insert or the COMMIT failed), the answer becomes that one error, masked like any other (`mask`: kit
 * `createErrorMasker`), with no data.
 */
export function requestTransactionPlugin<Ctx extends RequestContext>(
  mask: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query' && contextValue.transaction) contextValue.transaction.shared = true;
        },
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.transaction?.finish(contextValue);
          } catch (error) {
            if (response.body.kind === 'single') response.body.singleResult = { errors: [mask({ message: 'Could not finish the request.' }, error)] };
          }
        },
      };
    },
  };
}
