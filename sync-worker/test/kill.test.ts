import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncWorker } from '../src/worker.js';
import { prng } from './support/model.js';
import { digest, pendingAtEdge, startSyncPair, waitFor, type SyncPair } from './support/sync-env.js';
import { bundleWorker } from './support/worker-bundle.js';

const RUNS = 50;

let pair: SyncPair;
let bundle: string;

beforeAll(async () => {
  [pair, bundle] = await Promise.all([startSyncPair({ siteId: 'kill-site' }), bundleWorker()]);
});

afterAll(async () => {
  await pair?.stop();
});

/** A stream of edge transactions over every sample table: inserts, updates, deletes. */
function startWriter(seed: number) {
  const rnd = prng(seed);
  let stop = false;
  let txns = 0;
  const done = (async () => {
    while (!stop) {
      const c = await pair.edge.connect();
      try {
        await c.query('BEGIN');
        const n = 1 + Math.floor(rnd() * 8);
        for (let i = 0; i < n; i++) {
          const k = Math.floor(rnd() * 40);
          switch (Math.floor(rnd() * 6)) {
            case 0:
              await c.query(
                `WITH j AS (INSERT INTO jobs (kind, payload) VALUES ('k', jsonb_build_object('n', $1::int)) RETURNING id)
                 INSERT INTO results (job_id, output, score) SELECT id, '{"ok": true}', $2 FROM j`,
                [k, rnd()],
              );
              break;
            case 1:
              await c.query("INSERT INTO metrics (site, name, value) VALUES ('kill', 'm', $1)", [rnd()]);
              break;
            case 2:
              await c.query(
                `INSERT INTO tasks (id, title, status, progress) VALUES ('t' || $1, 't', 'queued', 0)
                 ON CONFLICT (id) DO UPDATE SET progress = tasks.progress + 1`,
                [k],
              );
              break;
            case 3:
              await c.query(
                `INSERT INTO workers (id, host) VALUES ('w' || $1, 'h') ON CONFLICT (id) DO UPDATE SET last_seen_at = clock_timestamp()`,
                [k % 10],
              );
              break;
            case 4:
              await c.query("DELETE FROM tasks WHERE id = 't' || $1", [k]);
              break;
            default:
              await c.query('DELETE FROM jobs WHERE id IN (SELECT id FROM jobs ORDER BY random() LIMIT 1)');
          }
        }
        await c.query(rnd() < 0.1 ? 'ROLLBACK' : 'COMMIT');
        txns++;
      } finally {
        c.release();
      }
      await new Promise((r) => setTimeout(r, 3));
    }
  })();
  return {
    async stop() {
      stop = true;
      await done;
      return txns;
    },
  };
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

async function progressAhead(): Promise<boolean> {
  const c = await pair.central.query("SELECT last_txid::text AS tx, last_id::text AS id FROM pmoves_sync.site_progress WHERE site = 'kill-site'");
  const e = await pair.edge.query('SELECT shipped_txid::text AS tx, shipped_id::text AS id FROM pmoves_sync.state');
  if (c.rows.length === 0) return false;
  const [ct, ci, et, ei] = [c.rows[0].tx, c.rows[0].id, e.rows[0].tx, e.rows[0].id].map(BigInt);
  return ct > et || (ct === et && ci > ei);
}

describe('kill -9 of the worker at random points (two PostgreSQL 15 servers)', () => {
  it(`${RUNS} kills, including between the centre commit and the edge mark: nothing lost, nothing duplicated`, async () => {
    const rnd = prng(20260124);
    const writer = startWriter(7);
    let afterCommitKills = 0;
    let replaysPending = 0;
    let randomKills = 0;
    try {
      for (let run = 0; run < RUNS; run++) {
        const crashAfterCommit = run % 2 === 0;
        const env = {
          ...process.env,
          ...pair.env({ SYNC_BATCH_SIZE: String(5 + Math.floor(rnd() * 40)) }),
          PMOVES_SYNC_LOG: 'json',
          SYNC_HTTP_PORT: '0',
          ...(crashAfterCommit ? { PMOVES_SYNC_TEST_CRASH: `after-commit:${1 + Math.floor(rnd() * 4)}` } : {}),
        };
        delete (env as Record<string, string | undefined>).NATS_URL;
        const child = spawn(process.execPath, [bundle, 'run'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr!.on('data', (d) => (stderr += d));
        const exited = exitOf(child);
        if (crashAfterCommit) {
          const res = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
          if (res === null) {
            child.kill('SIGKILL');
            await exited;
            throw new Error(`worker did not reach its crash point: ${stderr.slice(-2000)}`);
          }
          expect(res.signal, stderr.slice(-2000)).toBe('SIGKILL');
          afterCommitKills++;
          // The centre committed a batch the edge has not marked: the next run replays it.
          if (await progressAhead()) replaysPending++;
        } else {
          await new Promise((r) => setTimeout(r, 50 + Math.floor(rnd() * 700)));
          child.kill('SIGKILL');
          const res = await exited;
          expect(res.signal).toBe('SIGKILL');
          randomKills++;
        }
      }
    } finally {
      const txns = await writer.stop();
      expect(txns).toBeGreaterThan(RUNS);
    }
    expect(afterCommitKills + randomKills).toBe(RUNS);
    // Most after-commit kills left the centre ahead of the edge's mark (a real replay window).
    expect(replaysPending).toBeGreaterThanOrEqual(afterCommitKills / 2);

    const pending = await pendingAtEdge(pair.edge);
    const final = new SyncWorker(pair.config({ SYNC_BATCH_SIZE: '500' }));
    await final.start();
    await waitFor(async () => (await pendingAtEdge(pair.edge)) === 0, 60_000, 'final drain');
    await final.stop();
    const edge = await digest(pair.edge);
    const central = await digest(pair.central);
    console.log(`kill -9: ${RUNS} runs (${afterCommitKills} right after a centre commit, ${replaysPending} of them before the edge mark; ${randomKills} at random times); ${pending} changes left for the final drain; tables ${edge.map((d) => `${d.table}=${d.rows}`).join(' ')}`);
    expect(central).toEqual(edge);
    expect(edge.reduce((n, d) => n + d.rows, 0)).toBeGreaterThan(100);
    // No failed rows: every kill was survived by replay, not by holding rows.
    expect((await pair.edge.query('SELECT count(*)::int AS n FROM pmoves_sync.failed')).rows[0].n).toBe(0);
  }, 300_000);
});
