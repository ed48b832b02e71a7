import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSyncCli, type SyncIO } from '../src/cli.js';
import { SyncWorker, type FailedEvent } from '../src/worker.js';
import { digest, pendingAtEdge, startSyncPair, waitFor, type SyncPair } from './support/sync-env.js';

let pair: SyncPair;

beforeAll(async () => {
  pair = await startSyncPair({ siteId: 'poison-site' });
  // The centre is stricter than the edge: a row the edge accepted is rejected there.
  await pair.central.query('ALTER TABLE metrics ADD CONSTRAINT metrics_value_nonneg CHECK (value >= 0)');
  await pair.central.query("UPDATE pmoves_sync.settings SET value = '0' WHERE name = 'failing_failed'");
});

afterAll(async () => {
  await pair?.stop();
});

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: SyncIO = { env: pair.env(), stdout: (t) => (out += t), stderr: (t) => (err += t), stdoutIsTTY: false };
  const code = await runSyncCli(argv, io);
  return { code, out, err };
}

describe('a poison row (violates a central constraint; two PostgreSQL 15 servers)', () => {
  it('holds only that key, everything else syncs, status shows the error, retry after the fix clears it', async () => {
    await pair.edge.query("INSERT INTO metrics (site, id, name, value) SELECT 'p', g, 'ok', g FROM generate_series(1, 300) g");
    await pair.edge.query("INSERT INTO metrics (site, id, name, value) VALUES ('p', 1000, 'bad', -1)");
    await pair.edge.query("INSERT INTO metrics (site, id, name, value) SELECT 'p', g, 'ok', g FROM generate_series(301, 600) g");
    await pair.edge.query("UPDATE metrics SET value = value + 1 WHERE site = 'p' AND id BETWEEN 1 AND 50");
    await pair.edge.query("INSERT INTO jobs (kind) SELECT 'fine' FROM generate_series(1, 100)");

    const failed: FailedEvent[] = [];
    const worker = new SyncWorker(pair.config({ SYNC_BATCH_SIZE: '256' }), { reportEveryMs: 50 });
    worker.on('failed', (e: FailedEvent) => failed.push(e));
    await worker.start();
    try {
      await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 30_000, 'everything but the poison key shipped');
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ table: 'metrics', key: { site: 'p', id: 1000 } });
      expect(failed[0].error).toMatch(/metrics_value_nonneg/);
      // A later change of the held key is held behind it (not applied, not failed on its own).
      await pair.edge.query("UPDATE metrics SET value = -2, name = 'still-bad' WHERE site = 'p' AND id = 1000");
      await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 30_000, 'the later change of the poison key diverted');
      expect(failed).toHaveLength(1);

      // Everything else is at the centre; the poison key is not.
      const c = await pair.central.query("SELECT count(*)::int AS n, count(*) FILTER (WHERE id = 1000)::int AS bad FROM metrics WHERE site = 'p'");
      expect(c.rows[0]).toEqual({ n: 600, bad: 0 });
      expect((await pair.central.query("SELECT count(*)::int AS n FROM jobs WHERE kind = 'fine'")).rows[0].n).toBe(100);
      const held = await pair.edge.query('SELECT poison, pk::text AS pk FROM pmoves_sync.failed ORDER BY txid, id');
      expect(held.rows).toEqual([
        { poison: true, pk: '{"id": 1000, "site": "p"}' },
        { poison: false, pk: '{"id": 1000, "site": "p"}' },
      ]);

      // sync_status / sync_health at the centre show it (failing threshold set to 0 for the test).
      await waitFor(async () => {
        const r = await pair.central.query("SELECT failed FROM sync_status WHERE service = 'poison-site' AND table_name = 'metrics'");
        return r.rows[0]?.failed === '2';
      }, 10_000, 'sync_status to report the failed rows');
      const h = await pair.central.query("SELECT health, last_sync_status, last_error, failed FROM sync_health WHERE service = 'poison-site' AND table_name = 'metrics'");
      expect(h.rows[0]).toMatchObject({ health: 'failing', last_sync_status: 'failing', failed: '2' });
      expect(h.rows[0].last_error).toMatch(/metrics_value_nonneg/);
      const healthyJobs = await pair.central.query("SELECT health FROM sync_health WHERE service = 'poison-site' AND table_name = 'jobs'");
      expect(healthyJobs.rows[0].health).toBe('healthy');

      // pmoves-sync status (the operator's view) shows the table failing, with the error.
      const st = await cli(['status', '--json']);
      expect(st.code, st.err).toBe(1);
      const metricsRow = JSON.parse(st.out).rows.find((r: { table: string }) => r.table === 'metrics');
      expect(metricsRow).toMatchObject({ health: 'failing', failed: 2 });
      expect(metricsRow.lastError).toMatch(/metrics_value_nonneg/);

      // Retry before the fix: still failing, exit 1, the error is kept.
      const early = await cli(['retry', '--json']);
      expect(early.code, early.err).toBe(1);
      expect(JSON.parse(early.out).stillFailing[0].error).toMatch(/metrics_value_nonneg/);

      // Fix at the centre, retry through the running worker.
      await pair.central.query('ALTER TABLE metrics DROP CONSTRAINT metrics_value_nonneg');
      const fixed = await cli(['retry']);
      expect(fixed.code, fixed.err + fixed.out).toBe(0);
      expect(fixed.out).toMatch(/cleared 2 row/);
      expect((await pair.edge.query('SELECT count(*)::int AS n FROM pmoves_sync.failed')).rows[0].n).toBe(0);
      const row = await pair.central.query("SELECT name, value FROM metrics WHERE site = 'p' AND id = 1000");
      expect(row.rows[0]).toEqual({ name: 'still-bad', value: -2 });
      await waitFor(async () => {
        const r = await pair.central.query("SELECT health FROM sync_health WHERE service = 'poison-site' AND table_name = 'metrics'");
        return r.rows[0]?.health === 'healthy';
      }, 10_000, 'health back to healthy');
    } finally {
      await worker.stop();
    }
    expect(await digest(pair.central)).toEqual(await digest(pair.edge));
  });

  it('retry without a running worker applies the held rows itself', async () => {
    await pair.central.query('ALTER TABLE jobs ADD CONSTRAINT jobs_kind_short CHECK (length(kind) < 10)');
    await pair.edge.query("INSERT INTO jobs (kind) VALUES ('a-very-long-kind'), ('short')");
    const worker = new SyncWorker(pair.config());
    await worker.start();
    await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 20_000, 'drained');
    await worker.stop();
    expect((await pair.edge.query('SELECT count(*)::int AS n FROM pmoves_sync.failed')).rows[0].n).toBe(1);
    await pair.central.query('ALTER TABLE jobs DROP CONSTRAINT jobs_kind_short');
    const r = await cli(['retry', '--table', 'jobs']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/cleared 1 row/);
    expect(await digest(pair.central)).toEqual(await digest(pair.edge));
  });
});
