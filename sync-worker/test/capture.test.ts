import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../test/support/postgres.js';
import { backfillTable } from '../src/backfill.js';
import { installCentral, installEdge, sqlFile, uninstallEdge } from '../src/install.js';
import { readBatch, readCursor, type Cursor } from '../src/outbox.js';
import { SyncWorker, type AppliedEvent } from '../src/worker.js';
import { loadSyncConfig } from '../src/config.js';
import { allOutbox } from './support/model.js';
import { digest, pendingAtEdge, SAMPLE_TABLES, waitFor, withClient } from './support/sync-env.js';

// Capture is a property of one database; edge and centre are two databases of one PostgreSQL 15
// server here (the worker suites use two servers).
let server: TestPostgres;
let edgeUrl: string;
let centralUrl: string;
let edge: pg.Pool;
let central: pg.Pool;

beforeAll(async () => {
  server = await startPostgres();
  await withClient(server.url, async (c) => {
    await c.query('CREATE DATABASE edge');
    await c.query('CREATE DATABASE central');
  });
  edgeUrl = server.urlFor('edge');
  centralUrl = server.urlFor('central');
  await withClient(edgeUrl, async (c) => {
    await c.query(sqlFile('sample-schema'));
    await installEdge(c, { siteId: 'cap', tables: SAMPLE_TABLES });
  });
  await withClient(centralUrl, async (c) => {
    await c.query(sqlFile('sample-schema'));
    await installCentral(c);
  });
  edge = new pg.Pool({ connectionString: edgeUrl, max: 8 });
  central = new pg.Pool({ connectionString: centralUrl, max: 2 });
  edge.on('error', () => {});
  central.on('error', () => {});
});

afterAll(async () => {
  await edge?.end();
  await central?.end();
  await server?.stop();
});

async function drain(batchSize = 500, opts: { compare?: boolean; logs?: string[] } = {}) {
  const logger = { log: (level: string, msg: string) => void opts.logs?.push(`${level}: ${msg}`) };
  const w = new SyncWorker(loadSyncConfig({ SYNC_SITE_ID: 'cap', LOCAL_DB_URL: edgeUrl, CENTRAL_DB_URL: centralUrl, SYNC_BATCH_SIZE: String(batchSize), SYNC_INTERVAL_SECONDS: '1' }), { logger });
  const applied: string[] & { collapsed?: number } = [];
  applied.collapsed = 0;
  w.on('applied', (e: AppliedEvent) => applied.push(...e.changes.map((c: { table: string; key: unknown }) => `${c.table}:${JSON.stringify(c.key)}`)));
  w.on('collapsed', (e: { changes: number }) => (applied.collapsed! += e.changes));
  await w.start();
  await waitFor(async () => (await pendingAtEdge(edge)) === 0, 30_000, 'outbox drained');
  await w.stop();
  if (opts.compare !== false) expect(await digest(central)).toEqual(await digest(edge));
  return applied;
}

