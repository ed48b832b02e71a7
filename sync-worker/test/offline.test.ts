import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSyncConfig } from '../src/config.js';
import { SyncWorker, type WorkerState } from '../src/worker.js';
import { digest, pendingAtEdge, startSyncPair, waitFor, type SyncPair } from './support/sync-env.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';

let pair: SyncPair;
let proxy: TcpProxy;
let worker: SyncWorker;
const states: WorkerState[] = [];
let transientErrors = 0;
const attempts: number[] = [];

beforeAll(async () => {
  pair = await startSyncPair({ siteId: 'offline-site' });
  proxy = await startTcpProxy(pair.centralServer.port);
  const cfg = loadSyncConfig(pair.env({ CENTRAL_DB_URL: pair.centralServer.urlFor('postgres').replace(`:${pair.centralServer.port}/`, `:${proxy.port}/`), SYNC_BATCH_SIZE: '1000' }));
  worker = new SyncWorker(cfg, { maxBackoffMs: 800, reportEveryMs: 100 });
  worker.on('state', (s: WorkerState) => states.push(s));
  worker.on('error', (e: { attempt: number }) => {
    transientErrors++;
    attempts.push(e.attempt);
  });
  await worker.start();
});

afterAll(async () => {
  await worker?.stop();
  await proxy?.close();
  await pair?.stop();
});

async function write(n: number, tag: string) {
  // 20 000 changes as 200 transactions of 100 rows over three tables (inserts, then updates).
  for (let t = 0; t < n / 100; t++) {
    await pair.edge.query(
      `WITH j AS (INSERT INTO jobs (kind, payload) SELECT $1, jsonb_build_object('i', g) FROM generate_series(1, 40) g RETURNING id)
       INSERT INTO results (job_id, score) SELECT id, 0.5 FROM j`,
      [tag],
    );
    await pair.edge.query(
      `INSERT INTO tasks (id, title, progress) SELECT $1 || '-' || g, 't', $2 FROM generate_series(1, 20) g
       ON CONFLICT (id) DO UPDATE SET progress = EXCLUDED.progress`,
      [tag, t],
    );
  }
}

/** Samples sync_health for the site's jobs table until the backlog is gone. */
async function healthTrail(until: (health: string | undefined) => Promise<boolean>, timeoutMs: number): Promise<string[]> {
  const seen: string[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await pair.central.query(
      "SELECT health, pending FROM sync_health WHERE service = 'offline-site' AND table_name = 'jobs'",
    );
    const h = r.rows[0]?.health;
    if (h && seen[seen.length - 1] !== h) seen.push(h);
    if (await until(h)) break;
    if (Date.now() > deadline) throw new Error(`backlog not drained in ${timeoutMs} ms; health trail ${seen.join(' -> ')}`);
    await new Promise((res) => setTimeout(res, 25));
  }
  return seen;
}

