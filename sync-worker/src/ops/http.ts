import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { redact } from '../../../src/core/redact.js';
import type { SyncMonitor } from './monitor.js';
import { renderLive, renderPage } from './page.js';

export interface OpsServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface OpsServerOptions {
  monitor: SyncMonitor;
  port: number;
  /** 127.0.0.1 unless told otherwise: the page shows table names and errors. */
  host?: string;
  title?: string;
}

/**
 * /healthz (200 or 503, JSON), /metrics (Prometheus text), / (the live page), /live (its
 * refreshing part) and /api/status (the same data as JSON).
 */
export async function startOpsServer(opts: OpsServerOptions): Promise<OpsServer> {
  const { monitor } = opts;
  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(redact(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    switch (path) {
      case '/healthz': {
        const h = monitor.health();
        return send(res, h.ok ? 200 : 503, 'application/json; charset=utf-8', JSON.stringify(h) + '\n');
      }
      case '/metrics':
        return send(res, 200, 'text/plain; version=0.0.4; charset=utf-8', monitor.metrics.render());
      case '/api/status':
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(monitor.snapshot(), null, 2) + '\n');
      case '/live':
        return send(res, 200, 'text/html; charset=utf-8', renderLive(monitor.snapshot()));
      case '/':
        return send(res, 200, 'text/html; charset=utf-8', renderPage(monitor.snapshot(), { title: opts.title }));
      default:
        return send(res, 404, 'text/plain; charset=utf-8', 'not found: try /, /healthz, /metrics or /api/status\n');
    }
  };
  const server: Server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      send(res, 500, 'text/plain; charset=utf-8', `internal error: ${(err as Error).message}\n`);
    }
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(Object.assign(new Error(`port ${opts.port} on ${host} is already in use; set SYNC_HTTP_PORT to a free port (0 picks one)`), { code: err.code }));
      } else reject(err);
    });
    server.listen(opts.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
