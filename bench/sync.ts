// npm run bench:sync — the sync worker against the naive method of the design sketch, in one run.
//
// Two real PostgreSQL 15 servers (edge and centre). Three measurements:
//   worker  a 100 000-change backlog in the edge outbox, drained by SyncWorker (batched
//           apply_batch at the centre, then one edge transaction marking the batch shipped);
//   naive   the same 100 000 rows the way the design sketch ships them: one upsert per row into
//           the centre, then one UPDATE per row at the edge to mark it synced;
//   steady  2 000 writes/s at the edge for a few seconds with the worker running: lag from the
//           write (its clock_timestamp()) to the centre's commit, p50/p99/max.
// Both servers run with PostgreSQL's stock durability (fsync on: a commit is on disk when it
// returns), as every site runs them. A second pass measures worker and naive again with fsync
// off, where a commit costs no disk flush and only CPU and round trips are compared; it is
// printed as `ratio (fsync off)` so the part the disk plays is visible (BENCH_FSYNC_OFF=0 skips it).
// The last line is `ratio <worker rows/s / naive rows/s>` of the durable pass. Goals (issue 5):
// ratio >= 20, worker >= 30 000 rows/s, steady p99 < 1 s on a 2-core machine.
//
// Env: BENCH_ROWS (100000), BENCH_NAIVE_ROWS (= BENCH_ROWS), SYNC_BATCH_SIZE (2000),
// BENCH_STEADY_SECONDS (10), BENCH_STEADY_RATE (2000), BENCH_NATS (1: also drain the backlog
// again with every change published to JetStream, when nats-server is installed),
// BENCH_FSYNC_OFF (1).
import pg from 'pg';
import { startPostgres, type TestPostgres } from '../test/support/postgres.js';
import { installCentral, installEdge, sqlFile } from '../sync-worker/src/install.js';
import { loadSyncConfig, type SyncConfig } from '../sync-worker/src/config.js';
import { SyncWorker, type AppliedEvent } from '../sync-worker/src/worker.js';
import { createTransport } from '../sync-worker/src/transport.js';
import { NatsPublisher, publishingTransport } from '../sync-worker/src/ops/nats.js';
import { startNats } from '../test/support/nats.js';
import { hasNatsServer } from '../test/support/require.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const NAIVE_ROWS = Number(process.env.BENCH_NAIVE_ROWS ?? ROWS);
const BATCH = process.env.SYNC_BATCH_SIZE ?? '2000';
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 10);
const STEADY_RATE = Number(process.env.BENCH_STEADY_RATE ?? 2000);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const log = (s: string) => process.stdout.write(s + '\n');

