import { createServer } from 'node:net';

/** Whether a TCP server can listen on `port` of 127.0.0.1 right now. */
const canListen = (port: number) =>
  new Promise<boolean>((done) => {
    const server = createServer()
      .once('error', () => done(false))
      .listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });

/**
 * `count` distinct free ports for services a test starts as processes (which must be told their port
 * before they listen), drawn from 20000–32767: below Linux's ephemeral range, which outgoing
 * connections also take ports from (a port the kernel handed out as free could be taken again by the
 * time a service binds it).
 */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) {
    const port = 20000 + Math.floor(Math.random() * 12768);
    if (!ports.has(port) && (await canListen(port))) ports.add(port);
  }
  return [...ports];
}
