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

/** Self time by package, milliseconds, largest first (only packages with samples). */
export function selfTimeByPackage(profile: CpuProfile): { name: string; ms: number }[] {
  const packageOfNode = new Map(profile.nodes.map((node) => [node.id, packageOf(node.callFrame.url, node.callFrame.functionName)]));
  const micros = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the interval until the next one (the last one's: until the profile ends).
  const lastSampleAt = profile.startTime + deltas.reduce((sum, delta) => sum + delta, 0);
  samples.forEach((id, i) => {
    const until = i + 1 < deltas.length ? deltas[i + 1] : Math.max(0, profile.endTime - lastSampleAt);
    const name = packageOfNode.get(id) ?? 'other';
    micros.set(name, (micros.get(name) ?? 0) + until);
  });
  return [...micros]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .filter((row) => row.ms > 0)
    .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name));
}
