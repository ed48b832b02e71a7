import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { freePort, startPostgres, type TestPostgres } from '../../../test/support/postgres.js';
import { startNats, type TestNats } from '../../../test/support/nats.js';
import { hasNatsServer, skipUnless } from '../../../test/support/require.js';
import { installCentral, installEdge, sqlFile } from '../../src/install.js';
import { fromRoot } from '../../../src/core/package-root.js';
import { NatsPublisher } from '../../src/ops/nats.js';

const TABLES = ['jobs', 'tasks', 'metrics'];

/** Row count and an order-independent checksum of every synced table. */
async function contents(c: pg.Client): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const r = await c.query(`SELECT count(*) AS n, coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS sum FROM ${t} x`);
    out[t] = `${r.rows[0].n}:${r.rows[0].sum}`;
  }
  return out;
}

/**
 * `pmoves-sync run` (the real CLI through tsx) until it is killed at a crash point, or until the
 * outbox is empty and it is stopped with SIGTERM.
 */
function runWorker(env: Record<string, string>, crash?: string): { done: Promise<{ code: number | null; signal: string | null; stderr: string }>; kill: (s: NodeJS.Signals) => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', fromRoot('sync-worker/src/cli.ts'), 'run'], {
    env: { ...process.env, ...env, SYNC_HTTP_PORT: '0', SYNC_HTTP_HOST: '127.0.0.1', PMOVES_SYNC_LOG: 'json', ...(crash ? { PMOVES_SYNC_TEST_CRASH: crash } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return {
    done: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stderr }))),
    kill: (s) => child.kill(s),
  };
}

