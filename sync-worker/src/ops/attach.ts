import type { SyncConfig } from '../config.js';
import type { SyncEvents } from './events.js';
import { startOpsServer, type OpsServer } from './http.js';
import { SyncMonitor } from './monitor.js';
import { NatsPublisher, startAnnouncer } from './nats.js';
import { pgStatusReader } from './status-sql.js';

export interface OpsHandle {
  monitor: SyncMonitor;
  server?: OpsServer;
  publisher?: NatsPublisher;
  close(): Promise<void>;
}

export interface OpsOptions {
  /** Listen address of the HTTP endpoints (SYNC_HTTP_HOST, default 127.0.0.1). */
  host?: string;
  /** Overrides config.httpPort; null turns the HTTP endpoints off. */
  port?: number | null;
  pollMs?: number;
  title?: string;
  log?: (msg: string) => void;
  version?: string;
  /** Read the centre's status through this URL instead of config.centralDbUrl. */
  centralStatusUrl?: string;
}

/**
 * Everything operational around a running worker, from its config: the monitor (status,
 * metrics, history), the HTTP endpoints, and — when NATS_URL is set — the JetStream publisher
 * and the service announcement. `pmoves-sync run` and the lab call this once.
 */
export async function startOps(worker: SyncEvents, config: SyncConfig, opts: OpsOptions = {}): Promise<OpsHandle> {
  const log = opts.log ?? (() => {});
  const reader = pgStatusReader({ localUrl: config.localDbUrl, centralUrl: opts.centralStatusUrl ?? config.centralDbUrl });
  const monitor = new SyncMonitor({ site: config.siteId, reader, intervalMs: opts.pollMs ?? 2000 });
  monitor.attach(worker);
  monitor.start();

  let publisher: NatsPublisher | undefined;
  let stopAnnouncer: (() => Promise<void>) | undefined;
  let server: OpsServer | undefined;
  const closers: Array<() => Promise<void>> = [];
  try {
    const port = opts.port === undefined ? config.httpPort : opts.port;
    if (port !== null) {
      server = await startOpsServer({ monitor, port, host: opts.host, title: opts.title });
      log(`status page ${server.url} (also /healthz, /metrics)`);
    }
    if (config.natsUrl) {
      publisher = await NatsPublisher.connect({ url: config.natsUrl, site: config.siteId, log });
      publisher.attach(worker);
      const pub = publisher;
      const capabilities = ['sync.edge-to-centre', `sync.transport.${config.transport}`, 'nats.jetstream.publish'];
      if (server) capabilities.push('http.status', 'http.metrics');
      stopAnnouncer = startAnnouncer(pub.nc, () => ({
        site: config.siteId,
        capabilities,
        supabase_mode: config.mode ?? 'dual-write',
        version: opts.version,
        status_url: server?.url,
        state: monitor.workerState,
      }));
      const refresh = setInterval(() => {
        monitor.extra.nats = `${pub.stats.connected ? 'connected' : 'disconnected'}, ${pub.stats.published} published, ${pub.stats.queued} queued`;
      }, 1000);
      refresh.unref();
      closers.push(async () => clearInterval(refresh));
      log(`nats: publishing applied changes to supabase.sync.<table>.<op> on ${config.natsUrl}`);
    }
  } catch (err) {
    await monitor.stop();
    await reader.close();
    await server?.close();
    throw err;
  }

  return {
    monitor,
    server,
    publisher,
    async close() {
      for (const c of closers) await c();
      await stopAnnouncer?.();
      await publisher?.close();
      await monitor.stop();
      await reader.close();
      await server?.close();
    },
  };
}
