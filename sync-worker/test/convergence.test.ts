import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../test/support/postgres.js';
import { installCentral, installEdge, sqlFile } from '../src/install.js';
import { readBatch, type OutboxRow } from '../src/outbox.js';
import { allOutbox, applyBatch, centralState, expectedState, prng, type Version } from './support/model.js';
import { digest, withClient } from './support/sync-env.js';

// Three edge sites and one centre as four databases of one PostgreSQL 15 server: the apply logic
// only sees what the sites ship, so separate servers would add start-up time and nothing else.
const SITES = ['site-a', 'site-b', 'site-c'];
const TABLES = ['tasks', 'workers'];

let server: TestPostgres;
const edges = new Map<string, pg.Pool>();
let central: pg.Pool;

async function createDb(name: string): Promise<string> {
  await withClient(server.url, (c) => c.query(`CREATE DATABASE ${name}`));
  return server.urlFor(name);
}

beforeAll(async () => {
  server = await startPostgres();
  for (const site of SITES) {
    const url = await createDb(site.replace('-', '_'));
    await withClient(url, async (c) => {
      await c.query(sqlFile('sample-schema'));
      await installEdge(c, { siteId: site, tables: TABLES });
    });
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => {});
    edges.set(site, pool);
  }
  const curl = await createDb('central');
  await withClient(curl, async (c) => {
    await c.query(sqlFile('sample-schema'));
    await installCentral(c);
  });
  central = new pg.Pool({ connectionString: curl, max: 2 });
  central.on('error', () => {});
});

afterAll(async () => {
  for (const p of edges.values()) await p.end();
  await central?.end();
  await server?.stop();
});

async function resetEdges() {
  for (const db of edges.values()) {
    await db.query(`BEGIN; SET LOCAL pmoves_sync.applying = 'on'; TRUNCATE tasks, workers; TRUNCATE pmoves_sync.outbox, pmoves_sync.key_gen; COMMIT`);
  }
}

async function resetCentral() {
  await central.query('TRUNCATE tasks, workers, pmoves_sync.versions, pmoves_sync.site_progress, pmoves_sync.conflicts');
}

type Step = { table: 'tasks' | 'workers'; key: number; kind: 'upsert' | 'delete'; status: string; n: number };

async function runStep(db: pg.Pool, s: Step) {
  const id = `k${s.key}`;
  if (s.kind === 'delete') {
    await db.query(`DELETE FROM ${s.table} WHERE id = $1`, [id]);
  } else if (s.table === 'tasks') {
    await db.query(
      `INSERT INTO tasks (id, title, status, progress, updated_at) VALUES ($1, 'task', $2, $3, '2026-01-01')
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, progress = EXCLUDED.progress`,
      [id, s.status, s.n],
    );
  } else {
    await db.query(
      `INSERT INTO workers (id, host, status, last_seen_at) VALUES ($1, 'h' || $2, $3, '2026-01-01')
       ON CONFLICT (id) DO UPDATE SET host = EXCLUDED.host, status = EXCLUDED.status`,
      [id, s.n, s.status],
    );
  }
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  table: fc.constantFrom('tasks' as const, 'workers' as const),
  key: fc.integer({ min: 0, max: 3 }),
  kind: fc.constantFrom('upsert' as const, 'upsert' as const, 'delete' as const),
  status: fc.constantFrom('queued', 'running', 'completed'),
  n: fc.integer({ min: 0, max: 99 }),
});

/** Splits rows into consecutive batches of 1..4 rows. */
function batches(rows: OutboxRow[], rnd: () => number): OutboxRow[][] {
  const out: OutboxRow[][] = [];
  for (let i = 0; i < rows.length; ) {
    const n = 1 + Math.floor(rnd() * 4);
    out.push(rows.slice(i, i + n));
    i += n;
  }
  return out;
}