describe.skipIf(skipUnless('nats-server', hasNatsServer()))('NATS: applied changes on JetStream', () => {
  let server: TestPostgres;
  let nats: TestNats;
  let edge: pg.Client;
  let central: pg.Client;
  let env: Record<string, string>;

  beforeAll(async () => {
    [server, nats] = await Promise.all([startPostgres(), startNats()]);
    const edgeUrl = await server.createDatabase('edge');
    const centralUrl = await server.createDatabase('central');
    edge = new pg.Client(edgeUrl);
    central = new pg.Client(centralUrl);
    await Promise.all([edge.connect(), central.connect()]);
    await edge.query(sqlFile('sample-schema'));
    await central.query(sqlFile('sample-schema'));
    await installEdge(edge, { siteId: 'edge-n', tables: TABLES });
    await installCentral(central);
    env = {
      SUPABASE_MODE: 'dual-write',
      SYNC_SITE_ID: 'edge-n',
      LOCAL_DB_URL: edgeUrl,
      CENTRAL_DB_URL: centralUrl,
      SYNC_TABLES: TABLES.join(','),
      SYNC_BATCH_SIZE: '20',
      SYNC_INTERVAL_SECONDS: '1',
      NATS_URL: nats.url,
    };
  });
  afterAll(async () => {
    await edge?.end();
    await central?.end();
    await nats?.stop();
    await server?.stop();
  });

  it('each applied change appears once on supabase.sync.<table>.<op>, across kill -9 and restarts', async () => {
    const captured = new Map<string, { table: string; op: string; pk: string }>();
    const remember = async () => {
      const r = await edge.query<{ id: string; table_name: string; op: string; pk: string }>('SELECT id::text, table_name, op, pk::text FROM pmoves_sync.outbox');
      for (const x of r.rows) captured.set(x.id, { table: x.table_name, op: x.op, pk: x.pk });
    };
    const write = async (round: number) => {
      await edge.query(`INSERT INTO jobs (kind, payload) SELECT 'embed', jsonb_build_object('n', g, 'round', ${round}) FROM generate_series(1, 60) g`);
      await edge.query(`UPDATE jobs SET status = 'running' WHERE id IN (SELECT id FROM jobs WHERE status = 'queued' LIMIT 25)`);
      await edge.query(`INSERT INTO tasks (id, title) SELECT 'r${round}-' || g, 'task' FROM generate_series(1, 20) g`);
      await edge.query(`DELETE FROM tasks WHERE id IN (SELECT id FROM tasks ORDER BY id LIMIT 5)`);
      for (let i = 0; i < 10; i++) await edge.query(`INSERT INTO metrics (name, value) VALUES ('gpu_util', $1)`, [i]);
      await remember();
    };

    // Kill -9 at every crash point the worker has, including right after the centre committed
    // and right after the edge marked the batch shipped; each run leaves part of the backlog.
    const points = ['after-commit', 'after-mark', 'before-commit'];
    const crashes = Array.from({ length: 12 }, (_, i) => `${points[i % 3]}:${1 + Math.floor(Math.random() * 4)}`);
    for (const [round, crash] of crashes.entries()) {
      await write(round);
      const w = runWorker(env, crash);
      // A run that never reaches its crash point is a failure with the worker's log, not a hang.
      const guard = setTimeout(() => w.kill('SIGTERM'), 40_000);
      const r = await w.done;
      clearTimeout(guard);
      expect(r.signal, `${crash}: ${r.stderr.slice(-3000)}`).toBe('SIGKILL');
    }
    // A graceful stop and restart, then a last run that drains everything.
    await write(98);
    const graceful = runWorker(env);
    await new Promise((r) => setTimeout(r, 1500));
    graceful.kill('SIGTERM');
    expect((await graceful.done).code).toBe(0);
    await write(99);
    const last = runWorker(env);
    for (let i = 0; ; i++) {
      const n = await edge.query<{ n: string }>('SELECT count(*) AS n FROM pmoves_sync.outbox');
      if (n.rows[0].n === '0') break;
      if (i > 600) throw new Error('the outbox did not drain in 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    last.kill('SIGTERM');
    const lr = await last.done;
    expect(lr.code, lr.stderr.slice(-2000)).toBe(0);

    // Read the whole stream back.
    const nc = await connect({ servers: nats.url });
    try {
      const jsm = await jetstreamManager(nc);
      const info = await jsm.streams.info('SUPABASE_SYNC');
      expect(info.config.subjects).toEqual(['supabase.sync.>']);
      expect(info.config.duplicate_window).toBeGreaterThanOrEqual(60 * 1e9);
      const seen = new Map<string, number>();
      for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
        const m = await jsm.streams.getMessage('SUPABASE_SYNC', { seq });
        const body = m!.json<{ site: string; outboxId: string; table: string; op: string; key: Record<string, unknown> }>();
        expect(m!.header.get('Nats-Msg-Id')).toBe(`edge-n:${body.outboxId}`);
        expect(m!.subject).toBe(`supabase.sync.${body.table}.${body.op}`);
        const want = captured.get(body.outboxId);
        expect(want, `message for outbox id ${body.outboxId} that was never captured`).toBeDefined();
        expect([body.table, body.op]).toEqual([want!.table, want!.op]);
        seen.set(body.outboxId, (seen.get(body.outboxId) ?? 0) + 1);
      }
      const dupes = [...seen].filter(([, n]) => n > 1);
      expect(dupes).toEqual([]);
      // State is shipped, not events: a change still queued behind a later change of its key
      // that beats it is collapsed at the edge (never applied, so never published). The last
      // change of every key is published.
      const lastOfKey = new Map<string, bigint>();
      for (const [id, c] of captured) {
        const k = `${c.table} ${c.pk}`;
        if ((lastOfKey.get(k) ?? -1n) < BigInt(id)) lastOfKey.set(k, BigInt(id));
      }
      for (const [id, c] of captured) {
        if (seen.has(id)) continue;
        const last = lastOfKey.get(`${c.table} ${c.pk}`)!;
        expect(last > BigInt(id), `outbox id ${id} (${c.table} ${c.pk}) was not published and is its key's last change`).toBe(true);
        expect(seen.has(String(last)), `outbox id ${last}, the last change of ${c.table} ${c.pk}, was not published`).toBe(true);
      }
      expect(info.state.messages).toBe(seen.size);
      expect(seen.size).toBeGreaterThan(1200);
    } finally {
      await nc.close();
    }
    expect(await contents(central)).toEqual(await contents(edge));
  });

  it('publishes batches pushed back to back (each push right after the last ack) and dedupes replays', async () => {
    const pub = await NatsPublisher.connect({ url: nats.url, site: 'pusher', stream: 'PUSHER', inflight: 64 });
    try {
      const batch = (from: number) =>
        Array.from({ length: 300 }, (_, i) => ({
          site: 'pusher', outboxId: String(from + i), batchId: `b${from}`, table: 'jobs', op: 'insert' as const,
          key: { id: from + i }, row: { id: from + i }, hlc: '1', centralHlc: '2',
        }));
      // Awaited directly, as the transport wrapper does: the next push comes within microtasks.
      const pushAll = async () => {
        for (let b = 0; b < 5; b++) await pub.push(batch(b * 300));
        return true;
      };
      const acked = await Promise.race([pushAll(), new Promise((r) => setTimeout(() => r(false), 10_000))]);
      expect(acked, 'a batch was never acked').toBe(true);
      await pub.push(batch(600)); // a replay of batch 2
      expect(pub.stats).toMatchObject({ published: 1500, duplicates: 300, queued: 0 });
    } finally {
      await pub.close();
    }
  });

  it('starts without NATS, queues, and publishes once nats-server comes up', async () => {
    const port = await freePort();
    const pub = NatsPublisher.start({ url: `nats://127.0.0.1:${port}`, site: 'late', stream: 'LATE' });
    const dir = mkdtempSync(join(tmpdir(), 'pmoves-nats-late-'));
    let server: ReturnType<typeof spawn> | undefined;
    try {
      let acked = false;
      const done = pub
        .push([{ site: 'late', outboxId: '1', batchId: 'b', table: 'jobs', op: 'insert', key: { id: 1 }, row: { id: 1 }, hlc: '1', centralHlc: '2' }])
        .then(() => (acked = true));
      await new Promise((r) => setTimeout(r, 1500));
      expect(acked).toBe(false);
      expect(pub.stats).toMatchObject({ connected: false, queued: 1 });
      server = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir], { stdio: 'ignore' });
      await Promise.race([done, new Promise((_, rej) => setTimeout(() => rej(new Error('not published within 20 s')), 20_000))]);
      expect(pub.stats).toMatchObject({ connected: true, published: 1, queued: 0 });
    } finally {
      await pub.close(1000);
      server?.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('announces the worker on service.announce', async () => {
    const nc = await connect({ servers: nats.url });
    try {
      const sub = nc.subscribe('service.announce', { max: 1 });
      const w = runWorker(env);
      let got: Record<string, unknown> | undefined;
      const timer = setTimeout(() => sub.unsubscribe(), 30_000);
      for await (const m of sub) got = m.json();
      clearTimeout(timer);
      w.kill('SIGTERM');
      await w.done;
      expect(got).toMatchObject({ service: 'pmoves-sync', site: 'edge-n', supabase_mode: 'dual-write' });
      expect(typeof got!.host).toBe('string');
      expect(got!.capabilities).toEqual(expect.arrayContaining(['nats.jetstream.publish', 'sync.transport.postgres']));
    } finally {
      await nc.close();
    }
  });
});
