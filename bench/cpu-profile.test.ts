import { describe, expect, it } from 'vitest';
import { packageOf, selfTimeByPackage, type CpuProfile } from './cpu-profile.js';

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
});
