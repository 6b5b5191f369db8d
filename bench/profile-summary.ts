/**
 * `npm run bench:profile -- <dir>`: where each service's CPU went in the V8 CPU profiles that
 * `npm run bench -- --cpu-prof <dir>` wrote, one `<service>.cpuprofile` per service. Prints, per
 * profile, self time by package and the functions with the most self time (milliseconds over the
 * measured rows only: the bench writes their windows to `<dir>/windows.json`; without it, the whole
 * life of each process, start-up included).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { selfTimeByFunction, selfTimeByPackage, type CpuProfile, type ProfileWindow } from './cpu-profile.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run bench:profile -- <dir of .cpuprofile files> [top functions, default 25]');
  process.exit(2);
}
const top = Number(process.argv[3] ?? 25);
const files = readdirSync(resolve(dir)).filter((file) => file.endsWith('.cpuprofile'));
if (files.length === 0) {
  console.error(`no .cpuprofile files in ${dir}`);
  process.exit(1);
}
const windowsPath = join(resolve(dir), 'windows.json');
const windows = existsSync(windowsPath) ? (JSON.parse(readFileSync(windowsPath, 'utf8')) as ProfileWindow[]) : undefined;
const windowSeconds = windows ? windows.reduce((sum, w) => sum + (w.endUs - w.startUs), 0) / 1e6 : undefined;
for (const file of files.sort()) {
  const profile = JSON.parse(readFileSync(join(resolve(dir), file), 'utf8')) as CpuProfile;
  const packages = selfTimeByPackage(profile, windows);
  const busy = packages.filter((row) => row.name !== '(idle)').reduce((sum, row) => sum + row.ms, 0);
  const span = windowSeconds ?? (profile.endTime - profile.startTime) / 1e6;
  console.log(`\n## ${basename(file, '.cpuprofile')}: ${(busy / 1000).toFixed(1)} s busy of ${span.toFixed(1)} s${windows ? ' measured' : ''}`);
  for (const row of packages.filter((r) => r.name !== '(idle)').slice(0, 15)) console.log(`  ${((100 * row.ms) / busy).toFixed(1).padStart(5)} %  ${row.name}`);
  console.log('  top functions (self):');
  for (const row of selfTimeByFunction(profile, windows).slice(0, top)) console.log(`  ${((100 * row.ms) / busy).toFixed(1).padStart(5)} %  ${row.name}`);
}
