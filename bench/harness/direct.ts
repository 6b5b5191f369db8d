/**
 * The "direct" setup: the subgraph fetches of FitFlow's query plan for an operation, sent straight to
 * the subgraphs without a gateway. They are captured once per user by a recording proxy between a
 * second FitFlow gateway and the subgraphs, grouped into the plan's steps (fetches sent together run
 * in parallel; a fetch sent after an earlier one was answered depends on it), and replayed per
 * virtual request in that order, with the per-request headers made anew.
 */
import { GATEWAY_CREDENTIAL_HEADER, gatewayKey, signGatewayCredential } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import { Agent, createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';

/** One subgraph fetch as the gateway sent it. */
export interface RecordedFetch {
  subgraph: string;
  /** The subgraph's URL the fetch went to. */
  url: string;
  /** Headers as sent, minus hop-by-hop and length headers. */
  headers: Record<string, string>;
  body: string;
  /** When it was sent and answered, milliseconds (performance.now()). */
  sentAt: number;
  answeredAt: number;
}

/** Headers never replayed: hop-by-hop (RFC 9110 §7.6.1), length and host (made by the client), tracing (per request). */
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
  'content-length',
  'traceparent',
  'tracestate',
  'baggage',
]);

/** `headers` without the ones a replay must not copy (see DROPPED), as single strings. */
export function replayableHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || DROPPED.has(name.toLowerCase())) continue;
    kept[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}

/**
 * The plan's steps from the fetches of one request: sorted by when they were sent, a fetch joins the
 * current step when it was sent before any fetch of that step was answered (the gateway sent them
 * together, in parallel); otherwise it starts the next step (it waited for an answer).
 */
export function planSteps<T extends Pick<RecordedFetch, 'sentAt' | 'answeredAt'>>(fetches: readonly T[]): T[][] {
  const steps: T[][] = [];
  let firstAnswer = Number.POSITIVE_INFINITY;
  for (const fetch of [...fetches].sort((a, b) => a.sentAt - b.sentAt)) {
    const current = steps.at(-1);
    if (current && fetch.sentAt < firstAnswer) {
      current.push(fetch);
      firstAnswer = Math.min(firstAnswer, fetch.answeredAt);
    } else {
      steps.push([fetch]);
      firstAnswer = fetch.answeredAt;
    }
  }
  return steps;
}

/** Recording proxies, one per subgraph, keyed by the gateway's `x-request-id`. */
export interface Recorder {
  /** The proxies' URLs, to give a gateway as `SUBGRAPH_URL_<NAME>`. */
  urls: Record<string, string>;
  /** The fetches recorded for the gateway request `requestId`. */
  fetchesOf(requestId: string): RecordedFetch[];
  close(): Promise<void>;
}

/** Starts one recording proxy in front of each of `targets` (`{ subgraph: url }`). */
export async function startRecorder(targets: Record<string, string>): Promise<Recorder> {
  const recorded = new Map<string, RecordedFetch[]>();
  const servers: Server[] = [];
  const agent = new Agent({ keepAlive: true });
  const urls: Record<string, string> = {};
  for (const [subgraph, target] of Object.entries(targets)) {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const sentAt = performance.now();
        const upstream = request(target, { method: req.method, headers: { ...req.headers, host: new URL(target).host }, agent }, (answer) => {
          const answerChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
          answer.on('end', () => {
            const requestId = String(req.headers['x-request-id'] ?? '');
            const list = recorded.get(requestId) ?? [];
            list.push({ subgraph, url: target, headers: replayableHeaders(req.headers), body: body.toString(), sentAt, answeredAt: performance.now() });
            recorded.set(requestId, list);
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(answerChunks));
          });
        });
        upstream.on('error', () => {
          res.writeHead(502);
          res.end();
        });
        upstream.end(body);
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    servers.push(server);
    urls[subgraph] = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  }
  return {
    urls,
    fetchesOf: (requestId) => recorded.get(requestId) ?? [],
    async close() {
      agent.destroy();
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
    },
  };
}

/**
 * The GraphQL error codes (or messages) of an answer's body, never its data (which may hold PHI).
 */
export function errorCodes(body: string): string {
  try {
    const { errors } = JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: string } }[] };
    return errors?.length ? errors.map((error) => error.extensions?.code ?? error.message).join(', ') : 'no GraphQL errors';
  } catch {
    return 'not JSON';
  }
}

/** A user's replayable plan of one operation. */
export type Plan = RecordedFetch[][];

/** POSTs `body` to `url` over `agent`; resolves with the status and the body text. */
export function post(agent: Agent, url: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(body);
  });
}

/**
 * Replays plans the way the gateway would send them, with this request's own headers: a new
 * `x-request-id`, a gateway credential signed for it (run's `GATEWAY_SECRET`), the user's current
 * `authorization`.
 */
export function planReplayer(gatewaySecret: string) {
  const key = gatewayKey(gatewaySecret);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  return {
    /**
     * One virtual request: each step's fetches in parallel, the steps in order.
     * @throws Error when a fetch is not answered 200 without GraphQL errors.
     */
    async replay(plan: Plan, authorization: string | undefined): Promise<void> {
      const requestId = randomUUID();
      const credential = await signGatewayCredential(key, { requestId, ip: '127.0.0.1' });
      for (const step of plan) {
        await Promise.all(
          step.map(async (fetch) => {
            const headers: Record<string, string> = { ...fetch.headers, 'x-request-id': requestId, [GATEWAY_CREDENTIAL_HEADER]: credential };
            if (authorization) headers.authorization = authorization;
            const answer = await post(agent, fetch.url, headers, fetch.body);
            if (answer.status !== 200 || answer.body.includes('"errors"')) {
              throw new Error(`${fetch.subgraph} answered ${answer.status}: ${errorCodes(answer.body)}`);
            }
          }),
        );
      }
    },
    close: () => agent.destroy(),
  };
}