describe('apply_batch convergence (three sites, real PostgreSQL 15)', () => {
  it('replayed, duplicated and reordered batches from three sites reach the same state, the one the (gen, rank, hlc, site) oracle predicts', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(0, 1, 2), stepArb), { minLength: 1, maxLength: 30 }),
        fc.integer(),
        async (history, seed) => {
          runs++;
          await resetEdges();
          // Sites write interleaved in time, each step its own transaction at its own edge.
          for (const [s, step] of history) await runStep(edges.get(SITES[s])!, step);
          const rnd = prng(seed);
          const perSite = new Map<string, OutboxRow[][]>();
          const all: Version[] = [];
          for (const site of SITES) {
            const rows = await allOutbox(edges.get(site)!);
            for (const row of rows) all.push({ site, row });
            perSite.set(site, batches(rows, rnd));
          }

          // Reference: every site's batches in order, one site after the other.
          await resetCentral();
          for (const site of SITES) for (const b of perSite.get(site)!) await applyBatch(central, site, b);
          const reference = await digest(central, TABLES);
          const oracle = expectedState(all);
          const state = await centralState(central, TABLES);
          const live = [...oracle].filter(([, v]) => v !== null);
          expect(state.size).toBe(live.length);
          for (const [k, img] of live) expect(state.get(k), k).toEqual(img);

          // Two shuffled schedules: any order across and within sites, plus duplicates (replays).
          for (let round = 0; round < 2; round++) {
            const flat: Array<[string, OutboxRow[]]> = [];
            for (const [site, bs] of perSite) for (const b of bs) flat.push([site, b]);
            for (let i = flat.length - 1; i > 0; i--) {
              const j = Math.floor(rnd() * (i + 1));
              [flat[i], flat[j]] = [flat[j], flat[i]];
            }
            const dups = Math.floor(rnd() * Math.max(1, flat.length / 2));
            for (let d = 0; d < dups && flat.length > 0; d++) {
              flat.splice(Math.floor(rnd() * flat.length), 0, flat[Math.floor(rnd() * flat.length)]);
            }
            await resetCentral();
            for (const [site, b] of flat) await applyBatch(central, site, b);
            expect(await digest(central, TABLES)).toEqual(reference);
          }

          // What the worker ships: each site's outbox collapsed at the edge (readBatch skips a
          // change a later one of its key would beat), sites interleaved at random. Same state.
          const queue = new Map<string, OutboxRow[][]>();
          for (const site of SITES) queue.set(site, batches(await readBatch(edges.get(site)!, { txid: '0', id: '0' }, 1_000_000, []), rnd));
          await resetCentral();
          for (;;) {
            const ready = [...queue].filter(([, q]) => q.length > 0);
            if (ready.length === 0) break;
            const [site, q] = ready[Math.floor(rnd() * ready.length)];
            await applyBatch(central, site, q.shift()!); // a site's batches in order, as the worker sends them
          }
          expect(await digest(central, TABLES)).toEqual(reference);
        },
      ),
      { numRuns: 50, endOnFailure: true },
    );
    expect(runs).toBeGreaterThanOrEqual(50);
  });

  it('batches of three sites applied concurrently (separate centre sessions) end in the oracle state', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(0, 1, 2), stepArb), { minLength: 5, maxLength: 40 }),
        fc.integer(),
        async (history, seed) => {
          await resetEdges();
          for (const [s, step] of history) await runStep(edges.get(SITES[s])!, step);
          const rnd = prng(seed);
          const all: Version[] = [];
          const perSite: Array<[string, OutboxRow[][]]> = [];
          for (const site of SITES) {
            const rows = await allOutbox(edges.get(site)!);
            for (const row of rows) all.push({ site, row });
            perSite.push([site, batches(rows, rnd)]);
          }
          await resetCentral();
          await Promise.all(
            perSite.map(async ([site, bs]) => {
              const c = new pg.Client(central.options);
              await c.connect();
              try {
                for (const b of bs) {
                  for (let attempt = 0; ; attempt++) {
                    try {
                      await applyBatch(c, site, b);
                      break;
                    } catch (err) {
                      // A deadlock is a transient error the worker retries; the test does the same.
                      if ((err as { code?: string }).code !== '40P01' || attempt > 5) throw err;
                    }
                  }
                }
              } finally {
                await c.end();
              }
            }),
          );
          const oracle = expectedState(all);
          const state = await centralState(central, TABLES);
          const live = [...oracle].filter(([, v]) => v !== null);
          expect(state.size).toBe(live.length);
          for (const [k, img] of live) expect(state.get(k), k).toEqual(img);
        },
      ),
      { numRuns: 20, endOnFailure: true },
    );
  });

  it('tasks: a running task wins over a later queued update from another site; completion at the running site still wins', async () => {
    await resetEdges();
    await resetCentral();
    const a = edges.get('site-a')!;
    const b = edges.get('site-b')!;
    await runStep(a, { table: 'tasks', key: 9, kind: 'upsert', status: 'running', n: 1 });
    await runStep(b, { table: 'tasks', key: 9, kind: 'upsert', status: 'queued', n: 2 }); // later clock
    const ra = await allOutbox(a);
    const rb = await allOutbox(b);
    expect(BigInt(rb[0].hlc)).toBeGreaterThan(BigInt(ra[0].hlc));
    for (const order of [['a', 'b'], ['b', 'a']]) {
      await resetCentral();
      for (const s of order) await applyBatch(central, `site-${s}`, s === 'a' ? ra : rb);
      const r = await central.query("SELECT status, progress FROM tasks WHERE id = 'k9'");
      expect(r.rows[0]).toEqual({ status: 'running', progress: 1 });
      if (order[0] === 'a') {
        // The queued update arrived second and lost: the conflict log says to whom.
        const conflicts = await central.query(`SELECT site, winner_site FROM pmoves_sync.conflicts WHERE pk = '{"id": "k9"}'`);
        expect(conflicts.rows).toEqual([{ site: 'site-b', winner_site: 'site-a' }]);
      }
    }
    await runStep(a, { table: 'tasks', key: 9, kind: 'upsert', status: 'completed', n: 3 });
    await applyBatch(central, 'site-a', (await allOutbox(a)).slice(1));
    const r = await central.query("SELECT status, progress FROM tasks WHERE id = 'k9'");
    expect(r.rows[0]).toEqual({ status: 'completed', progress: 3 });
  });

  it('deletes win over other sites\' later updates; the deleting site can re-create its row', async () => {
    await resetEdges();
    await resetCentral();
    const a = edges.get('site-a')!;
    const b = edges.get('site-b')!;
    await runStep(a, { table: 'workers', key: 1, kind: 'upsert', status: 'idle', n: 1 });
    await runStep(b, { table: 'workers', key: 1, kind: 'upsert', status: 'idle', n: 2 });
    await runStep(a, { table: 'workers', key: 1, kind: 'delete', status: '', n: 0 });
    await runStep(b, { table: 'workers', key: 1, kind: 'upsert', status: 'busy', n: 3 }); // later, from another site
    const ra = await allOutbox(a);
    const rb = await allOutbox(b);
    for (const order of [['a', 'b'], ['b', 'a']]) {
      await resetCentral();
      for (const s of order) await applyBatch(central, `site-${s}`, s === 'a' ? ra : rb);
      expect((await central.query("SELECT count(*)::int AS n FROM workers WHERE id = 'k1'")).rows[0].n).toBe(0);
    }
    await runStep(a, { table: 'workers', key: 1, kind: 'upsert', status: 'back', n: 4 });
    await applyBatch(central, 'site-a', (await allOutbox(a)).slice(ra.length));
    expect((await central.query("SELECT host, status FROM workers WHERE id = 'k1'")).rows[0]).toEqual({ host: 'h4', status: 'back' });
  });
});

