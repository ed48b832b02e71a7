import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSyncCli, type SyncIO } from '../src/cli.js';
import { loadSyncConfig } from '../src/config.js';
import { digest, pendingAtEdge, startSyncPair, waitFor, type SyncPair } from './support/sync-env.js';
import { bundleWorker } from './support/worker-bundle.js';

async function cli(argv: string[], env: NodeJS.ProcessEnv) {
  let out = '';
  let err = '';
  const io: SyncIO = { env, stdout: (t) => (out += t), stderr: (t) => (err += t), stdoutIsTTY: false };
  const code = await runSyncCli(argv, io);
  return { code, out, err };
}

describe('pmoves-sync configuration', () => {
  it('reports every problem at once with the variable name, and never prints a password', () => {
    const env = {
      LOCAL_DB_URL: 'mysql://app:supersecretpw@db:3306/x',
      SYNC_SITE_ID: 'bad site!',
      SYNC_BATCH_SIZE: '0',
      SYNC_TRANSPORT: 'grpc',
      SYNC_TABLES: 'jobs, drop table;',
    };
    let msg = '';
    try {
      loadSyncConfig(env);
    } catch (e) {
      msg = (e as Error).message;
    }
    for (const name of ['LOCAL_DB_URL', 'SYNC_SITE_ID', 'SYNC_BATCH_SIZE', 'SYNC_TRANSPORT', 'SYNC_TABLES']) expect(msg).toContain(name);
    expect(msg).not.toContain('supersecretpw');
  });

  it('rest needs CENTRAL_SUPABASE_URL and SERVICE_ROLE_KEY; postgres needs CENTRAL_DB_URL', () => {
    const base = { LOCAL_DB_URL: 'postgres://u:p@127.0.0.1/db', SYNC_SITE_ID: 'a' };
    expect(() => loadSyncConfig({ ...base, SYNC_TRANSPORT: 'rest' })).toThrow(/CENTRAL_SUPABASE_URL[\s\S]*SERVICE_ROLE_KEY/);
    expect(() => loadSyncConfig(base)).toThrow(/CENTRAL_DB_URL is not set/);
    const ok = loadSyncConfig({ ...base, CENTRAL_DB_URL: 'postgres://u:p@127.0.0.1/c', SYNC_TABLES: 'public.jobs, other.t' });
    expect(ok).toMatchObject({ tables: ['jobs', 'other.t'], batchSize: 500, transport: 'postgres', conflictResolution: 'last-write-wins', httpPort: 9464 });
  });

  it('--help, --version, unknown commands and bad config exit 0 / 0 / 2 / 2 without stack traces', async () => {
    const help = await cli(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: pmoves-sync <command>/);
    expect((await cli(['run', '--help'], {})).out).toMatch(/Example:/);
    expect((await cli(['--version'], {})).out).toMatch(/^pmoves-sync \d+\.\d+\.\d+/);
    const unknown = await cli(['frobnicate'], {});
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "frobnicate"/);
    const bad = await cli(['run'], { LOCAL_DB_URL: 'postgres://u:hunter2hunter2@127.0.0.1:1/x' });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/SYNC_SITE_ID is not set/);
    expect(bad.err).not.toMatch(/\n\s+at /);
    const mode = await cli(['run'], { SUPABASE_MODE: 'standalone', SYNC_SITE_ID: 'a', LOCAL_DB_URL: 'postgres://u:p@127.0.0.1:1/x', CENTRAL_DB_URL: 'postgres://u:p@127.0.0.1:1/y' });
    expect(mode.code).toBe(2);
    expect(mode.err).toMatch(/only runs in dual-write mode/);
  });
});