describe('edge capture (real PostgreSQL 15)', () => {
  it('install and uninstall are idempotent, and uninstall refuses to drop unshipped changes', async () => {
    await withClient(edgeUrl, async (c) => {
      const again = await installEdge(c, { siteId: 'cap', tables: SAMPLE_TABLES });
      expect(again.tracked.sort()).toEqual([...SAMPLE_TABLES].sort());
      await c.query('CREATE TABLE IF NOT EXISTS scratch (id int PRIMARY KEY, v text)');
      await installEdge(c, { tables: [...SAMPLE_TABLES, 'scratch'] });
      await c.query("INSERT INTO scratch VALUES (1, 'x')");
      await expect(uninstallEdge(c)).rejects.toThrow(/have not reached the centre/);
      // Dropping a table from SYNC_TABLES removes its triggers on the next install.
      await c.query('DELETE FROM pmoves_sync.outbox');
      const res = await installEdge(c, { tables: SAMPLE_TABLES });
      expect(res.untracked).toEqual(['scratch']);
      const trig = await c.query("SELECT count(*)::int AS n FROM pg_trigger WHERE tgrelid = 'scratch'::regclass AND tgname LIKE 'pmoves_sync%'");
      expect(trig.rows[0].n).toBe(0);
      await c.query("INSERT INTO scratch VALUES (2, 'y')");
      expect((await c.query('SELECT count(*)::int AS n FROM pmoves_sync.outbox')).rows[0].n).toBe(0);
      // A scratch database: uninstall twice, install again.
      await c.query('CREATE DATABASE scratchdb');
    });
    await withClient(server.urlFor('scratchdb'), async (c) => {
      await c.query(sqlFile('sample-schema'));
      await installEdge(c, { tables: ['jobs'] });
      expect((await uninstallEdge(c)).removed).toBe(true);
      expect((await uninstallEdge(c)).removed).toBe(false);
      const left = await c.query("SELECT count(*)::int AS n FROM pg_trigger WHERE tgname LIKE 'pmoves_sync%'");
      expect(left.rows[0].n).toBe(0);
      await installEdge(c, { tables: ['jobs'] });
      await c.query("INSERT INTO jobs (kind) VALUES ('after-reinstall')");
      expect((await c.query('SELECT count(*)::int AS n FROM pmoves_sync.outbox')).rows[0].n).toBe(1);
    });
  });

  it('captures images, tombstones and txids; skips no-op updates; a key change is delete + insert; TRUNCATE is refused', async () => {
    await edge.query('DELETE FROM pmoves_sync.outbox');
    await edge.query("INSERT INTO tasks (id, title) VALUES ('c1', 'one'), ('c2', 'two')");
    await edge.query("UPDATE tasks SET title = title WHERE id IN ('c1', 'c2')"); // no-op
    await edge.query("UPDATE tasks SET title = 'uno' WHERE id = 'c1'");
    await edge.query("UPDATE tasks SET id = 'c3' WHERE id = 'c2'");
    await edge.query("DELETE FROM tasks WHERE id = 'c1'");
    const rows = await allOutbox(edge);
    expect(rows.map((r) => [r.op, r.pk, r.gen])).toEqual([
      ['insert', '{"id": "c1"}', 0],
      ['insert', '{"id": "c2"}', 0],
      ['update', '{"id": "c1"}', 0],
      ['delete', '{"id": "c2"}', 1],
      ['insert', '{"id": "c3"}', 0],
      ['delete', '{"id": "c1"}', 1],
    ]);
    expect(JSON.parse(rows[2].image!).title).toBe('uno');
    expect(rows[5].image).toBeNull();
    expect(rows[0].txid).toBe(rows[1].txid);
    expect(rows[2].txid).not.toBe(rows[0].txid);
    await expect(edge.query('TRUNCATE tasks')).rejects.toThrow(/not captured/);
    await drain();
  });

  it('application roles without rights on pmoves_sync write captured rows (capture runs as the installer)', async () => {
    await edge.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_writer') THEN CREATE ROLE app_writer LOGIN PASSWORD 'app-writer-pw'; END IF;
    END $$; GRANT INSERT, UPDATE, DELETE, SELECT ON jobs TO app_writer`);
    await withClient(server.urlFor('edge', 'app_writer', 'app-writer-pw'), async (c) => {
      await expect(c.query('SELECT count(*) FROM pmoves_sync.outbox')).rejects.toThrow(/permission denied/);
      await c.query("INSERT INTO jobs (kind) VALUES ('from-app-role')");
      await c.query("UPDATE jobs SET status = 'running' WHERE kind = 'from-app-role'");
    });
    const rows = (await allOutbox(edge)).filter((r) => r.image?.includes('from-app-role'));
    expect(rows.map((r) => r.op)).toEqual(['insert', 'update']);
    await drain();
  });

  it('loop guard: rows applied by apply_batch are not captured again on a database that also captures', async () => {
    // The centre database gets capture too (a hub that is also an edge of another centre).
    await withClient(centralUrl, (c) => installEdge(c, { siteId: 'hub', tables: ['jobs'] }));
    await edge.query("INSERT INTO jobs (kind) SELECT 'loop' FROM generate_series(1, 20)");
    await drain();
    const n = await central.query("SELECT count(*)::int AS n FROM jobs WHERE kind = 'loop'");
    expect(n.rows[0].n).toBe(20);
    expect((await central.query('SELECT count(*)::int AS n FROM pmoves_sync.outbox')).rows[0].n).toBe(0);
    // ...while the hub's own writes are captured.
    await central.query("INSERT INTO jobs (kind) VALUES ('hub-local')");
    expect((await central.query('SELECT count(*)::int AS n FROM pmoves_sync.outbox')).rows[0].n).toBe(1);
    await withClient(centralUrl, async (c) => {
      await c.query('DELETE FROM pmoves_sync.outbox');
      await c.query("DELETE FROM jobs WHERE kind = 'hub-local'");
      await uninstallEdge(c, { force: true });
      await installCentral(c); // the hub's edge uninstall took the shared schema with it
    });
    await edge.query("DELETE FROM jobs WHERE kind = 'hub-local'");
  });

  it('gap safety: a transaction held open while later ones commit loses none of its rows; a rolled-back one ships nothing', async () => {
    await drain();
    const cursor0: Cursor = await readCursor(edge);
    const open = await edge.connect();
    const rolled = await edge.connect();
    try {
      await open.query('BEGIN');
      await open.query("INSERT INTO jobs (kind) VALUES ('open-1')"); // lower outbox id, still open
      await rolled.query('BEGIN');
      await rolled.query("INSERT INTO jobs (kind) VALUES ('rolled-back')");
      for (let i = 0; i < 5; i++) await edge.query("INSERT INTO jobs (kind) VALUES ('later')");
      // The later commits are not readable yet: they sort after the open transaction.
      expect(await readBatch(edge, cursor0, 100)).toEqual([]);
      await rolled.query('ROLLBACK');
      await open.query("INSERT INTO jobs (kind) VALUES ('open-2')");
      await open.query('COMMIT');
      const rows = await readBatch(edge, cursor0, 100);
      const kinds = rows.map((r) => JSON.parse(r.image!).kind);
      expect(kinds.sort()).toEqual(['later', 'later', 'later', 'later', 'later', 'open-1', 'open-2']);
    } finally {
      open.release();
      rolled.release();
    }
    await drain();
    const c = await central.query("SELECT kind, count(*)::int AS n FROM jobs WHERE kind IN ('open-1', 'open-2', 'later', 'rolled-back') GROUP BY 1 ORDER BY 1");
    expect(c.rows).toEqual([
      { kind: 'later', n: 5 },
      { kind: 'open-1', n: 1 },
      { kind: 'open-2', n: 1 },
    ]);
  });

  it('gap safety under a running worker: an open transaction does not get skipped by the cursor', async () => {
    const w = new SyncWorker(loadSyncConfig({ SYNC_SITE_ID: 'cap', LOCAL_DB_URL: edgeUrl, CENTRAL_DB_URL: centralUrl, SYNC_BATCH_SIZE: '3', SYNC_INTERVAL_SECONDS: '1' }));
    await w.start();
    const open = await edge.connect();
    try {
      await open.query('BEGIN');
      await open.query("INSERT INTO jobs (kind) VALUES ('slow-open')");
      for (let i = 0; i < 10; i++) await edge.query("INSERT INTO jobs (kind) VALUES ('fast')");
      await new Promise((r) => setTimeout(r, 500));
      await open.query('COMMIT');
    } finally {
      open.release();
    }
    await waitFor(async () => (await pendingAtEdge(edge)) === 0, 20_000, 'drained');
    await w.stop();
    const c = await central.query("SELECT count(*)::int AS n FROM jobs WHERE kind = 'slow-open'");
    expect(c.rows[0].n).toBe(1);
    expect(await digest(central)).toEqual(await digest(edge));
  });

  it('a row updated 1 000 times offline arrives once, in its last state, whatever the batch size', async () => {
    await drain();
    await central.query(`CREATE TABLE IF NOT EXISTS write_log (t text); CREATE OR REPLACE FUNCTION count_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO write_log VALUES (TG_TABLE_NAME); RETURN NULL; END $$;
      DROP TRIGGER IF EXISTS count_writes ON jobs; CREATE TRIGGER count_writes AFTER INSERT OR UPDATE ON jobs FOR EACH ROW EXECUTE FUNCTION count_writes();
      DROP TRIGGER IF EXISTS count_writes ON tasks; CREATE TRIGGER count_writes AFTER INSERT OR UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION count_writes()`);
    const id = (await edge.query("INSERT INTO jobs (kind, payload) VALUES ('hot', '{\"step\": 0}') RETURNING id::text")).rows[0].id;
    for (let i = 1; i <= 1000; i++) await edge.query(`UPDATE jobs SET payload = jsonb_build_object('step', $1::int), status = CASE WHEN $1::int = 1000 THEN 'done' ELSE 'running' END WHERE id = $2`, [i, id]);
    // A table with a rank rule (tasks: running wins) collapses too, by the same rule.
    await edge.query("INSERT INTO tasks (id, title, progress) VALUES ('hot', 'hot', 0)");
    for (let i = 1; i <= 300; i++) await edge.query("UPDATE tasks SET progress = $1 WHERE id = 'hot'", [i]);
    expect(await pendingAtEdge(edge)).toBe(1001 + 301);
    const applied = await drain(100); // 10 reads' worth of one key
    const j = await central.query('SELECT payload, status FROM jobs WHERE id = $1', [id]);
    expect(j.rows[0]).toEqual({ payload: { step: 1000 }, status: 'done' });
    expect((await central.query("SELECT progress FROM tasks WHERE id = 'hot'")).rows[0].progress).toBe(300);
    expect(applied.filter((a) => a.startsWith('jobs:'))).toHaveLength(1);
    expect(applied.filter((a) => a.startsWith('tasks:'))).toHaveLength(1);
    expect(applied.collapsed).toBe(1000 + 300); // reported as collapsed: every change but the last of each key
    const writes = await central.query('SELECT t, count(*)::int AS n FROM write_log GROUP BY t ORDER BY t');
    expect(writes.rows).toEqual([
      { t: 'jobs', n: 1 },
      { t: 'tasks', n: 1 },
    ]);
    await central.query('DROP TRIGGER count_writes ON jobs; DROP TRIGGER count_writes ON tasks');
  });

  it('collapse keeps a change the rank rule ranks above a later one, and stops while the rules of edge and centre differ', async () => {
    await drain();
    // queued -> running -> queued: the first queued loses to running and is skipped; running
    // outranks the later queued, so both ship and the centre keeps running, as it would from
    // every change.
    await edge.query("INSERT INTO tasks (id, title, status) VALUES ('ranked', 'r', 'queued')");
    await edge.query("UPDATE tasks SET status = 'running' WHERE id = 'ranked'");
    await edge.query("UPDATE tasks SET status = 'queued' WHERE id = 'ranked'");
    const applied = await drain(100, { compare: false }); // the rule keeps running at the centre
    expect(applied.filter((a) => a === 'tasks:{"id":"ranked"}')).toHaveLength(2);
    expect((await central.query("SELECT status FROM tasks WHERE id = 'ranked'")).rows[0].status).toBe('running');
    // Finished outranks running: edge and centre agree again.
    await edge.query("UPDATE tasks SET status = 'done' WHERE id = 'ranked'");
    await drain(100);

    // The centre's rule changed (here: a space added) and the edge's not: tasks ship every change.
    await central.query("UPDATE pmoves_sync.rules SET rank_sql = rank_sql || ' ' WHERE table_name = 'tasks'");
    try {
      for (let i = 1; i <= 30; i++) await edge.query("UPDATE tasks SET progress = $1 WHERE id = 'ranked'", [i]);
      await edge.query("INSERT INTO jobs (kind) VALUES ('j')");
      const jid = (await edge.query("SELECT id::text FROM jobs WHERE kind = 'j'")).rows[0].id;
      for (let i = 1; i <= 5; i++) await edge.query('UPDATE jobs SET payload = jsonb_build_object($1::text, 1) WHERE id = $2', ['k' + i, jid]);
      const logs: string[] = [];
      const again = await drain(100, { logs });
      expect(logs.filter((l) => /rank rule differs between edge and centre for tasks/.test(l))).toEqual([
        'warn: rank rule differs between edge and centre for tasks: every change of it ships, uncollapsed',
      ]);
      expect(again.filter((a) => a === 'tasks:{"id":"ranked"}')).toHaveLength(30);
      expect(again.filter((a) => a.startsWith('jobs:'))).toHaveLength(1); // other tables still collapse
      expect((await central.query("SELECT progress FROM tasks WHERE id = 'ranked'")).rows[0].progress).toBe(30);
    } finally {
      await central.query("UPDATE pmoves_sync.rules SET rank_sql = rtrim(rank_sql) WHERE table_name = 'tasks'");
    }
  });

  it('a worker refuses an edge schema installed by an older pmoves-sync and says how to fix it', async () => {
    await edge.query('DROP FUNCTION pmoves_sync.rank_of(text, jsonb)');
    const w = new SyncWorker(loadSyncConfig({ SYNC_SITE_ID: 'cap', LOCAL_DB_URL: edgeUrl, CENTRAL_DB_URL: centralUrl }));
    await expect(w.start()).rejects.toMatchObject({ message: expect.stringMatching(/installed by an older pmoves-sync/), hint: expect.stringMatching(/pmoves-sync install/) });
    await withClient(edgeUrl, (c) => installEdge(c, { siteId: 'cap', tables: SAMPLE_TABLES }));
    await edge.query("INSERT INTO jobs (kind) VALUES ('after-upgrade')");
    await drain();
  });

  it('a column added (then dropped) on both sides is picked up by the running worker without a restart', async () => {
    const w = new SyncWorker(loadSyncConfig({ SYNC_SITE_ID: 'cap', LOCAL_DB_URL: edgeUrl, CENTRAL_DB_URL: centralUrl, SYNC_INTERVAL_SECONDS: '1' }));
    await w.start();
    try {
      await edge.query("INSERT INTO tasks (id, title) VALUES ('schema-1', 'before')");
      await waitFor(async () => (await pendingAtEdge(edge)) === 0, 10_000, 'drained');
      for (const db of [central, edge]) await db.query('ALTER TABLE tasks ADD COLUMN note text');
      await edge.query("INSERT INTO tasks (id, title, note) VALUES ('schema-2', 'after', 'a note')");
      await waitFor(async () => (await pendingAtEdge(edge)) === 0, 10_000, 'drained');
      expect((await central.query("SELECT note FROM tasks WHERE id = 'schema-2'")).rows[0].note).toBe('a note');
      for (const db of [central, edge]) await db.query('ALTER TABLE tasks DROP COLUMN note');
      await edge.query("UPDATE tasks SET title = 'after-drop' WHERE id = 'schema-2'");
      await waitFor(async () => (await pendingAtEdge(edge)) === 0, 10_000, 'drained');
      expect((await central.query("SELECT title FROM tasks WHERE id = 'schema-2'")).rows[0].title).toBe('after-drop');
      expect((await edge.query('SELECT count(*)::int AS n FROM pmoves_sync.failed')).rows[0].n).toBe(0);
    } finally {
      await w.stop();
    }
    expect(await digest(central)).toEqual(await digest(edge));
  });

  it('HLC: concurrent sessions never see the same value or a smaller one', async () => {
    const sessions = await Promise.all([0, 1, 2, 3].map(() => edge.connect()));
    try {
      const seen = await Promise.all(
        sessions.map(async (c, i) => {
          // Half of the sessions run with a clock an hour slow: they must still never go back.
          if (i % 2) await c.query("SET pmoves_sync.clock_offset_ms = '-3600000'");
          const r = await c.query('SELECT pmoves_sync.hlc_now()::text AS h FROM generate_series(1, 2000)');
          return r.rows.map((x) => BigInt(x.h));
        }),
      );
      for (const vals of seen) for (let i = 1; i < vals.length; i++) expect(vals[i] > vals[i - 1]).toBe(true);
      const all = seen.flat();
      expect(new Set(all.map(String)).size).toBe(all.length);
    } finally {
      for (const s of sessions) s.release();
    }
  });

  it('backfill copies existing rows through the outbox, keyset-paged', async () => {
    await edge.query(`BEGIN; SET LOCAL pmoves_sync.applying = 'on';
      INSERT INTO metrics (site, name, value) SELECT 'pre', 'm', g FROM generate_series(1, 2345) g; COMMIT`);
    expect(await pendingAtEdge(edge)).toBe(0); // written uncaptured: "existed before install"
    const res = await withClient(edgeUrl, (c) => backfillTable(c, 'metrics', { pageSize: 500 }));
    expect(res.pages).toBe(5);
    expect(res.copied).toBeGreaterThanOrEqual(2345);
    await drain();
    expect((await central.query("SELECT count(*)::int AS n FROM metrics WHERE site = 'pre'")).rows[0].n).toBe(2345);
  });
});