describe('CONFLICT_RESOLUTION=central-wins', () => {
  it('a key another site wrote first is not overwritten by a later change from this site; its own keys still update', async () => {
    await resetEdges();
    await resetCentral();
    const a = edges.get('site-a')!;
    const b = edges.get('site-b')!;
    await runStep(a, { table: 'workers', key: 5, kind: 'upsert', status: 'idle', n: 1 });
    await runStep(b, { table: 'workers', key: 5, kind: 'upsert', status: 'busy', n: 2 });
    await runStep(b, { table: 'workers', key: 6, kind: 'upsert', status: 'idle', n: 3 });
    const ra = await allOutbox(a);
    await central.query(`SELECT pmoves_sync.apply_batch('site-a', $1::jsonb, false, 'central-wins')`, [JSON.stringify([])]);
    const { batchPayload } = await import('../src/outbox.js');
    await central.query(`SELECT pmoves_sync.apply_batch('site-a', $1::jsonb, false, 'central-wins')`, [batchPayload(ra)]);
    await central.query(`SELECT pmoves_sync.apply_batch('site-b', $1::jsonb, false, 'central-wins')`, [batchPayload(await allOutbox(b))]);
    const rows = await central.query('SELECT id, status FROM workers ORDER BY id');
    expect(rows.rows).toEqual([
      { id: 'k5', status: 'idle' },
      { id: 'k6', status: 'idle' },
    ]);
    await runStep(a, { table: 'workers', key: 5, kind: 'upsert', status: 'gone', n: 4 });
    await central.query(`SELECT pmoves_sync.apply_batch('site-a', $1::jsonb, false, 'central-wins')`, [batchPayload((await allOutbox(a)).slice(ra.length))]);
    expect((await central.query("SELECT status FROM workers WHERE id = 'k5'")).rows[0].status).toBe('gone');
  });
});