async function client(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Waits for the worker's next 'idle' (outbox drained) after `since`. */
function nextIdle(worker: SyncWorker): Promise<void> {
  return new Promise((resolve) => worker.once('idle', () => resolve()));
}

interface Sides {
  edgeSrv: TestPostgres;
  centralSrv: TestPostgres;
  edgeUrl: string;
  edge: pg.Client;
  central: pg.Client;
  cfg: SyncConfig;
}

/** Two fresh servers (edge and centre) with the sample schema and sync installed. */
async function sides(durable: boolean): Promise<Sides> {
  const [edgeSrv, centralSrv] = await Promise.all([startPostgres({ durable }), startPostgres({ durable })]);
  const edgeUrl = await edgeSrv.createDatabase('edge');
  const centralUrl = await centralSrv.createDatabase('central');
  const edge = await client(edgeUrl);
  const central = await client(centralUrl);
  await edge.query(sqlFile('sample-schema'));
  await central.query(sqlFile('sample-schema'));
  await installEdge(edge, { siteId: 'bench-edge', tables: ['metrics'] });
  await installCentral(central);
  const cfg = loadSyncConfig({
    SUPABASE_MODE: 'dual-write',
    SYNC_SITE_ID: 'bench-edge',
    LOCAL_DB_URL: edgeUrl,
    CENTRAL_DB_URL: centralUrl,
    SYNC_TABLES: 'metrics',
    SYNC_BATCH_SIZE: BATCH,
    SYNC_INTERVAL_SECONDS: '1',
  });
  return { edgeSrv, centralSrv, edgeUrl, edge, central, cfg };
}

async function close(s: Sides): Promise<void> {
  await s.edge.end().catch(() => {});
  await s.central.end().catch(() => {});
  await Promise.all([s.edgeSrv.stop(), s.centralSrv.stop()]);
}

/** Writes the backlog while no worker runs (a site that was offline); returns a started worker's drain rate. */
async function drainBacklog(s: Sides): Promise<{ rate: number; sec: number; worker: SyncWorker }> {
  for (let done = 0; done < ROWS; done += 10_000) {
    const n = Math.min(10_000, ROWS - done);
    await s.edge.query(
      `INSERT INTO metrics (site, name, value, labels, at)
       SELECT 'bench', 'gpu_util', g % 100, jsonb_build_object('worker', 'gpu-' || (g % 4)), clock_timestamp()
       FROM generate_series(1, $1) g`,
      [n],
    );
  }
  const backlog = Number((await s.edge.query('SELECT count(*) AS n FROM pmoves_sync.outbox')).rows[0].n);
  if (backlog !== ROWS) throw new Error(`expected ${ROWS} changes in the outbox, found ${backlog}`);
  await s.edge.query('CHECKPOINT');
  await s.central.query('CHECKPOINT');
  const worker = new SyncWorker(s.cfg);
  worker.on('error', (e: { error: Error }) => log(`worker error: ${e.error.message}`));
  const idle = nextIdle(worker);
  const t0 = performance.now();
  await worker.start();
  await idle;
  const sec = (performance.now() - t0) / 1000;
  const left = Number((await s.edge.query('SELECT count(*) AS n FROM pmoves_sync.outbox')).rows[0].n);
  const arrived = Number((await s.central.query(`SELECT count(*) AS n FROM metrics WHERE site = 'bench'`)).rows[0].n);
  if (left !== 0 || arrived !== ROWS) throw new Error(`worker drain incomplete: ${left} left at the edge, ${arrived} at the centre`);
  return { rate: ROWS / sec, sec, worker };
}

/** The design sketch: one upsert per row at the centre, then one UPDATE per row to mark it synced. */
async function naive(s: Sides): Promise<{ rate: number; sec: number }> {
  await s.edge.query(`CREATE TABLE naive_src (id bigint PRIMARY KEY, site text, name text, value float8, labels jsonb, at timestamptz, synced boolean NOT NULL DEFAULT false)`);
  await s.edge.query(`CREATE INDEX naive_src_unsynced ON naive_src (id) WHERE NOT synced`);
  await s.central.query(`CREATE TABLE naive_dst (id bigint PRIMARY KEY, site text, name text, value float8, labels jsonb, at timestamptz)`);
  await s.edge.query(
    `INSERT INTO naive_src (id, site, name, value, labels, at)
     SELECT g, 'bench', 'gpu_util', g % 100, jsonb_build_object('worker', 'gpu-' || (g % 4)), clock_timestamp() FROM generate_series(1, $1) g`,
    [NAIVE_ROWS],
  );
  await s.edge.query('CHECKPOINT');
  await s.central.query('CHECKPOINT');
  const n0 = performance.now();
  let shipped = 0;
  for (;;) {
    const page = await s.edge.query(`SELECT id, site, name, value, labels, at FROM naive_src WHERE NOT synced ORDER BY id LIMIT 1000`);
    if (page.rows.length === 0) break;
    for (const r of page.rows) {
      await s.central.query(
        `INSERT INTO naive_dst (id, site, name, value, labels, at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET site = EXCLUDED.site, name = EXCLUDED.name, value = EXCLUDED.value, labels = EXCLUDED.labels, at = EXCLUDED.at`,
        [r.id, r.site, r.name, r.value, r.labels, r.at],
      );
      await s.edge.query(`UPDATE naive_src SET synced = true WHERE id = $1`, [r.id]);
      shipped++;
    }
  }
  const sec = (performance.now() - n0) / 1000;
  if (shipped !== NAIVE_ROWS) throw new Error(`naive shipped ${shipped} of ${NAIVE_ROWS}`);
  return { rate: NAIVE_ROWS / sec, sec };
}

/** The worker keeps running; writes arrive at STEADY_RATE; lag from each write to the centre's commit. */
async function steady(s: Sides, worker: SyncWorker): Promise<void> {
  const lags: number[] = [];
  const onApplied = (e: AppliedEvent) => {
    const now = Date.now();
    for (const c of e.changes) {
      const at = c.row?.at;
      if (c.row?.site === 'steady' && typeof at === 'string') lags.push(now - Date.parse(at));
    }
  };
  worker.on('applied', onApplied);
  const writer = await client(s.edgeUrl);
  const tickMs = 10;
  const perTick = STEADY_RATE / (1000 / tickMs);
  let written = 0;
  const s0 = Date.now();
  while (Date.now() - s0 < STEADY_SECONDS * 1000) {
    const due = Math.floor(((Date.now() - s0) / 1000) * STEADY_RATE) - written;
    if (due > 0) {
      await writer.query(
        `INSERT INTO metrics (site, name, value, at) SELECT 'steady', 'tokens_per_s', g, clock_timestamp() FROM generate_series(1, $1) g`,
        [due],
      );
      written += due;
    }
    await new Promise((r) => setTimeout(r, tickMs));
  }
  const achieved = written / ((Date.now() - s0) / 1000);
  for (let i = 0; i < 200 && lags.length < written; i++) await new Promise((r) => setTimeout(r, 50));
  worker.off('applied', onApplied);
  await writer.end();
  lags.sort((a, b) => a - b);
  log(
    `steady: ${fmt(achieved)} writes/s for ${STEADY_SECONDS} s (${fmt(perTick)} per ${tickMs} ms tick), ${fmt(lags.length)}/${fmt(written)} arrived; lag p50 ${fmt(percentile(lags, 50))} ms, p99 ${fmt(percentile(lags, 99))} ms, max ${fmt(lags[lags.length - 1] ?? NaN)} ms`,
  );
}

/** The same backlog again, each batch acked by JetStream before it is marked shipped. */
async function withNats(s: Sides): Promise<void> {
  const nats = await startNats();
  try {
    await s.edge.query(`INSERT INTO metrics (site, name, value, at) SELECT 'nats', 'gpu_util', g % 100, clock_timestamp() FROM generate_series(1, $1) g`, [ROWS]);
    const pub = await NatsPublisher.connect({ url: nats.url, site: 'bench-edge' });
    const w2 = new SyncWorker(s.cfg, { transport: publishingTransport(createTransport(s.cfg), pub) });
    const idle2 = nextIdle(w2);
    const t1 = performance.now();
    await w2.start();
    await idle2;
    const sec = (performance.now() - t1) / 1000;
    await w2.stop();
    await pub.close();
    log(`worker+nats: ${fmt(ROWS)} changes in ${sec.toFixed(2)} s = ${fmt(ROWS / sec)} rows/s (${fmt(pub.stats.published)} published to JetStream)`);
  } finally {
    await nats.stop();
  }
}

async function main() {
  const started = Date.now();
  log(`bench:sync — ${fmt(ROWS)}-change backlog, worker vs naive, then ${STEADY_RATE}/s steady state for ${STEADY_SECONDS} s`);

  // Pass 1, fsync off: commits cost CPU and round trips only.
  let offRatio: number | undefined;
  if (process.env.BENCH_FSYNC_OFF !== '0') {
    const s = await sides(false);
    try {
      const w = await drainBacklog(s);
      await w.worker.stop();
      const n = await naive(s);
      offRatio = w.rate / n.rate;
      log(`fsync off: worker ${fmt(w.rate)} rows/s, naive ${fmt(n.rate)} rows/s, ratio (fsync off) ${offRatio.toFixed(2)}`);
    } finally {
      await close(s);
    }
  }

  // Pass 2, stock durability: what a site runs.
  const s = await sides(true);
  try {
    log('durable (fsync on, the PostgreSQL default):');
    const w = await drainBacklog(s);
    log(`worker: ${fmt(ROWS)} changes in ${w.sec.toFixed(2)} s = ${fmt(w.rate)} rows/s (batch ${BATCH})`);
    await steady(s, w.worker);
    await w.worker.stop();
    if (process.env.BENCH_NATS !== '0' && hasNatsServer()) await withNats(s);
    const n = await naive(s);
    log(`naive:  ${fmt(NAIVE_ROWS)} changes in ${n.sec.toFixed(2)} s = ${fmt(n.rate)} rows/s (one upsert + one mark per row, each its own commit)`);
    log(`(total ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    log(`ratio ${(w.rate / n.rate).toFixed(2)}`);
  } finally {
    await close(s);
  }
}

await main();
