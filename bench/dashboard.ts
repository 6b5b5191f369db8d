/**
 * Benchmark: FitFlow's production stack side by side with Hive Gateway, the plan's direct subgraph
 * fetches and a raw-SQL floor, for the dashboard question and the other hot operations
 * (bench/README.md explains every flag, row and column).
 *
 *   npm run bench                                  # embedded PostgreSQL, no Redis
 *   DATABASE_URL=postgres://… REDIS_URL=redis://… npm run bench -- --seconds 10
 *   npm run bench -- --only dashboard --setups gateway,hive --users one
 *   npm run bench -- --soak 300
 *
 * Prints a table, writes bench/results/<date>-<commit>.json; exits 1 when any request failed.
 */
import { withDatabase, type SubgraphName } from '@fitflow/kit';
import { readmeQuestion } from '@fitflow/testkit';
import { loadavg } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { preloadStatementsOnEmbedded } from './harness/database.js';
import { planReplayer, planSteps, startRecorder, type Plan } from './harness/direct.js';
import { floorOf, openFloorPool } from './harness/floor.js';
import { startHive, type HiveCredential } from './harness/hive.js';
import { httpLoad, loopLoad, type LoadResult } from './harness/load.js';
import { operations, OPEN_SLOTS_QUERY, webOperations, type Operation } from './harness/operations.js';
import { backendCpu, openPgMonitor, STATS_SETTLE_MS } from './harness/pgstats.js';
import { preparePopulation, scales } from './harness/population.js';
import { clockTicksPerSecond, ensureBuild, killAllNow, ROOT, rssMiB, sampleProcess, stopAll, stopService, type Service } from './harness/processes.js';
import { commitOf, cpuTable, overheads, resultsTable, versusHive, writeJson, type Row, type Setup } from './harness/report.js';
import { runSecrets, startProductionStack, writeBenchManifest } from './harness/stack.js';
import { benchDatabase, machine, type BenchDatabase } from './support.js';

const USAGE = `npm run bench -- [options]
  --seconds N          measured seconds per row (default 15)
  --warmup N           warm-up seconds before each row, not measured (default 3)
  --connections N      concurrent connections (default 10)
  --users MODE         distinct | one | both (default both: every operation with distinct users,
                       plus the dashboard with one user on every connection)
  --only LIST          operations: dashboard,week,openSlots,invoices,monthEnd (default all)
  --setups LIST        gateway,hive,direct,floor (default all)
  --scale N            appointments after scaling: 1e4 | 1e5 | 1e6 (bench/scale.ts)
  --trainers N         trainers to sign in as (bench/scale.ts)
  --hive-credential M  window (default) | request: how Hive Gateway signs the gateway credential
  --settle N           seconds to wait for pg_stat_database before each reading (default ${STATS_SETTLE_MS / 1000})
  --rounds N           measure every setup N times, alternating (default 1); ratios use the medians
  --first-warmup N     seconds of warm-up before a setup's first row (default 15: JIT, pools, prepared statements)
  --cpu-prof DIR       run FitFlow's services under node --cpu-prof, one <service>.cpuprofile each in DIR
  --soak N             instead: the dashboard through FitFlow's gateway for N seconds, RSS every 10 s
  --help`;

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    users: { type: 'string', default: 'both' },
    only: { type: 'string' },
    setups: { type: 'string', default: 'gateway,hive,direct,floor' },
    scale: { type: 'string' },
    trainers: { type: 'string' },
    'hive-credential': { type: 'string', default: 'window' },
    settle: { type: 'string', default: String(STATS_SETTLE_MS / 1000) },
    soak: { type: 'string' },
    'cpu-prof': { type: 'string' },
    rounds: { type: 'string', default: '1' },
    'first-warmup': { type: 'string', default: '15' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
const positive = (name: string, text: string | undefined) => {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number (${USAGE.split('\n')[0]}; --help)`);
  return value;
};
const nonNegative = (name: string, text: string) => {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number of seconds, 0 or more (--help)`);
  return value;
};
const options = {
  seconds: positive('seconds', flags.seconds),
  warmup: nonNegative('warmup', flags.warmup),
  connections: positive('connections', flags.connections),
  users: flags.users as 'distinct' | 'one' | 'both',
  only: flags.only?.split(',').map((s) => s.trim()),
  setups: flags.setups.split(',').map((s) => s.trim()) as Setup[],
  scale: flags.scale === undefined ? undefined : positive('scale', flags.scale),
  trainers: flags.trainers === undefined ? undefined : positive('trainers', flags.trainers),
  hiveCredential: flags['hive-credential'] as HiveCredential,
  settleMs: Number(flags.settle) * 1000,
  soak: flags.soak === undefined ? undefined : positive('soak', flags.soak),
  cpuProfileDir: flags['cpu-prof'] === undefined ? undefined : resolve(flags['cpu-prof']),
  rounds: positive('rounds', flags.rounds),
  firstWarmup: nonNegative('first-warmup', flags['first-warmup']),
};
// A soak measures FitFlow's own processes only.
if (options.soak) options.setups = ['gateway'];
if (!['distinct', 'one', 'both'].includes(options.users)) throw new Error('--users is distinct, one or both');
if (!['window', 'request'].includes(options.hiveCredential)) throw new Error('--hive-credential is window or request');

