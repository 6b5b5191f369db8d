import { SUBGRAPHS } from '@fitflow/kit';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './compose.js';
import { IMAGE_ENV } from './production-env.js';

/**
 * The deployment files, checked without a Docker engine: docker-compose.yml parses, names only
 * services, networks and volumes it declares, runs only commands the Dockerfile's image provides,
 * publishes only the gateway, and hands no serving process an owner or superuser credential.
 */

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  ports?: string[];
  networks?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  networks: Record<string, { internal?: boolean }>;
  volumes: Record<string, unknown>;
}

const compose = parse(readFileSync(resolve(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
const dockerfile = readFileSync(resolve(ROOT, 'Dockerfile'), 'utf8');
const buildConfig = JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.build.json'), 'utf8')) as { references: { path: string }[] };

const IMAGE = 'fitflow:latest';
const fitflowServices = Object.entries(compose.services).filter(([, s]) => s.image === IMAGE);
const servingServices = fitflowServices.filter(([name]) => name !== 'migrate');

/** The Dockerfile's stages: `FROM … AS name` and the instructions under it. */
const stages = dockerfile
  .split(/^FROM /m)
  .slice(1)
  .map((text) => ({ name: /^\S+ AS (\S+)/.exec(text)?.[1], text }));
const runtime = stages.at(-1)!;

/**
 * Why `argv` (an exec-form command) is not one the image provides, or null: it must be
 * `node --conditions=fitflow-dist <workspace>/dist/<file>.js`, where the runtime stage copies
 * `<workspace>/dist` from the build stage and the build compiles `<workspace>/src/<file>.ts` there
 * (the workspace's tsconfig.build.json: rootDir src, outDir dist, listed in tsconfig.build.json).
 */
function problemWithCommand(argv: readonly string[]): string | null {
  if (argv.length !== 3 || argv[0] !== 'node' || argv[1] !== '--conditions=fitflow-dist')
    return `not "node --conditions=fitflow-dist <entry>": ${argv.join(' ')}`;
  const match = /^((?:packages|subgraphs)\/[\w-]+|gateway)\/dist\/([\w/-]+)\.js$/.exec(argv[2]);
  if (!match) return `${argv[2]} is not a compiled entry (<workspace>/dist/<file>.js)`;
  const [, workspace, file] = match;
  if (!new RegExp(`^COPY --from=build /app/${workspace}/dist ${workspace}/dist$`, 'm').test(runtime.text)) return `the image has no ${workspace}/dist`;
  if (!existsSync(resolve(ROOT, workspace, 'src', `${file}.ts`))) return `no source ${workspace}/src/${file}.ts`;
  const configPath = resolve(ROOT, workspace, 'tsconfig.build.json');
  if (!existsSync(configPath)) return `${workspace} is not built (no tsconfig.build.json)`;
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { compilerOptions: { rootDir?: string; outDir?: string } };
  if (config.compilerOptions.rootDir !== 'src' || config.compilerOptions.outDir !== 'dist') return `${workspace} does not compile src/ to dist/`;
  if (!buildConfig.references.some((r) => r.path === `${workspace}/tsconfig.build.json`)) return `npm run build does not build ${workspace}`;
  return null;
}

describe('docker-compose.yml', () => {
  it('names only services, networks and volumes it declares', () => {
    const problems: string[] = [];
    for (const [name, service] of Object.entries(compose.services)) {
      for (const dependency of Object.keys(service.depends_on ?? {}))
        if (!compose.services[dependency]) problems.push(`${name} depends on unknown ${dependency}`);
      for (const network of service.networks ?? []) if (!compose.networks[network]) problems.push(`${name} joins unknown network ${network}`);
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0];
        if (!source.startsWith('.') && !source.startsWith('/') && !(source in compose.volumes)) problems.push(`${name} mounts unknown volume ${source}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('runs the migrate step, five subgraphs and the gateway from the one image, each with a command the image provides', () => {
    expect(fitflowServices.map(([name]) => name).sort()).toEqual(['gateway', 'migrate', ...SUBGRAPHS].sort());
    const problems = fitflowServices.flatMap(([name, service]) => {
      const problem = problemWithCommand(service.command ?? []);
      return problem ? [`${name}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
    expect(compose.services.migrate.command?.[2]).toBe('packages/stack/dist/migrate.js');
    for (const name of SUBGRAPHS) expect(compose.services[name].command?.[2]).toBe(`subgraphs/${name}/dist/index.js`);
    expect(compose.services.gateway.command?.[2]).toBe('gateway/dist/index.js');
  });

  it('starts every serving service after the migrate step has completed, and checks it on /ready', () => {
    for (const [name, service] of servingServices) {
      const after = name === 'gateway' ? service.depends_on?.identity : service.depends_on?.migrate;
      expect({ name, condition: after?.condition }).toEqual({ name, condition: name === 'gateway' ? 'service_healthy' : 'service_completed_successfully' });
      expect({ name, ready: service.healthcheck?.test.join(' ') }).toEqual({ name, ready: expect.stringContaining(`/ready'`) });
      expect(service.environment?.NODE_ENV).toBe('production');
    }
    for (const name of SUBGRAPHS) expect(compose.services.gateway.depends_on?.[name]?.condition).toBe('service_healthy');
  });

  it('publishes only the gateway: the subgraphs, PostgreSQL and Redis are on the internal network alone', () => {
    const published = Object.entries(compose.services).filter(([, s]) => s.ports?.length);
    expect(published.map(([name]) => name)).toEqual(['gateway']);
    for (const [name, service] of Object.entries(compose.services)) {
      if (name === 'gateway') continue;
      expect({ name, networks: service.networks?.map((n) => (compose.networks[n]?.internal ? 'internal' : n)) }).toEqual({ name, networks: ['internal'] });
    }
  });

  it('hands a serving service only its runtime role: no owner, migration or superuser credential', () => {
    const problems: string[] = [];
    for (const [name, service] of servingServices) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/MIGRATION|OWNER|POSTGRES_PASSWORD/.test(key) || /OWNER_PASSWORD|POSTGRES_PASSWORD/.test(String(value))) problems.push(`${name}: ${key}`);
      }
      const url = service.environment?.DATABASE_URL;
      if (name === 'gateway') {
        if (url) problems.push('gateway: DATABASE_URL');
      } else if (!url?.startsWith(`postgres://fitflow_${name}_app:`)) {
        problems.push(`${name}: DATABASE_URL is not fitflow_${name}_app`);
      }
    }
    expect(problems).toEqual([]);
    // The migrate step alone connects as the superuser (and sets the owners' passwords).
    expect(compose.services.migrate.environment?.DATABASE_URL).toMatch(/^postgres:\/\/postgres:/);
    for (const name of SUBGRAPHS) expect(compose.services.migrate.environment?.[`${name.toUpperCase()}_DB_OWNER_PASSWORD`]).toBeDefined();
  });

  it('has no default for any secret', () => {
    const secrets = /SECRET|PASSWORD|MASTER_KEYS|PRIVATE_JWK|LINK_KEY/;
    const problems: string[] = [];
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (secrets.test(key) && !/^\$\{[A-Z_]+(:\?[^}]*)?\}$/.test(String(value))) problems.push(`${name}: ${key}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('Dockerfile', () => {
  it('builds in one stage and runs, as a non-root user, from a second with production dependencies only', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    expect(stages[0].text).toMatch(/^RUN npm ci\b/m);
    expect(stages[0].text).toMatch(/^RUN npm run build$/m);
    expect(runtime.text).toMatch(/^RUN npm ci --omit=dev\b/m);
    // Every variable of the image's environment, as the bench and the production test start the services.
    for (const [name, value] of Object.entries(IMAGE_ENV)) expect(runtime.text).toMatch(new RegExp(`^ENV ${name}=${value}$`, 'm'));
    expect(runtime.text).not.toMatch(/^COPY (?!--from=build)/m);
    const user = /^USER (\S+)$/m.exec(runtime.text)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
  });

  it('starts the gateway by default, compiled', () => {
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(runtime.text)![1]) as string[];
    expect(problemWithCommand(cmd)).toBeNull();
    expect(cmd[2]).toBe('gateway/dist/index.js');
  });

  it('carries what the services read at run time, and the build context leaves out local data and secrets', () => {
    for (const file of ['schema/supergraph.graphql', 'web/src/__generated__/persisted-documents.json', 'web/dist']) {
      expect(runtime.text).toContain(`COPY --from=build /app/${file} ${file}`);
    }
    const ignored = readFileSync(resolve(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules', '.data', '.git', '.env']) expect(ignored).toContain(entry);
  });

  it('a wrong command is caught', () => {
    expect(problemWithCommand(['npx', 'tsx', 'gateway/src/index.ts'])).toMatch(/not "node --conditions/);
    expect(problemWithCommand(['node', '--conditions=fitflow-dist', 'subgraphs/nowhere/dist/index.js'])).toMatch(/no subgraphs\/nowhere\/dist/);
    expect(problemWithCommand(['node', '--conditions=fitflow-dist', 'gateway/dist/missing.js'])).toMatch(/no source gateway\/src\/missing.ts/);
  });
});
