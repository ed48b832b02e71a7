import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../test/support/postgres.js';
import { installCentral, sqlFile } from '../src/install.js';
import { waitFor } from './support/sync-env.js';

// Two sites' batches touching one key at the same moment, stepped by hand: site A's batch is
// held open inside its transaction while site B's batch runs into A's lock on the key's ledger
// row. The convergence property test finds such races by chance; these cases make them certain.
let server: TestPostgres;
let url: string;
const clients: pg.Client[] = [];

async function client(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  clients.push(c);
  return c;
}

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase('central');
  const c = await client();
  await c.query(sqlFile('sample-schema'));
  await installCentral(c);
});

afterAll(async () => {
  for (const c of clients) await c.end().catch(() => {});
  await server?.stop();
});

const HLC = (ms: number) => String(BigInt(ms) << 16n);
const batch = (rows: Array<{ i: number; o: 'insert' | 'update' | 'delete'; id: string; h: string; g: number; title?: string }>) =>
  JSON.stringify(
    rows.map((r) => ({
      i: String(r.i),
      x: String(100 + r.i),
      t: 'tasks',
      o: r.o,
      k: { id: r.id },
      r: r.o === 'delete' ? null : { id: r.id, title: r.title ?? r.id, status: 'done', progress: 0, updated_at: '2026-11-24T00:00:00+00:00' },
      h: r.h,
      g: r.g,
    })),
  );

/** Site A's batch applied inside an open transaction; site B's batch started against it; then A commits. */
async function race(aRows: string, bRows: string): Promise<void> {
  const a = await client();
  const b = await client();
  await a.query('BEGIN');
  await a.query('SELECT pmoves_sync.apply_batch($1, $2::jsonb)', ['site-a', aRows]);
  const bPid = (await b.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const bDone = b.query('SELECT pmoves_sync.apply_batch($1, $2::jsonb)', ['site-b', bRows]);
  const watch = await client();
  // B must be waiting on A's lock (not merely not started) before A commits.
  await waitFor(
    async () => (await watch.query("SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1", [bPid])).rows[0]?.wait_event_type === 'Lock',
    10_000,
    "site B's batch to wait on site A's ledger lock",
  );
  await a.query('COMMIT');
  await bDone;
}

describe('concurrent batches of two sites on one key (real PostgreSQL 15)', () => {
  it("a tombstone that wins deletes the row another site's batch inserted meanwhile", async () => {
    const c = await client();
    // A inserts t-race (gen 0); B deletes it with gen 1 (B saw a delete): B's version wins.
    await race(batch([{ i: 1, o: 'insert', id: 't-race', h: HLC(1000), g: 0 }]), batch([{ i: 1, o: 'delete', id: 't-race', h: HLC(900), g: 1 }]));
    const ledger = await c.query("SELECT site, deleted FROM pmoves_sync.versions WHERE table_name = 'tasks' AND pk = '{\"id\": \"t-race\"}'");
    expect(ledger.rows).toEqual([{ site: 'site-b', deleted: true }]);
    // The row must follow the ledger: gone.
    expect((await c.query("SELECT count(*)::int AS n FROM tasks WHERE id = 't-race'")).rows[0].n).toBe(0);
  });

  it("an image that wins overwrites the row another site's batch inserted meanwhile", async () => {
    const c = await client();
    await race(
      batch([{ i: 2, o: 'insert', id: 't-race-2', h: HLC(1000), g: 0, title: 'from a' }]),
      batch([{ i: 2, o: 'insert', id: 't-race-2', h: HLC(2000), g: 0, title: 'from b' }]),
    );
    expect((await c.query("SELECT title FROM tasks WHERE id = 't-race-2'")).rows).toEqual([{ title: 'from b' }]);
    const ledger = await c.query("SELECT site FROM pmoves_sync.versions WHERE table_name = 'tasks' AND pk = '{\"id\": \"t-race-2\"}'");
    expect(ledger.rows).toEqual([{ site: 'site-b' }]);
  });
});