const secrets = runSecrets();
// The demo tenant is seeded in this process, encrypted with this run's master key (the subgraphs get the same).
process.env.NODE_ENV = 'production';
process.env.MASTER_KEYS = secrets.masterKeys.MASTER_KEYS;
process.env.ACTIVE_MASTER_KEY_ID = secrets.masterKeys.ACTIVE_MASTER_KEY_ID;
process.env.INVOICE_LINK_KEY = secrets.invoiceLinkKey;

let bench: BenchDatabase | undefined;
let manifestPath: string | undefined;
const closers: (() => Promise<unknown> | unknown)[] = [];
let cleaning: Promise<void> | undefined;
/** Stops everything this run started and drops its database (once). */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const close of closers.reverse()) await Promise.resolve(close()).catch(() => undefined);
    await stopAll();
    if (manifestPath) rmSync(manifestPath, { force: true });
    await bench?.drop().catch((error: Error) => console.error(`could not drop ${bench?.name}: ${error.message}`));
  })();
  return cleaning;
}
process.on('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the benchmark's processes and dropping its database…`);
    // Requests and polls still in flight fail as their servers stop: that is expected now.
    process.on('unhandledRejection', () => undefined);
    void cleanUp().finally(() => process.exit(130));
  });
}

/**
 * Appends one measured row's window to `<dir>/windows.json` as monotonic-clock microseconds, the clock
 * V8 CPU profiles are stamped with, so `npm run bench:profile` counts only samples taken under load.
 */
function recordProfileWindow(dir: string, row: string, start: bigint, end: bigint): void {
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, 'windows.json');
  let windows: { row: string; startUs: number; endUs: number }[] = [];
  try {
    windows = JSON.parse(readFileSync(path, 'utf8')) as typeof windows;
  } catch {
    // The first row of this run.
  }
  windows.push({ row, startUs: Number(start / 1000n), endUs: Number(end / 1000n) });
  writeFileSync(path, JSON.stringify(windows, null, 2));
}

const log = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<number> {
  const startedAt = new Date();
  // A profile directory used before: its windows belong to that run.
  if (options.cpuProfileDir) rmSync(resolve(options.cpuProfileDir, 'windows.json'), { force: true });
  const commit = commitOf(ROOT);
  const loadBefore = loadavg();
  log('compiling (tsc -b tsconfig.build.json)…');
  ensureBuild();
  const notes: string[] = [];
  if (!process.env.DATABASE_URL) notes.push(await preloadStatementsOnEmbedded());
  log('creating and seeding the bench database…');
  const scaleRequest = { appointments: options.scale, trainers: options.trainers };
  // A scaled run seeds its own tenant (bench/scale.ts): the database starts empty.
  bench = await benchDatabase('dashboard', scales(scaleRequest) ? 'never' : 'always');
  const serverUrl = withDatabase(bench.adminUrl, 'postgres');
  const population = await preparePopulation(bench.adminUrl, scaleRequest);
  const manifest = writeBenchManifest({ readme: readmeQuestion().query, openSlots: OPEN_SLOTS_QUERY });
  manifestPath = manifest.path;
  log('starting the production stack…');
  const stack = await startProductionStack({
    appUrls: bench.urls.app as Record<SubgraphName, string>,
    secrets,
    redisUrl: process.env.REDIS_URL,
    manifestPath: manifest.path,
    cpuProfileDir: options.cpuProfileDir,
  });
  closers.push(() => stack.stop());
  const all = operations(population, { readme: manifest.ids.readme, openSlots: manifest.ids.openSlots });
  const chosen = all.filter((op) => !options.only || options.only.includes(op.name));

  // Signing in: every user once, again when the token is older than 10 minutes (access tokens last 15).
  const tokens = new Map<string, { token: string; at: number }>();
  const signIn = async (email: string, password: string) => {
    const login = (await gatewayPost(stack.gatewayUrl, { documentId: persisted('LoginRouteMutation'), variables: { input: { email, password } } })) as any;
    const token = login.data?.login?.accessToken as string | undefined;
    if (!token) throw new Error(`${email} could not sign in: ${JSON.stringify(login.errors?.map((e: any) => e.extensions?.code))}`);
    tokens.set(email, { token, at: Date.now() });
  };
  const freshTokens = async (ops: Operation[]) => {
    let signedIn = false;
    for (const op of ops)
      for (const user of op.users) {
        const held = tokens.get(user.email);
        if (!held || Date.now() - held.at > 10 * 60_000) {
          await signIn(user.email, user.password);
          signedIn = true;
        }
      }
    return signedIn;
  };
  const bearer = (email: string) => `Bearer ${tokens.get(email)!.token}`;
  const measurable = chosen.filter((op): op is Operation => 'users' in op);
  await freshTokens(measurable);

  // A sample answer of every operation and user, through FitFlow's gateway: no errors, or stop here.
  for (const op of measurable)
    for (const user of op.users) {
      const answer = (await gatewayPost(stack.gatewayUrl, { documentId: op.id, variables: user.variables }, bearer(user.email))) as any;
      if (answer.errors)
        throw new Error(`${op.name} as ${user.email} answered errors: ${JSON.stringify(answer.errors.map((e: any) => e.extensions?.code ?? e.message))}`);
    }

  const hive = options.setups.includes('hive') ? await startHive(stack.subgraphUrls, secrets.gatewaySecret, options.hiveCredential) : undefined;
  if (hive) closers.push(() => stopAllOf(hive.service));

  // The plans of the direct replay, recorded once per operation and user through a second gateway.
  const plans = new Map<string, Plan>();
  if (options.setups.includes('direct')) {
    log('recording the query plans’ subgraph fetches…');
    const recorder = await startRecorder(stack.subgraphUrls);
    const recording = await stack.extraGateway('recording-gateway', recorder.urls as Record<SubgraphName, string>);
    for (const op of measurable)
      for (const user of op.users) {
        const response = await fetch(recording.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: bearer(user.email) },
          body: JSON.stringify({ documentId: op.id, variables: user.variables }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${op.name} as ${user.email} through the recording gateway answered errors`);
        const steps = planSteps(recorder.fetchesOf(response.headers.get('x-request-id') ?? ''));
        plans.set(`${op.name} ${user.email}`, steps);
        // Subgraph and query text of each fetch (no variables: they may hold PHI), to write floors against.
        if (process.env.BENCH_SHOW_PLANS)
          console.log(
            `${op.name} as ${user.email}:\n${steps.map((step, i) => step.map((f) => `  step ${i + 1} ${f.subgraph}: ${JSON.parse(f.body).query}`).join('\n')).join('\n')}`,
          );
      }
    await stopAllOf(recording.service);
    await recorder.close();
  }
  const replayer = planReplayer(secrets.gatewaySecret);
  closers.push(() => replayer.close());
  const floorPool = options.setups.includes('floor') ? openFloorPool(bench.adminUrl, options.connections) : undefined;
  if (floorPool) closers.push(() => floorPool.end());

  const monitor = await openPgMonitor(serverUrl, bench.name);
  closers.push(() => monitor.close());
  if (monitor.statementsUnavailable) notes.push(`statements: n/a — ${monitor.statementsUnavailable}`);

  const processes: Record<string, Service> = { gateway: stack.gateway, ...stack.subgraphs, ...(hive ? { hive: hive.service } : {}) };
  const ticks = clockTicksPerSecond();

  if (options.soak) {
    const dashboard = measurable.find((op) => op.name === 'dashboard');
    if (!dashboard) throw new Error('--soak runs the dashboard operation: leave it in --only');
    return soak(stack.gatewayUrl, dashboard, processes, bearer, startedAt, commit, loadBefore, notes);
  }

  const rows: Row[] = [];
  for (const op of all) if (!('users' in op) && (!options.only || options.only.includes(op.name))) rows.push(skippedRow(op.name, 'all', op.skipped));
  await sleep(options.settleMs);
  let transactions = await monitor.transactions();
  let statements = await monitor.statements();

  const warmed = new Set<Setup>();
  for (const op of measurable) {
    const modes: ('distinct' | 'one')[] = options.users === 'both' ? (op.name === 'dashboard' ? ['distinct', 'one'] : ['distinct']) : [options.users];
    for (const mode of modes) {
      const users = mode === 'one' ? op.users.slice(0, 1) : op.users;
      const connections = op.roundsPerUser ? users.length : options.connections;
      const amount = op.roundsPerUser ? op.roundsPerUser * users.length : undefined;
      // Connection i sends as user i mod n: with fewer connections than users, only the first ones send.
      const sending = Math.min(users.length, connections);
      const who = `${sending} user${sending > 1 ? 's' : ''} / ${connections} conn`;
      const userOf = (connection: number) => users[connection % users.length];
      // Rounds alternate the setups (gateway, hive, gateway, hive…), so drift in the machine's state affects each alike.
      for (const setup of Array.from({ length: options.rounds }, () => options.setups).flat()) {
        if (await freshTokens([op])) {
          await sleep(options.settleMs);
          transactions = await monitor.transactions();
          statements = await monitor.statements();
        }
        let run: ((seconds: number, amount?: number) => Promise<LoadResult & { firstError?: string }>) | undefined;
        let skipped: string | undefined;
        if (setup === 'gateway')
          run = (seconds, amount) =>
            httpLoad({
              url: stack.gatewayUrl,
              connections,
              seconds,
              amount,
              requestOf: (c) => ({
                headers: { authorization: bearer(userOf(c).email) },
                body: JSON.stringify({ documentId: op.id, variables: userOf(c).variables }),
              }),
            });
        else if (setup === 'hive') {
          if (hive)
            run = (seconds, amount) =>
              httpLoad({
                url: hive.url,
                connections,
                seconds,
                amount,
                requestOf: (c) => ({
                  headers: { authorization: bearer(userOf(c).email) },
                  body: JSON.stringify({ query: op.text, variables: userOf(c).variables }),
                }),
              });
          else skipped = 'Hive Gateway not started';
        } else if (setup === 'direct') {
          if (users.every((user) => plans.has(`${op.name} ${user.email}`)))
            run = (seconds, amount) =>
              loopLoad({ connections, seconds, amount, task: (c) => replayer.replay(plans.get(`${op.name} ${userOf(c).email}`)!, bearer(userOf(c).email)) });
          else skipped = 'no recorded plan';
        } else if (setup === 'floor') {
          const floor = floorPool ? floorOf(op.name) : undefined;
          if (floor) run = (seconds, amount) => loopLoad({ connections, seconds, amount, task: (c) => floor(floorPool!, op, userOf(c)) });
          else skipped = floorPool ? 'no SQL floor for this operation (a write)' : 'floor not asked for';
        }
        if (!run) {
          rows.push(skippedRow(op.name, setup, skipped ?? 'unknown setup', who));
          continue;
        }
        log(`${op.name} · ${setup} · ${who}…`);
        // A setup's first row also warms what it runs on (V8's JIT, connection pools, each connection's
        // prepared statements); without it the first setup measured is handicapped against the next.
        const warmup = warmed.has(setup) ? options.warmup : Math.max(options.warmup, options.firstWarmup);
        warmed.add(setup);
        const warm = warmup > 0 ? await run(warmup, amount && users.length) : undefined;
        const cpuBefore = Object.fromEntries(Object.entries(processes).map(([name, service]) => [name, sampleProcess(service.child.pid!)?.cpuTicks ?? 0]));
        const selfBefore = process.cpuUsage();
        const pgCpu = backendCpu(monitor);
        const windowStart = process.hrtime.bigint();
        const result = await run(options.seconds, amount);
        if (options.cpuProfileDir) recordProfileWindow(options.cpuProfileDir, `${op.name} ${setup} ${mode}`, windowStart, process.hrtime.bigint());
        const pgTicks = await pgCpu.stop();
        const self = process.cpuUsage(selfBefore);
        const cpuSeconds: Record<string, number> = {};
        for (const [name, service] of Object.entries(processes))
          cpuSeconds[name] = ((sampleProcess(service.child.pid!)?.cpuTicks ?? 0) - cpuBefore[name]) / ticks;
        cpuSeconds.postgres = pgTicks.ticks / ticks;
        cpuSeconds['bench (load)'] = (self.user + self.system) / 1e6;
        await sleep(options.settleMs);
        const nowTransactions = await monitor.transactions();
        const nowStatements = await monitor.statements();
        const requests = result.sent + (warm?.sent ?? 0);
        rows.push({
          operation: op.name,
          setup,
          users: who,
          connections,
          load: result,
          transactionsPerRequest: (nowTransactions - transactions) / requests,
          statementsPerRequest: nowStatements === null || statements === null ? null : (nowStatements - statements) / requests,
          cpuSeconds,
          ...(result.firstError ? { note: `first error: ${result.firstError}` } : {}),
        });
        transactions = nowTransactions;
        statements = nowStatements;
      }
    }
  }

  const rss = Object.fromEntries(Object.entries(processes).map(([name, service]) => [name, rssMiB(service.child.pid!)]));
  const loadAfter = loadavg();
  const failed = rows.filter((row) => row.load && (row.load.requests === 0 || row.load.errors + row.load.non2xx + row.load.graphqlErrors > 0));
  const fewer = measurable.filter((op) => op.users.length < options.connections && !op.roundsPerUser);
  for (const op of fewer)
    notes.push(`${op.name}: ${op.users.length} distinct users over ${options.connections} connections (connection i sends as user i mod ${op.users.length})`);
  if (options.setups.includes('hive'))
    notes.push(
      `Hive Gateway's credential: ${options.hiveCredential === 'window' ? 'one per 30 s window (its in-flight deduplication keys on headers)' : 'one per request'}`,
    );

  console.log(`\nmachine: ${machine()}`);
  console.log(
    `commit ${commit}, ${startedAt.toISOString()}, data: ${population.description}, ${options.seconds} s per row after ${options.warmup} s warm-up (${options.firstWarmup} s before a setup's first), ${options.rounds} round${options.rounds > 1 ? 's' : ''}`,
  );
  console.log(`load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}\n`);
  console.log(resultsTable(rows));
  console.log('\nCPU seconds per process in each measured window:\n');
  console.log(cpuTable(rows));
  console.log(`\ngateway overhead (gateway p50 / direct p50${options.rounds > 1 ? ', medians' : ''}):`);
  for (const { operation, users, ratio } of overheads(rows)) console.log(`  ${operation} (${users}): ${ratio.toFixed(2)}×`);
  console.log(`\nFitFlow's gateway / Hive Gateway (req/s${options.rounds > 1 ? ', medians; each round' : ''}):`);
  for (const { operation, users, gateway, hive, ratio, rounds } of versusHive(rows))
    console.log(
      `  ${operation} (${users}): ${gateway.toFixed(1)} / ${hive.toFixed(1)} = ${ratio.toFixed(2)}×${rounds.length > 1 ? ` (${rounds.map((r) => `${r.toFixed(2)}×`).join(', ')})` : ''}`,
    );
  console.log(
    `\nRSS at the end (MiB): ${Object.entries(rss)
      .map(([name, mib]) => `${name} ${mib?.toFixed(0) ?? 'gone'}`)
      .join(', ')}`,
  );
  for (const note of notes) console.log(`note: ${note}`);
  for (const row of rows) if (row.note) console.log(`note: ${row.operation} · ${row.setup}: ${row.note}`);
  const path = writeJson(resolve(ROOT, 'bench/results'), startedAt, commit, {
    machine: machine(),
    loadAverage: { before: loadBefore, after: loadAfter },
    commit,
    date: startedAt.toISOString(),
    database: process.env.DATABASE_URL ? 'DATABASE_URL server' : 'embedded PostgreSQL',
    redis: process.env.REDIS_URL ? 'REDIS_URL' : 'none',
    data: population.description,
    options,
    operations: measurable.map((op) => ({ name: op.name, title: op.title, users: op.users.length })),
    rows,
    overheads: overheads(rows),
    versusHive: versusHive(rows),
    rssMiB: rss,
    notes,
  });
  console.log(`\nwritten: ${path}`);
  if (failed.length) {
    console.error(
      `\nFAILED: requests failed (or none was answered) in ${failed.map((row) => `${row.operation} · ${row.setup}`).join(', ')} — the numbers of those rows are not comparable.`,
    );
    return 1;
  }
  return 0;
}