describe('clock skew (one site an hour ahead, one booted at 1970, one jumped back)', () => {
  it('every site order gives the same winner, the one the oracle predicts, and no site clock goes backwards', async () => {
    await resetEdges();
    const hour = 3_600_000;
    const clients = new Map<string, pg.PoolClient>();
    const offsets: Record<string, number> = { 'site-a': hour, 'site-b': -Date.now() + 5_000, 'site-c': 0 };
    for (const site of SITES) {
      const c = await edges.get(site)!.connect();
      // Fresh boards: clocks start from nothing (earlier tests advanced these sequences).
      await c.query('ALTER SEQUENCE pmoves_sync.hlc_seq RESTART WITH 0');
      await c.query(`SET pmoves_sync.clock_offset_ms = '${offsets[site]}'`);
      clients.set(site, c);
    }
    try {
      const before = new Map<string, bigint>();
      for (let round = 0; round < 6; round++) {
        if (round === 3) {
          // site-c's clock jumps back ten minutes (NTP correction, RTC reset).
          const r = await clients.get('site-c')!.query('SELECT pmoves_sync.hlc_now()::text AS h');
          before.set('site-c', BigInt(r.rows[0].h));
          await clients.get('site-c')!.query(`SET pmoves_sync.clock_offset_ms = '${-10 * 60_000}'`);
        }
        for (const site of SITES) {
          const c = clients.get(site)!;
          await c.query(
            `INSERT INTO tasks (id, title, status, progress, updated_at) VALUES ('shared', $1, 'queued', $2, '2026-01-01')
             ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, progress = EXCLUDED.progress`,
            [site, round],
          );
          await c.query(
            `INSERT INTO workers (id, host, status, last_seen_at) VALUES ('w-' || $2, $1, 'idle', '2026-01-01')
             ON CONFLICT (id) DO UPDATE SET host = EXCLUDED.host`,
            [site, round % 2],
          );
        }
      }
      const rows = new Map<string, OutboxRow[]>();
      const all: Version[] = [];
      for (const site of SITES) {
        const r = await allOutbox(edges.get(site)!);
        rows.set(site, r);
        for (const row of r) all.push({ site, row });
        // Never backwards: HLC order is outbox (commit-serial) order, strictly between transactions.
        for (let i = 1; i < r.length; i++) {
          const prev = BigInt(r[i - 1].hlc);
          const cur = BigInt(r[i].hlc);
          if (r[i].txid === r[i - 1].txid) expect(cur).toBeGreaterThanOrEqual(prev);
          else expect(cur, `${site} row ${i}`).toBeGreaterThan(prev);
        }
      }
      const cRows = rows.get('site-c')!;
      expect(BigInt(cRows[cRows.length - 1].hlc)).toBeGreaterThan(before.get('site-c')!);
      // The 1970 board's clock really is in 1970 (ms part of the HLC).
      expect(Number(BigInt(rows.get('site-b')![0].hlc) >> 16n)).toBeLessThan(60_000);

      const oracle = expectedState(all);
      const expectedShared = oracle.get('tasks:{"id": "shared"}');
      // The site an hour ahead wins the shared task: highest clock, same rank.
      expect(expectedShared?.title).toBe('site-a');

      const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
      let reference: unknown;
      let centralHlc = 0n;
      for (const order of orders) {
        await resetCentral();
        for (const i of order) {
          const h = BigInt(await applyBatch(central, SITES[i], rows.get(SITES[i])!));
          if (h > centralHlc) centralHlc = h;
        }
        const state = await centralState(central, TABLES);
        expect(state.get('tasks:{"id": "shared"}')?.title).toBe('site-a');
        const d = await digest(central, TABLES);
        if (reference === undefined) reference = d;
        else expect(d).toEqual(reference);
      }
      for (const [k, img] of oracle) if (img) expect((await centralState(central, TABLES)).get(k)).toEqual(img);

      // After its first sync the 1970 board adopts the centre's clock: its next write sorts
      // after everything the centre has seen, and wins.
      const b = clients.get('site-b')!;
      await b.query('SELECT pmoves_sync.hlc_observe($1::bigint)', [centralHlc.toString()]);
      await b.query(`UPDATE tasks SET title = 'site-b-after-sync' WHERE id = 'shared'`);
      const last = (await allOutbox(edges.get('site-b')!)).slice(-1);
      expect(BigInt(last[0].hlc)).toBeGreaterThan(centralHlc);
      await applyBatch(central, 'site-b', last);
      expect((await central.query(`SELECT title FROM tasks WHERE id = 'shared'`)).rows[0].title).toBe('site-b-after-sync');
    } finally {
      for (const c of clients.values()) c.release();
    }
  });
});
