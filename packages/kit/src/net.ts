import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that is free right now (the kernel picks it), for a server a test or tool is
 * about to start. Another process could take it before the caller binds it; servers that can listen on
 * port 0 themselves should do that instead.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
  });
}
