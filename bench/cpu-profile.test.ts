import { describe, expect, it } from 'vitest';
import { packageOf, selfTimeByFunction, selfTimeByPackage, type CpuProfile } from './cpu-profile.js';

describe('CPU profile by package', () => {
  it('names the package a script belongs to', () => {
    expect(packageOf('file:///app/node_modules/@react-pdf/layout/lib/index.js')).toBe('@react-pdf/layout');
    expect(packageOf('file:///app/node_modules/pdfkit/js/pdfkit.js')).toBe('pdfkit');
    expect(packageOf('file:///app/node_modules/a/node_modules/fontkit/dist/index.js')).toBe('fontkit');
    expect(packageOf('file:///app/subgraphs/finance/src/modules/tax/tax.engine.ts')).toBe('@fitflow/finance');
    expect(packageOf('file:///app/packages/kit/src/scoped-db.ts')).toBe('@fitflow/kit');
    expect(packageOf('file:///app/gateway/src/server.ts')).toBe('@fitflow/gateway');
    expect(packageOf('file:///app/bench/month-end.ts')).toBe('bench');
    expect(packageOf('node:internal/process/task_queues')).toBe('node');
    expect(packageOf('wasm://wasm/000460e2')).toBe('wasm');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(packageOf('', 'runMicrotasks')).toBe('node');
  });

  it('sums each sample until the next one, and the last until the profile ends', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' } },
        { id: 2, callFrame: { functionName: 'layout', url: 'file:///app/node_modules/@react-pdf/layout/lib/index.js' } },
        { id: 3, callFrame: { functionName: 'quote', url: 'file:///app/subgraphs/finance/src/modules/tax/tax.engine.ts' } },
        { id: 4, callFrame: { functionName: '(idle)', url: '' } },
      ],
      startTime: 1_000_000,
      endTime: 1_010_000,
      samples: [2, 2, 3, 4],
      // samples at +1000, +3000, +6000, +7000 µs; the profile ends at +10000
      timeDeltas: [1000, 2000, 3000, 1000],
    };
    expect(selfTimeByPackage(profile)).toEqual([
      { name: '@react-pdf/layout', ms: 5 },
      { name: '(idle)', ms: 3 },
      { name: '@fitflow/finance', ms: 1 },
    ]);
  });

  it('counts only the samples inside the measured windows, by function', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: 'loadModules', url: 'node:internal/modules/cjs/loader' } },
        { id: 2, callFrame: { functionName: 'execute', url: 'file:///app/node_modules/graphql/execution/execute.js' } },
        { id: 3, callFrame: { functionName: '(idle)', url: '' } },
      ],
      startTime: 1_000_000,
      endTime: 1_010_000,
      // start-up at +1000 and +3000 µs, then under load at +6000 and +7000, idle at +9000
      samples: [1, 1, 2, 2, 3],
      timeDeltas: [1000, 2000, 3000, 1000, 2000],
    };
    const load = [{ startUs: 1_005_000, endUs: 1_008_000 }];
    expect(selfTimeByPackage(profile, load)).toEqual([{ name: 'graphql', ms: 3 }]);
    expect(selfTimeByFunction(profile, load)).toEqual([{ name: 'execute graphql/execution/execute.js:0', ms: 3 }]);
    expect(selfTimeByFunction(profile).map((row) => row.name)).toEqual([
      'loadModules node:internal/modules/cjs/loader:0',
      'execute graphql/execution/execute.js:0',
    ]);
  });
});