describe('centre down (two PostgreSQL 15 servers, TCP cut between worker and centre)', () => {
  it('20 000 changes written while the centre is unreachable drain to zero; health goes lagging -> healthy', async () => {
    await pair.edge.query("INSERT INTO workers (id, host) VALUES ('w1', 'edge')");
    await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 20_000, 'warm-up drained');
    // A short stale threshold, so the outage itself shows in sync_health (default 5 minutes).
    await pair.central.query("UPDATE pmoves_sync.settings SET value = '1 second' WHERE name = 'stale_after'");
    proxy.cut();
    const t0 = Date.now();
    await write(20_000, 'offline');
    const backlog = await pendingAtEdge(pair.edge);
    expect(backlog).toBe(20_000);
    await waitFor(() => states.includes('offline'), 10_000, 'worker noticing the centre is gone');
    const centralJobs = await pair.central.query("SELECT count(*)::int AS n FROM jobs WHERE kind = 'offline'");
    expect(centralJobs.rows[0].n).toBe(0);
    await waitFor(async () => {
      const r = await pair.central.query("SELECT health FROM sync_health WHERE service = 'offline-site' AND table_name = 'jobs'");
      return r.rows[0]?.health === 'stale';
    }, 10_000, 'health stale while the site cannot report');

    proxy.restore();
    const t1 = Date.now();
    const trail = await healthTrail(async (health) => health === 'healthy' && (await pendingAtEdge(pair.edge)) === 0, 90_000);
    const drainMs = Date.now() - t1;
    console.log(`offline: ${backlog} changes queued in ${t1 - t0} ms while cut; drained in ${drainMs} ms (${Math.round((backlog / drainMs) * 1000)} rows/s); health ${trail.join(' -> ')}; ${transientErrors} transient errors retried`);
    expect(trail[0]).toBe('stale');
    expect(trail).toContain('lagging');
    expect(trail[trail.length - 1]).toBe('healthy');
    expect(trail.indexOf('lagging')).toBeLessThan(trail.lastIndexOf('healthy'));
    expect(transientErrors).toBeGreaterThan(0);
    expect(await digest(pair.central)).toEqual(await digest(pair.edge));
    await pair.central.query("UPDATE pmoves_sync.settings SET value = '5 minutes' WHERE name = 'stale_after'");
  });

  it('the centre cut in the middle of batches (while a batch is on the wire or being applied) loses and duplicates nothing', async () => {
    await write(20_000, 'midbatch');
    let cuts = 0;
    let bytes = 0;
    // Cut whenever a large client->server message (an apply_batch payload) is passing through.
    proxy.onClientData = (n) => {
      bytes += n;
      if (n > 16_000 && cuts < 4 && !proxy.isCut()) {
        cuts++;
        proxy.cut();
        setTimeout(() => proxy.restore(), 300);
      }
    };
    await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 90_000, 'drain after mid-batch cuts', 100);
    proxy.onClientData = undefined;
    console.log(`mid-batch: ${cuts} cuts during apply_batch payloads (${Math.round(bytes / 1024)} KiB through the proxy)`);
    expect(cuts).toBe(4);
    expect(await digest(pair.central)).toEqual(await digest(pair.edge));
    const ledger = await pair.central.query("SELECT count(*)::int AS n FROM jobs WHERE kind = 'midbatch'");
    expect(ledger.rows[0].n).toBe(8000);
  });
});

describe('centre down while the site is idle', () => {
  it('backs off exponentially (no reset between idle cycles) and comes back', async () => {
    await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 30_000, 'idle');
    attempts.length = 0;
    proxy.cut();
    await new Promise((r) => setTimeout(r, 2500));
    const during = [...attempts];
    proxy.restore();
    await pair.edge.query("INSERT INTO workers (id, host) VALUES ('after-idle-outage', 'edge')");
    await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 20_000, 'drained after the idle outage');
    // 2.5 s with a backoff doubling from 250 ms (cap 800 ms): a handful of attempts, numbered up.
    expect(during.length).toBeGreaterThan(0);
    expect(during.length).toBeLessThan(12);
    expect(Math.max(...during)).toBeGreaterThanOrEqual(3);
    expect(await digest(pair.central)).toEqual(await digest(pair.edge));
  });
});

describe('edge connection lost (TCP cut between worker and edge)', () => {
  it('reconnects, takes its lock again, re-reads the persisted cursor and ends equal', async () => {
    await worker.stop(); // the suite's worker (through the centre proxy) steps aside
    const edgeProxy = await startTcpProxy(pair.edgeServer.port);
    const cfg = loadSyncConfig(pair.env({ LOCAL_DB_URL: pair.edgeUrl.replace(`:${pair.edgeServer.port}/`, `:${edgeProxy.port}/`), SYNC_BATCH_SIZE: '300' }));
    const w = new SyncWorker(cfg, { maxBackoffMs: 400 });
    let errors = 0;
    w.on('error', () => errors++);
    await w.start();
    try {
      await write(10_000, 'edge-cut');
      let cuts = 0;
      while (cuts < 3 && (await pendingAtEdge(pair.edge)) > 0) {
        await new Promise((r) => setTimeout(r, 150));
        edgeProxy.cut();
        cuts++;
        await new Promise((r) => setTimeout(r, 200));
        edgeProxy.restore();
      }
      await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 60_000, 'drain after edge cuts', 100);
      console.log(`edge cut ${cuts} times; ${errors} transient errors retried`);
      expect(cuts).toBeGreaterThan(0);
      expect(errors).toBeGreaterThan(0);
    } finally {
      await w.stop();
      await edgeProxy.close();
    }
    expect(await digest(pair.central)).toEqual(await digest(pair.edge));
    expect((await pair.edge.query('SELECT count(*)::int AS n FROM pmoves_sync.failed')).rows[0].n).toBe(0);
  });
});

// Keep pg's type for the pool in scope for editors; the suite uses pair.* pools.
export type _Pool = pg.Pool;