describe('pmoves-sync commands against two PostgreSQL 15 servers', () => {
  let pair: SyncPair;
  let bundle: string;
  beforeAll(async () => {
    [pair, bundle] = await Promise.all([startSyncPair({ siteId: 'cli-site' }), bundleWorker()]);
  });
  afterAll(async () => {
    await pair?.stop();
  });

  it('install is idempotent on both sides; uninstall refuses while changes are unshipped', async () => {
    const env = pair.env();
    for (let i = 0; i < 2; i++) {
      const c = await cli(['install', '--central', '--json'], env);
      expect(c.code, c.err).toBe(0);
      const e = await cli(['install', '--json'], env);
      expect(e.code, e.err).toBe(0);
      expect(JSON.parse(e.out).tracked).toEqual(['jobs', 'results', 'metrics', 'workers', 'tasks']);
    }
    await pair.edge.query("INSERT INTO jobs (kind) VALUES ('unshipped')");
    const un = await cli(['uninstall'], env);
    expect(un.code).toBe(2);
    expect(un.err).toMatch(/have not reached the centre/);
    const warn = await cli(['install', '--central', '--json'], { ...env, SYNC_TABLES: 'jobs,nope' });
    expect(warn.code).toBe(0);
    expect(warn.err).toMatch(/warning: table "nope" does not exist at the centre/);
    const missing = await cli(['install'], { ...env, SYNC_TABLES: 'jobs,nope' });
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/table "nope" \(SYNC_TABLES\) does not exist/);
  });

  it('backfill queues existing rows; run drains them; SIGTERM finishes the batch in flight and exits 0', async () => {
    await pair.edge.query(`BEGIN; SET LOCAL pmoves_sync.applying = 'on';
      INSERT INTO jobs (kind) SELECT 'pre-existing' FROM generate_series(1, 30000); COMMIT`);
    const bf = await cli(['backfill', '--table', 'jobs', '--page-size', '5000', '--json'], pair.env());
    expect(bf.code, bf.err).toBe(0);
    expect(JSON.parse(bf.out).copied).toBeGreaterThanOrEqual(30000);

    const child = spawn(process.execPath, [bundle, 'run'], {
      env: { ...process.env, ...pair.env({ SYNC_BATCH_SIZE: '200', SYNC_HTTP_PORT: '0' }), PMOVES_SYNC_LOG: 'json' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr!.on('data', (d) => (log += d));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    await waitFor(async () => (await pair.central.query("SELECT count(*)::int AS n FROM jobs WHERE kind = 'pre-existing'")).rows[0].n > 1000, 30_000, 'the worker shipping');
    child.kill('SIGTERM');
    expect(await exited, log.slice(-2000)).toBe(0);
    expect(log).toMatch(/"msg":"received SIGTERM: finishing the batch in flight"/);
    // Graceful: what the centre committed is marked at the edge (no replay window left open).
    const c = await pair.central.query("SELECT last_txid::text AS tx, last_id::text AS id FROM pmoves_sync.site_progress WHERE site = 'cli-site'");
    const e = await pair.edge.query('SELECT shipped_txid::text AS tx, shipped_id::text AS id FROM pmoves_sync.state');
    expect(e.rows[0]).toEqual(c.rows[0]);
    expect(await pendingAtEdge(pair.edge)).toBeGreaterThan(0);

    // Run again to the end (in-process this time), then edge and centre match.
    const again = spawn(process.execPath, [bundle, 'run'], { env: { ...process.env, ...pair.env({ SYNC_BATCH_SIZE: '2000', SYNC_HTTP_PORT: '0' }) }, stdio: 'ignore' });
    const done = new Promise<number | null>((r) => again.once('exit', (code) => r(code)));
    await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 60_000, 'drained');
    again.kill('SIGTERM');
    expect(await done).toBe(0);
    expect(await digest(pair.central)).toEqual(await digest(pair.edge));
  });
});

describe('backoff', () => {
  it('grows exponentially from 250 ms, is capped, and is jittered within [cap/2, cap]', async () => {
    const { backoffDelay } = await import('../src/backoff.js');
    expect(backoffDelay(1, { random: () => 0 })).toBe(125);
    expect(backoffDelay(1, { random: () => 1 })).toBe(250);
    expect(backoffDelay(4, { random: () => 1 })).toBe(2000);
    expect(backoffDelay(50, { random: () => 1 })).toBe(30_000);
    expect(backoffDelay(50, { random: () => 0, maxMs: 5000 })).toBe(2500);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(6)));
    expect(spread.size).toBeGreaterThan(10);
  });
});
