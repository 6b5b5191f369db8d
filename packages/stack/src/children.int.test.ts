import { describe, expect, it } from 'vitest';
import { describeExit, OutputTail, spawnChild } from './children.js';

describe("a child process's output tail", () => {
  it('keeps the last lines across chunks, per stream, and drops older ones', () => {
    const tail = new OutputTail(3);
    tail.push('one\ntw');
    tail.push('oops\n', 'stderr');
    tail.push('o\nthree\nfour\nfi');
    expect(tail.last()).toEqual(['three', 'four', 'fi']);
    tail.push('ve\r\n');
    expect(tail.last()).toEqual(['three', 'four', 'five']);
  });

  it('names the process that ended, how, and quotes what it last wrote', async () => {
    const child = spawnChild('finance', ['-e', 'console.log("listening"); console.error("boom: cannot connect"); process.exit(3)'], {
      cwd: process.cwd(),
      env: process.env,
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.process.once('close', (c, s) => done([c, s])));
    expect(describeExit(child, code, signal)).toBe(
      `\nfinance (pid ${child.process.pid}) exited with code 3. Its last 2 lines of output:\n  | listening\n  | boom: cannot connect\nStopping the other FitFlow processes.`,
    );
    const killed = spawnChild('studios', ['-e', 'setInterval(() => {}, 1000)'], { cwd: process.cwd(), env: process.env });
    killed.process.kill('SIGKILL');
    const [, how] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => killed.process.once('close', (c, s) => done([c, s])));
    expect(describeExit(killed, null, how)).toContain(`studios (pid ${killed.process.pid}) was killed by signal SIGKILL. It wrote no output.`);
  });
});
