/**
 * Where a benchmark's CPU time goes: a V8 CPU profile (`node --cpu-prof`, or `node:inspector`'s
 * `Profiler`, as bench/month-end.ts takes one) summed by the package each sampled function belongs to.
 */

/** The part of a V8 `.cpuprofile` this summary reads (the Chrome DevTools protocol's `Profiler.Profile`). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  startTime: number;
  endTime: number;
  /** The node sampled, one per sample. */
  samples?: number[];
  /** Microseconds since the previous sample (the first: since `startTime`), one per sample. */
  timeDeltas?: number[];
}

/**
 * The package a function's script belongs to: `@scope/name` or `name` after the last `node_modules/`;
 * `@fitflow/<dir>` for the repository's own `packages/`, `subgraphs/` and `gateway/`; `node` for
 * Node's own scripts (`node:…`, or no path with a function name); `wasm` for WebAssembly (which
 * module, a profile does not say); V8's pseudo-frames as themselves (`(garbage collector)`, `(idle)`,
 * `(program)`); anything else `other`.
 */
export function packageOf(url: string, functionName = ''): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'node';
  if (url.startsWith('node:')) return 'node';
  if (url.startsWith('wasm://')) return 'wasm';
  const path = decodeURI(url.replace(/^file:\/\//, ''));
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = path.slice(modules + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const own = /\/(packages|subgraphs)\/([^/]+)\/|\/(gateway)\//.exec(path);
  if (own) return `@fitflow/${own[2] ?? own[3]}`;
  if (/\/bench\//.test(path)) return 'bench';
  return 'other';
}

/** A stretch of the monotonic clock, microseconds (the clock of `startTime` and `process.hrtime`). */
export interface ProfileWindow {
  startUs: number;
  endUs: number;
}

/** Each sample's node id, time (µs, monotonic) and duration (µs, until the next sample). */
function timedSamples(profile: CpuProfile): { id: number; at: number; us: number }[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const lastSampleAt = profile.startTime + deltas.reduce((sum, delta) => sum + delta, 0);
  let at = profile.startTime;
  return samples.map((id, i) => {
    at += deltas[i] ?? 0;
    // A sample's time is the interval until the next one (the last one's: until the profile ends).
    const us = i + 1 < deltas.length ? deltas[i + 1] : Math.max(0, profile.endTime - lastSampleAt);
    return { id, at, us };
  });
}

const within = (windows: ProfileWindow[] | undefined, at: number) => !windows || windows.some((w) => at >= w.startUs && at <= w.endUs);

/** Self time (µs) per key of the sampled node (`keyOf` of its call frame), only inside `windows` when given. */
function selfTimeBy(profile: CpuProfile, keyOf: (node: CpuProfile['nodes'][number]) => string, windows?: ProfileWindow[]): Map<string, number> {
  const keyOfNode = new Map(profile.nodes.map((node) => [node.id, keyOf(node)]));
  const micros = new Map<string, number>();
  for (const { id, at, us } of timedSamples(profile)) {
    if (!within(windows, at)) continue;
    const key = keyOfNode.get(id) ?? 'other';
    micros.set(key, (micros.get(key) ?? 0) + us);
  }
  return micros;
}

/** Rows of milliseconds, largest first (then by name). */
const largestFirst = (micros: Map<string, number>) =>
  [...micros].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name));

/**
 * Self time by package, milliseconds, largest first (only packages with samples); with `windows`,
 * only samples taken inside one of them.
 */
export function selfTimeByPackage(profile: CpuProfile, windows?: ProfileWindow[]): { name: string; ms: number }[] {
  const micros = selfTimeBy(profile, (node) => packageOf(node.callFrame.url, node.callFrame.functionName), windows);
  return largestFirst(micros).filter((row) => row.ms > 0);
}

/**
 * Self time by function, milliseconds, largest first: `name file:line`, idle excluded, with
 * `windows` only samples inside one of them. The same function reached by different call paths is summed.
 */
export function selfTimeByFunction(profile: CpuProfile, windows?: ProfileWindow[]): { name: string; ms: number }[] {
  const micros = selfTimeBy(
    profile,
    (node) => {
      const { functionName, url } = node.callFrame;
      const file = url ? url.replace(/^.*\/node_modules\//, '').replace(/^.*\/(packages|subgraphs|gateway)\//, '$1/') : '';
      const line = (node.callFrame as { lineNumber?: number }).lineNumber;
      return `${functionName || '(anonymous)'}${file ? ` ${file}:${(line ?? -1) + 1}` : ''}`;
    },
    windows,
  );
  return largestFirst(micros).filter((row) => !row.name.startsWith('(idle)'));
}