/** The dashboard through FitFlow's gateway for `--soak` seconds, RSS of the gateway and each subgraph every 10 s. */
async function soak(
  url: string,
  op: Operation,
  processes: Record<string, Service>,
  bearer: (email: string) => string,
  startedAt: Date,
  commit: string,
  loadBefore: number[],
  notes: string[],
): Promise<number> {
  const seconds = options.soak!;
  const watched = Object.entries(processes).filter(([name]) => name !== 'hive');
  const samples: { second: number; rss: Record<string, number | null> }[] = [];
  const sample = (second: number) => samples.push({ second, rss: Object.fromEntries(watched.map(([name, s]) => [name, rssMiB(s.child.pid!)])) });
  sample(0);
  const begun = Date.now();
  const timer = setInterval(() => sample(Math.round((Date.now() - begun) / 1000)), 10_000);
  log(`soak: the dashboard for ${seconds} s…`);
  const result = await httpLoad({
    url,
    connections: options.connections,
    seconds,
    requestOf: (c) => {
      const user = op.users[c % op.users.length];
      return { headers: { authorization: bearer(user.email) }, body: JSON.stringify({ documentId: op.id, variables: user.variables }) };
    },
  });
  clearInterval(timer);
  if (samples.at(-1)!.second < seconds) sample(seconds);
  const minuteOne = samples.find((s) => s.second >= 60) ?? samples[0];
  const last = samples.at(-1)!;
  console.log(
    `\nmachine: ${machine()}; load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `soak: ${result.requests} requests, ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors + result.non2xx + result.graphqlErrors}`,
  );
  console.log(`RSS MiB        ${watched.map(([name]) => name.padStart(12)).join('')}`);
  for (const s of samples)
    console.log(`  ${String(s.second).padStart(5)} s     ${watched.map(([name]) => (s.rss[name]?.toFixed(0) ?? '-').padStart(12)).join('')}`);
  console.log(
    `minute 1 (${minuteOne.second} s) → end (${last.second} s): ${watched.map(([name]) => `${name} ${minuteOne.rss[name]?.toFixed(0)} → ${last.rss[name]?.toFixed(0)}`).join(', ')} (target: < 250 MB, no growth)`,
  );
  for (const note of notes) console.log(`note: ${note}`);
  const path = writeJson(resolve(ROOT, 'bench/results'), startedAt, `${commit}-soak`, {
    machine: machine(),
    loadAverage: { before: loadBefore, after: loadavg() },
    commit,
    date: startedAt.toISOString(),
    options,
    soak: { load: result, samples },
    notes,
  });
  console.log(`\nwritten: ${path}`);
  return result.errors + result.non2xx + result.graphqlErrors ? 1 : 0;
}

const skippedRow = (operation: string, setup: Setup | 'all', reason: string, users = ''): Row => ({
  operation,
  setup: setup as Setup,
  users,
  connections: 0,
  load: null,
  skipped: reason,
  transactionsPerRequest: null,
  statementsPerRequest: null,
  cpuSeconds: {},
});

const stopAllOf = (service: Service) => stopService(service);

let webIds: ReturnType<typeof webOperations> | undefined;
/** The persisted id of the web app's operation `name`. */
function persisted(name: string): string {
  webIds ??= webOperations();
  const entry = webIds.get(name);
  if (!entry) throw new Error(`the web app has no persisted operation ${name}`);
  return entry.id;
}

async function gatewayPost(url: string, body: unknown, authorization?: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  return response.json();
}

const code = await main().catch((error: Error) => {
  console.error(`\nbenchmark failed: ${error.stack ?? error.message}`);
  return 1;
});
await cleanUp();
process.exit(code);
