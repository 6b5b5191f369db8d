import { describe, expect, it } from 'vitest';
import { parseProcStat, sampleProcess } from './processes.js';

describe('/proc/<pid>/stat', () => {
  it('reads utime + stime and rss after the command name, even one with spaces and parentheses', () => {
    const line =
      '4242 (node (worker) 1) S 1 4242 4242 0 -1 4194560 5121 0 0 0 1234 56 0 0 20 0 11 0 98765 1099511627776 25600 18446744073709551615 1 1 0 0 0 0 0 16781312 17922 0 0 0 17 1 0 0 0 0 0';
    expect(parseProcStat(line)).toEqual({ cpuTicks: 1290, rssPages: 25600 });
  });

  it('refuses text that is not a stat line', () => {
    expect(() => parseProcStat('hello')).toThrow('not a /proc/<pid>/stat line');
    expect(() => parseProcStat('1 (x) S 1')).toThrow('not a /proc/<pid>/stat line');
  });

  it('samples a live process, and nothing for one that is gone', () => {
    const sample = sampleProcess(process.pid);
    expect(sample?.rssPages).toBeGreaterThan(0);
    expect(sampleProcess(2 ** 22 + 1)).toBeNull();
  });
});
