import type { SyncConfig } from '../config.js';
import type { CentralTransport } from '../transport.js';
import type { SyncEvents } from './events.js';
import { startOpsServer, type OpsServer } from './http.js';
import { SyncMonitor } from './monitor.js';
import { NatsPublisher, publishingTransport, startAnnouncer } from './nats.js';
import { pgStatusReader } from './status-sql.js';

export interface OpsHandle {
  monitor: SyncMonitor;
  server?: OpsServer;
  publisher?: NatsPublisher;
  /** The worker's transport, publishing each committed batch to JetStream when NATS_URL is set. */
  wrapTransport(t: CentralTransport): CentralTransport;
  /** Feeds the worker's events to the monitor (status, metrics, page). */
  attach(worker: SyncEvents): void;
  close(): Promise<void>;
}

export interface OpsOptions {
  /**
   * Listen address of the HTTP endpoints: SYNC_HTTP_HOST, else 0.0.0.0 — like any Prometheus
   * exporter, the worker in its container is scraped from another container (compose/monitoring).
   */
  host?: string;
  /** Overrides config.httpPort; null turns the HTTP endpoints off. */
  port?: number | null;
  pollMs?: number;
  title?: string;
  log?: (msg: string) => void;
  version?: string;
}

/**
 * Everything operational around a worker, from its config: the monitor (status, metrics,
 * history), the HTTP endpoints and, when NATS_URL is set, the JetStream publisher and the
 * service announcement. `pmoves-sync run` and the lab use it the same way:
 *
 *   const ops = await startOps(cfg);
 *   const worker = new SyncWorker(cfg, { transport: ops.wrapTransport(createTransport(cfg)) });
 *   ops.attach(worker); await worker.start(); ... await worker.stop(); await ops.close();
 */
export async function startOps(config: SyncConfig, opts: OpsOptions = {}): Promise<OpsHandle> {
  const log = opts.log ?? (() => {});
  const reader = pgStatusReader({ localUrl: config.localDbUrl, centralUrl: config.transport === 'postgres' ? config.centralDbUrl : undefined });
  const monitor = new SyncMonitor({ site: config.siteId, reader, intervalMs: opts.pollMs ?? 2000 });
  monitor.start();

  let publisher: NatsPublisher | undefined;
  let stopAnnouncer: (() => Promise<void>) | undefined;
  let server: OpsServer | undefined;
  let refresh: NodeJS.Timeout | undefined;
  try {
    const port = opts.port === undefined ? config.httpPort : opts.port;
    if (port !== null) {
      try {
        server = await startOpsServer({ monitor, port, host: opts.host || process.env.SYNC_HTTP_HOST || '0.0.0.0', title: opts.title });
        log(`status page ${server.url} (also /healthz, /metrics, /api/status)`);
      } catch (err) {
        // Syncing matters more than the status page: say so loudly and carry on without it.
        if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
        log(`warning: ${(err as Error).message}; running without /healthz, /metrics and the status page`);
      }
    }
    if (config.natsUrl) {
      const pub = NatsPublisher.start({ url: config.natsUrl, site: config.siteId, log });
      publisher = pub;
      const capabilities = ['sync.edge-to-centre', `sync.transport.${config.transport}`, 'nats.jetstream.publish'];
      if (server) capabilities.push('http.status', 'http.metrics');
      pub.whenConnected((nc) => {
        stopAnnouncer = startAnnouncer(nc, () => ({
          site: config.siteId,
          capabilities,
          supabase_mode: config.mode ?? 'dual-write',
          version: opts.version,
          status_url: server?.url,
          state: monitor.workerState,
        }));
      });
      const g = {
        published: monitor.metrics.gauge('pmoves_sync_nats_published_total', 'Changes acked by JetStream (counter semantics; reset on restart).'),
        duplicates: monitor.metrics.gauge('pmoves_sync_nats_duplicates_total', 'Publishes JetStream dropped as duplicates (replays).'),
        queued: monitor.metrics.gauge('pmoves_sync_nats_queued', 'Changes waiting to be published to JetStream.'),
        connected: monitor.metrics.gauge('pmoves_sync_nats_connected', 'Whether the NATS connection is up.'),
      };
      refresh = setInterval(() => {
        g.published.set({}, pub.stats.published);
        g.duplicates.set({}, pub.stats.duplicates);
        g.queued.set({}, pub.stats.queued);
        g.connected.set({}, pub.stats.connected ? 1 : 0);
        monitor.extra.nats = `${pub.stats.connected ? 'connected' : 'disconnected'}, ${pub.stats.published} published${pub.stats.duplicates ? `, ${pub.stats.duplicates} duplicates dropped` : ''}${pub.stats.queued ? `, ${pub.stats.queued} queued` : ''}`;
      }, 1000);
      refresh.unref();
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
    wrapTransport: (t) => (publisher ? publishingTransport(t, publisher) : t),
    attach: (worker) => void monitor.attach(worker),
    async close() {
      if (refresh) clearInterval(refresh);
      await stopAnnouncer?.();
      await publisher?.close();
      await monitor.stop();
      await reader.close();
      await server?.close();
    },
  };
}
