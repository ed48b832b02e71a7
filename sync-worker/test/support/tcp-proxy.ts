import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of the central Postgres: cut() drops every connection and
 * refuses new ones (the centre "goes away" from the worker's point of view), restore() lets
 * them through again. onClientData sees each client->server chunk, so a test can cut in the
 * middle of a batch being sent or applied.
 */
export interface TcpProxy {
  port: number;
  cut(): void;
  restore(): void;
  isCut(): boolean;
  onClientData?: (bytes: number) => void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let down = false;
  const sockets = new Set<Socket>();
  const proxy: TcpProxy = {
    port: 0,
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore() {
      down = false;
    },
    isCut: () => down,
    async close() {
      proxy.cut();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const server: Server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (d: Buffer) => {
      proxy.onClientData?.(d.length);
      if (!client.destroyed) upstream.write(d);
    });
    upstream.on('data', (d: Buffer) => {
      if (!upstream.destroyed) client.write(d);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  proxy.port = typeof addr === 'object' && addr ? addr.port : 0;
  return proxy;
}
