import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RestTransport } from '../src/transport.js';
import { SyncWorker, type FailedEvent } from '../src/worker.js';
import { startFakePostgrest, type FakePostgrest } from './support/fake-postgrest.js';
import { digest, pendingAtEdge, startSyncPair, waitFor, type SyncPair } from './support/sync-env.js';

const KEY = 'service-role-key-for-tests-0123456789';

let pair: SyncPair;
let api: FakePostgrest;

beforeAll(async () => {
  pair = await startSyncPair({ siteId: 'rest-site' });
  api = await startFakePostgrest(pair.centralUrl, KEY);
});

afterAll(async () => {
  await api?.close();
  await pair?.stop();
});

describe('SYNC_TRANSPORT=rest: supabase-js rpc(apply_batch) through a PostgREST stand-in to a real centre', () => {
  it('drains the outbox, holds a rejected row, survives the gateway answering 503, and ends equal', async () => {
    await pair.central.query('ALTER TABLE results ADD CONSTRAINT results_score_range CHECK (score BETWEEN 0 AND 1)');
    await pair.edge.query("INSERT INTO jobs (kind) SELECT 'rest' FROM generate_series(1, 1500)");
    await pair.edge.query("INSERT INTO results (job_id, score) SELECT gen_random_uuid(), 0.5 FROM generate_series(1, 99)");
    await pair.edge.query("INSERT INTO results (job_id, score) VALUES (gen_random_uuid(), 7)");
    await pair.edge.query("INSERT INTO tasks (id, title) VALUES ('big-hlc', 'x')"); // HLCs above 2^53 travel as strings

    const cfg = pair.config({ SYNC_TRANSPORT: 'rest', CENTRAL_SUPABASE_URL: api.url, SERVICE_ROLE_KEY: KEY, CENTRAL_DB_URL: '', SYNC_BATCH_SIZE: '400' });
    expect(cfg.transport).toBe('rest');
    const worker = new SyncWorker(cfg, { maxBackoffMs: 300, reportEveryMs: 50 });
    const failed: FailedEvent[] = [];
    let transient = 0;
    worker.on('failed', (e: FailedEvent) => failed.push(e));
    worker.on('error', () => transient++);
    api.down = true;
    await worker.start();
    await waitFor(() => transient >= 2, 10_000, 'the worker to retry the 503s');
    expect(await pendingAtEdge(pair.edge)).toBeGreaterThan(1500);
    api.down = false;
    await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 30_000, 'drained over rest');
    await worker.stop();

    expect(failed).toHaveLength(1);
    expect(failed[0].table).toBe('results');
    expect(failed[0].error).toMatch(/results_score_range/);
    const central = await pair.central.query("SELECT count(*)::int AS n FROM jobs WHERE kind = 'rest'");
    expect(central.rows[0].n).toBe(1500);
    const status = await pair.central.query("SELECT failed FROM sync_status WHERE service = 'rest-site' AND table_name = 'results'");
    expect(status.rows[0].failed).toBe('1');
    const state = await pair.edge.query('SELECT central_hlc::text AS h FROM pmoves_sync.state');
    expect(BigInt(state.rows[0].h)).toBeGreaterThan(2n ** 53n);

    await pair.edge.query("DELETE FROM results WHERE score = 7");
    await pair.central.query('ALTER TABLE results DROP CONSTRAINT results_score_range');
    // Edge-side fix: the held insert and the delete behind it are retried in order.
    const { retryFailed } = await import('../src/retry.js');
    const worker2 = new SyncWorker(cfg);
    await worker2.start();
    await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 20_000, 'delete shipped (held behind the poison row)');
    await worker2.stop();
    const edgeClient = await pair.edge.connect();
    try {
      const res = await retryFailed(edgeClient, new RestTransport(api.url, KEY), { site: 'rest-site', policy: 'last-write-wins' });
      expect(res).toEqual({ cleared: 2, stillFailing: [] });
    } finally {
      edgeClient.release();
    }
    expect(await digest(pair.central)).toEqual(await digest(pair.edge));
    expect(api.calls).toBeGreaterThan(5);
  });

  it('on a Supabase-style centre (default privileges for anon/authenticated) only service_role may call apply_batch or read sync_status', async () => {
    const c = pair.central;
    await c.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'service_role') THEN CREATE ROLE service_role NOLOGIN BYPASSRLS; END IF;
    END $$`);
    // What Supabase's images do: everything new in public is granted to the API roles.
    await c.query('GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role');
    await c.query('GRANT ALL ON ALL TABLES IN SCHEMA public TO anon, authenticated, service_role');
    await c.query('GRANT ALL ON ALL FUNCTIONS IN SCHEMA public TO anon, authenticated, service_role');
    const { installCentral } = await import('../src/install.js');
    const client = await c.connect();
    try {
      await installCentral(client);
      for (const role of ['anon', 'authenticated']) {
        await client.query(`SET ROLE ${role}`);
        await expect(client.query(`SELECT public.apply_batch('x', '[]'::jsonb)`)).rejects.toThrow(/permission denied/);
        await expect(client.query('SELECT * FROM public.sync_health')).rejects.toThrow(/permission denied/);
        await client.query('RESET ROLE');
      }
      await client.query('SET ROLE service_role');
      const ok = await client.query(`SELECT public.apply_batch('rest-site', '[]'::jsonb) AS h`);
      expect(ok.rows[0].h).toMatch(/^\d+$/);
      await client.query(`SELECT public.sync_report('rest-site', '[{"table": "jobs", "pending": 0, "failed": 0}]'::jsonb)`);
      expect((await client.query("SELECT health FROM public.sync_health WHERE service = 'rest-site' AND table_name = 'jobs'")).rows[0].health).toBe('healthy');
    } finally {
      await client.query('RESET ROLE').catch(() => {});
      client.release();
    }
  });

  it('a wrong service key is a transient error (the gateway says 401), never a held row', async () => {
    const t = new RestTransport(api.url, 'not-the-key-0000');
    await expect(t.applyBatch('rest-site', '[]', { retry: false, policy: 'last-write-wins' })).rejects.toMatchObject({ permanent: false });
  });
});
