import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger, Viewer } from '@fitflow/kit';
import { IdentityRefusal, USAGE_BATCH_ENTRIES, USAGE_OPERATION_NAME_MAX, type AppUsageEntry, type IdentityInternal } from './identity-internal.js';

/** How often counted usage is sent to identity, in milliseconds. */
export const USAGE_FLUSH_INTERVAL_MS = 2_000;
/** At most this many (app, operation) counters wait for a flush; beyond it new ones are dropped (identity unreachable for long). */
export const USAGE_MAX_PENDING = 10_000;
/** The name counted for an operation sent without one (development's free-form documents). */
export const UNNAMED_OPERATION = '(unnamed)';

/**
 * Counts app calls and errors per app and operation name in memory and reports them to identity's
 * `recordAppUsage` in batches: every {@link USAGE_FLUSH_INTERVAL_MS} and when the gateway stops.
 * A batch identity cannot be reached for is kept and merged into the next one; one it refuses
 * (a typed error: a bug of ours) is logged and dropped, so it cannot block every later flush.
 */
export class AppUsageRecorder {
  private pending = new Map<string, AppUsageEntry>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly identity: Pick<IdentityInternal, 'recordAppUsage'>,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counts one call of `operationName` by app `appId`; `failed`: its answer carried a GraphQL error. */
  record(appId: string, operationName: string, failed: boolean): void {
    this.add({
      appId,
      operationName: operationName.slice(0, USAGE_OPERATION_NAME_MAX),
      calls: 1,
      errors: failed ? 1 : 0,
      lastUsedAt: this.now().toISOString(),
    });
  }

  private add(entry: AppUsageEntry) {
    const key = `${entry.appId} ${entry.operationName}`;
    const known = this.pending.get(key);
    if (known) {
      known.calls += entry.calls;
      known.errors += entry.errors;
      if (entry.lastUsedAt > known.lastUsedAt) known.lastUsedAt = entry.lastUsedAt;
    } else if (this.pending.size < USAGE_MAX_PENDING) {
      this.pending.set(key, { ...entry });
    }
  }

  /** Starts the periodic flush (the timer does not keep the process alive). */
  start(): void {
    this.timer ??= setInterval(() => void this.flush(), USAGE_FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  /** Sends what was counted since the last flush; resolves when identity took it (or refused it, logged). */
  async flush(): Promise<void> {
    await this.flushing;
    if (this.pending.size === 0) return;
    const entries = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = (async () => {
      for (let start = 0; start < entries.length; start += USAGE_BATCH_ENTRIES) {
        const batch = entries.slice(start, start + USAGE_BATCH_ENTRIES);
        try {
          await this.identity.recordAppUsage(batch);
        } catch (error) {
          if (error instanceof IdentityRefusal) {
            this.log.error({ err: error, entries: batch.length }, 'app usage: identity refused a batch; it is dropped');
            continue;
          }
          this.log.warn({ err: error, entries: batch.length }, 'app usage: identity could not be reached; the batch is kept for the next flush');
          for (const entry of batch) this.add(entry);
        }
      }
    })().finally(() => {
      this.flushing = undefined;
    });
    await this.flushing;
  }

  /** Stops the timer and sends what is left. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}

/**
 * The Apollo plugin that counts each answered request made with an app token (the context's
 * `viewer.app`): one call for the operation's name, and an error when the answer carries any GraphQL
 * error. It starts the recorder with the server and flushes it when the server stops.
 */
export function appUsagePlugin<Ctx extends BaseContext & { viewer: Viewer | null }>(recorder: AppUsageRecorder): ApolloServerPlugin<Ctx> {
  return {
    async serverWillStart() {
      recorder.start();
      return {
        async serverWillStop() {
          await recorder.stop();
        },
      };
    },
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, response }) {
          const app = contextValue?.viewer?.app;
          if (!app) return;
          const failed = response.body.kind === 'single' ? !!response.body.singleResult.errors?.length : false;
          recorder.record(app.id, operationName ?? UNNAMED_OPERATION, failed);
        },
      };
    },
  };
}
