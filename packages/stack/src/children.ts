import { spawn, type ChildProcess } from 'node:child_process';

/**
 * The last lines a child process wrote (stdout and stderr, in the order they arrived), kept so that
 * `npm start` can show why a process died. Lines are split on `\n`; an unfinished last line counts.
 */
export class OutputTail {
  private readonly lines: string[] = [];
  private readonly partial = new Map<string, string>();

  /** @param limit how many lines to keep (older ones are dropped) */
  constructor(readonly limit = 20) {}

  /** Adds a chunk read from `stream` (a name, e.g. "stdout": partial lines are kept per stream). */
  push(chunk: string | Buffer, stream = 'stdout'): void {
    const pieces = ((this.partial.get(stream) ?? '') + chunk.toString()).split('\n');
    this.partial.set(stream, pieces.pop()!);
    for (const line of pieces) this.keep(line);
  }

  /** The kept lines, oldest first, including any unfinished line. */
  last(): string[] {
    const unfinished = [...this.partial.values()].filter((line) => line !== '');
    return [...this.lines, ...unfinished].slice(-this.limit);
  }

  private keep(line: string) {
    this.lines.push(line.replace(/\r$/, ''));
    if (this.lines.length > this.limit) this.lines.shift();
  }
}

/** One process `npm start` runs, with the tail of its output. */
export interface StackChild {
  name: string;
  process: ChildProcess;
  tail: OutputTail;
}

/**
 * Starts a Node process whose output goes to this process's stdout/stderr as it comes, and is also
 * kept in an {@link OutputTail}.
 */
export function spawnChild(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): StackChild {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = new OutputTail();
  child.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    tail.push(chunk, 'stdout');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    tail.push(chunk, 'stderr');
  });
  return { name, process: child, tail };
}

/**
 * What `npm start` prints when one of its processes ends on its own: which one (name and pid), how
 * (exit code or signal) and its last lines of output.
 */
export function describeExit(child: StackChild, code: number | null, signal: NodeJS.Signals | null): string {
  const how = signal ? `was killed by signal ${signal}` : `exited with code ${code}`;
  const lines = child.tail.last();
  const tail = lines.length ? `Its last ${lines.length} lines of output:\n${lines.map((l) => `  | ${l}`).join('\n')}` : 'It wrote no output.';
  return `\n${child.name} (pid ${child.process.pid}) ${how}. ${tail}\nStopping the other FitFlow processes.`;
}
