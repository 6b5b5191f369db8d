/**
 * The benchmark's own child processes: the compiled production stack (five subgraphs and FitFlow's
 * gateway, as packages/stack/src/production.int.test.ts starts them) and Hive Gateway, each started
 * here, watched through /proc (CPU seconds, RSS) and killed by PID when the benchmark ends — never by
 * name, so other processes on the machine are left alone.
 */
import { IMAGE_ENV } from '@fitflow/stack';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The repository root (bench/harness/../..). */
export const ROOT = resolve(import.meta.dirname, '../..');
/** How compiled workspaces run: `@fitflow/*` resolve to their `dist/` (docs/deployment.md). */
export const DIST_NODE_ARGS = ['--conditions=fitflow-dist'];

/** `tsc -b tsconfig.build.json`: compiles what is out of date (npm run build without the web app, which the bench does not serve). */
export function ensureBuild(): void {
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

export interface Service {
  name: string;
  port: number;
  child: ChildProcess;
  /** The last 64 KiB of its stdout and stderr (shown when it fails). */
  output(): string;
  exited: Promise<void>;
}

const started = new Set<Service>();

/**
 * Starts `node <nodeArgs> <entry>` from the repository root with only `env` (plus PATH): nothing of
 * the benchmark's own environment leaks in, as a container is given only its settings.
 */
export function startService(name: string, nodeArgs: string[], entry: string, port: number, env: Record<string, string>): Service {
  const child = spawn(process.execPath, [...nodeArgs, resolve(ROOT, entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...IMAGE_ENV, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((done) => child.once('close', () => done()));
  const service: Service = { name, port, child, output: () => output, exited };
  started.add(service);
  void exited.then(() => started.delete(service));
  return service;
}

/**
 * Polls `GET http://127.0.0.1:<port><path>` every 250 ms until it answers 200.
 * @throws when the process ends first or `timeoutMs` passes, with its output.
 */
export async function waitUntilReady(service: Service, path = '/ready', timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} ended (${service.child.exitCode}):\n${service.output()}`);
    const status = await fetch(`http://127.0.0.1:${service.port}${path}`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(250);
  }
  throw new Error(`${service.name} was not ready within ${timeoutMs} ms:\n${service.output()}`);
}

/** SIGTERM, then SIGKILL after `graceMs`, to one service this module started. */
export async function stopService(service: Service, graceMs = 5_000): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
  await service.exited;
  clearTimeout(timer);
}

/** Stops every service still running that this module started. */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((service) => stopService(service)));
}

/** SIGKILL to every service still running (synchronous: for `process.on('exit')`). */
export function killAllNow(): void {
  for (const service of started) if (service.child.exitCode === null) service.child.kill('SIGKILL');
}

/** What /proc/<pid>/stat says about a process's CPU time and memory. */
export interface ProcSample {
  /** User plus system CPU time, in clock ticks (`CLK_TCK`, see {@link clockTicksPerSecond}). */
  cpuTicks: number;
  /** Resident set size, in pages ({@link pageSize} bytes each). */
  rssPages: number;
}

/**
 * Parses the text of /proc/<pid>/stat (proc(5)): `utime` (field 14) plus `stime` (field 15), and
 * `rss` (field 24). The command name (field 2) is in parentheses and may itself hold spaces and
 * parentheses, so fields are counted after its last `)`.
 * @throws Error when the text is not a stat line.
 */
export function parseProcStat(text: string): ProcSample {
  const close = text.lastIndexOf(')');
  if (close < 0) throw new Error('not a /proc/<pid>/stat line');
  // Fields from the 3rd (state) on.
  const fields = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const field = (n: number) => Number(fields[n - 3]);
  const utime = field(14);
  const stime = field(15);
  const rss = field(24);
  if (![utime, stime, rss].every(Number.isFinite)) throw new Error('not a /proc/<pid>/stat line');
  return { cpuTicks: utime + stime, rssPages: rss };
}

/** One process's sample, or null when it is gone or unreadable. */
export function sampleProcess(pid: number): ProcSample | null {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

let ticks: number | undefined;
/** `getconf CLK_TCK` (100 on Linux nearly always). */
export function clockTicksPerSecond(): number {
  ticks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  return ticks;
}

let page: number | undefined;
/** `getconf PAGESIZE`, in bytes. */
export function pageSize(): number {
  page ??= Number(execFileSync('getconf', ['PAGESIZE']).toString().trim()) || 4096;
  return page;
}

/** Resident set size of `pid` in MiB, or null when it is gone. */
export function rssMiB(pid: number): number | null {
  const sample = sampleProcess(pid);
  return sample ? (sample.rssPages * pageSize()) / 2 ** 20 : null;
}
