import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startPostgres, type TestPostgres } from '../../../test/support/postgres.js';
import { installCentral, installEdge, sqlFile } from '../../src/install.js';
import { SyncMonitor } from '../../src/ops/monitor.js';
import { startOpsServer, type OpsServer } from '../../src/ops/http.js';
import { pgStatusReader } from '../../src/ops/status-sql.js';
import { readStatusReport, runStatus } from '../../src/ops/status-command.js';

// Status, /healthz, /metrics and the page against real PostgreSQL: one server, an edge and a
// centre database. The worker is replaced by its event contract (applied/failed/state/error);
// what is read from the databases is real.
describe('status and HTTP endpoints', () => {
  let server: TestPostgres;
  let edgeUrl: string;
  let centralUrl: string;
  let edge: pg.Client;
  let central: pg.Client;

  beforeAll(async () => {
    server = await startPostgres();
    edgeUrl = await server.createDatabase('edge');
    centralUrl = await server.createDatabase('central');
    edge = new pg.Client(edgeUrl);
    central = new pg.Client(centralUrl);
    await edge.connect();
    await central.connect();
    await edge.query(sqlFile('sample-schema'));
    await central.query(sqlFile('sample-schema'));
    await installEdge(edge, { siteId: 'edge-a', tables: ['jobs', 'tasks', 'metrics'] });
    await installCentral(central);
    // 7 pending changes at the edge: 5 jobs, 2 tasks.
    await edge.query(`INSERT INTO jobs (kind) SELECT 'embed' FROM generate_series(1, 5)`);
    await edge.query(`INSERT INTO tasks (id, title) VALUES ('t1', 'one'), ('t2', 'two')`);
    // Another site told the centre it has 150 failed rows in jobs: failing.
    await central.query(`SELECT pmoves_sync.report_status('edge-b', $1::jsonb)`, [
      JSON.stringify([{ table: 'jobs', pending: 3, failed: 150, oldest_pending_at: null, last_error: 'violates check constraint "jobs_kind"' }]),
    ]);
  });
  afterAll(async () => {
    await edge?.end();
    await central?.end();
    await server?.stop();
  });

  it('merges the live outbox with the centre view', async () => {
    const report = await readStatusReport({ site: 'edge-a', localUrl: edgeUrl, centralUrl });
    expect(report.local.reachable).toBe(true);
    expect(report.central.reachable).toBe(true);
    const byKey = Object.fromEntries(report.rows.map((r) => [`${r.site}/${r.table}`, r]));
    expect(byKey['edge-a/jobs'].pending).toBe(5);
    expect(byKey['edge-a/tasks'].pending).toBe(2);
    expect(byKey['edge-a/metrics'].pending).toBe(0);
    expect(byKey['edge-a/jobs'].oldestPendingAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(byKey['edge-a/metrics'].oldestPendingAgeSeconds).toBeNull();
    expect(byKey['edge-b/jobs']).toMatchObject({ pending: 3, failed: 150, health: 'failing', source: 'central' });
  });

  it('pmoves-sync status prints a table, --json a report, and exits 1 on a failing site', async () => {
    const out: string[] = [];
    const env = { LOCAL_DB_URL: edgeUrl, CENTRAL_DB_URL: centralUrl, SYNC_SITE_ID: 'edge-a' };
    const io = { env, stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) };
    expect(await runStatus([], io)).toBe(1);
    const text = out.join('');
    expect(text).toMatch(/^SITE\s+TABLE\s+PENDING\s+FAILED\s+OLDEST PENDING\s+LAST SYNC\s+HEALTH/);
    expect(text).toMatch(/edge-a\s+jobs\s+5\s+0\s/);
    expect(text).toMatch(/edge-b\s+jobs\s+3\s+150\s.*failing/);
    expect(text).not.toContain('postgres-test-pw');
    out.length = 0;
    expect(await runStatus(['--json', '--site', 'edge-a'], io)).toBe(0);
    const j = JSON.parse(out.join(''));
    expect(j.rows.map((r: { table: string; pending: number }) => [r.table, r.pending])).toEqual([
      ['jobs', 5],
      ['metrics', 0],
      ['tasks', 2],
    ]);
    // The centre unreachable: still a report from the outbox, exit 1.
    out.length = 0;
    const badCentral = centralUrl.replace(/:(\d+)\//, ':1/');
    expect(await runStatus(['--json'], { ...io, env: { ...env, CENTRAL_DB_URL: badCentral } })).toBe(1);
    const j2 = JSON.parse(out.join(''));
    expect(j2.central.reachable).toBe(false);
    expect(j2.rows.filter((r: { site: string }) => r.site === 'edge-a')).toHaveLength(3);
    await expect(runStatus([], { ...io, env: {} })).rejects.toThrow(/neither LOCAL_DB_URL nor CENTRAL_DB_URL/);
  });

  describe('HTTP', () => {
    let monitor: SyncMonitor;
    let ops: OpsServer;
    const worker = new EventEmitter();
    const get = async (path: string) => {
      const r = await fetch(new URL(path, ops.url));
      return { status: r.status, type: r.headers.get('content-type') ?? '', body: await r.text() };
    };

    beforeAll(async () => {
      monitor = new SyncMonitor({ site: 'edge-a', reader: pgStatusReader({ localUrl: edgeUrl, centralUrl }), intervalMs: 100_000, centralEvery: 1 });
      monitor.attach(worker);
      ops = await startOpsServer({ monitor, port: 0 });
      await monitor.poll();
    });
    afterAll(async () => {
      await monitor?.stop();
      await ops?.close();
    });

    it('/healthz answers 200 while running and 503 once stopped', async () => {
      worker.emit('state', 'running');
      let r = await get('/healthz');
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body)).toMatchObject({ ok: true, state: 'running', local: true, central: true });
      worker.emit('state', 'stopped');
      r = await get('/healthz');
      expect(r.status).toBe(503);
      expect(JSON.parse(r.body).reason).toMatch(/stopped/);
      worker.emit('state', 'running');
    });

    it('/metrics exposes outbox gauges from the database and counters from events', async () => {
      worker.emit('applied', {
        site: 'edge-a', batchId: 'b1', centralHlc: '1', durationMs: 12,
        changes: [
          { outboxId: '1', table: 'jobs', op: 'insert', key: { id: 'x' }, row: {}, hlc: '1' },
          { outboxId: '2', table: 'jobs', op: 'insert', key: { id: 'y' }, row: {}, hlc: '2' },
          { outboxId: '3', table: 'tasks', op: 'delete', key: { id: 't1' }, row: null, hlc: '3' },
        ],
      });
      worker.emit('failed', { outboxId: '9', table: 'tasks', key: { id: 't9' }, error: 'null value in column "title"' });
      await edge.query(`INSERT INTO metrics (name, value) VALUES ('gpu_util', 1), ('gpu_util', 2)`);
      await monitor.poll();
      const r = await get('/metrics');
      expect(r.status).toBe(200);
      expect(r.type).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(r.body).toContain('pmoves_sync_pending_changes{site="edge-a",table="jobs"} 5');
      expect(r.body).toContain('pmoves_sync_pending_changes{site="edge-a",table="metrics"} 2');
      expect(r.body).toContain('pmoves_sync_applied_changes_total{op="insert",table="jobs"} 2');
      expect(r.body).toContain('pmoves_sync_applied_changes_total{op="delete",table="tasks"} 1');
      expect(r.body).toContain('pmoves_sync_failed_changes_total{table="tasks"} 1');
      expect(r.body).toContain('pmoves_sync_table_health{health="failing",site="edge-b",table="jobs"} 1');
      expect(r.body).toContain('pmoves_sync_worker_state{state="running"} 1');
      expect(r.body).toMatch(/pmoves_sync_batch_duration_seconds_count 1\n/);
    });

    it('/ is a self-contained page with the chart, the tables and recent failures', async () => {
      const r = await get('/');
      expect(r.status).toBe(200);
      expect(r.type).toMatch(/^text\/html/);
      expect(r.body).toContain('<svg');
      expect(r.body).toMatch(/<td>edge-a<\/td><td>metrics<\/td><td class="n">2<\/td>/);
      expect(r.body).toContain('null value in column &quot;title&quot;');
      // No external assets: nothing is fetched from another origin.
      expect(r.body).not.toMatch(/(src|href)=["']?https?:/);
      const live = await get('/live');
      expect(live.body).toContain('pending changes per table');
      const api = JSON.parse((await get('/api/status')).body);
      expect(api.worker.appliedTotal).toBe(3);
      expect(Object.keys(api.history).sort()).toEqual(['jobs', 'metrics', 'tasks']);
      expect((await get('/nope')).status).toBe(404);
    });
  });
});
