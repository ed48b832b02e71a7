import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../test/support/postgres.js';
import { installCentral, sqlFile } from '../src/install.js';
import { batchPayload, type OutboxRow } from '../src/outbox.js';

// apply_batch_after(): the centre side of the pipelined apply. A batch sent ahead must wait for
// the batch before it and apply only if that one committed; otherwise nothing of it lands.

let server: TestPostgres;
let url: string;
let a: pg.Client;
let b: pg.Client;
/** Reads committed state only (never inside a test's open transaction). */
let c: pg.Client;

const HLC0 = BigInt(Date.now()) << 16n;

/** Outbox rows for metrics ids [from, to] of site 'pipe', in txid `txid`. */
function rows(txid: number, from: number, to: number): OutboxRow[] {
  const out: OutboxRow[] = [];
  for (let id = from; id <= to; id++) {
    out.push({
      txid: String(txid),
      id: String(id),
      table: 'metrics',
      op: 'insert',
      pk: JSON.stringify({ id, site: 'pipe' }),
      image: JSON.stringify({ id, site: 'pipe', name: 'gpu_util', value: id, labels: {}, at: new Date().toISOString() }),
      hlc: String(HLC0 + BigInt(id)),
      gen: 0,
    });
  }
  return out;
}

const count = async () => Number((await c.query("SELECT count(*) AS n FROM metrics WHERE site = 'pipe'")).rows[0].n);
const after = (c: pg.Client, batch: OutboxRow[], txid: number, id: number) =>
  c.query("SELECT pmoves_sync.apply_batch_after('pipe-site', $1::jsonb, $2, $3)::text AS h", [batchPayload(batch), txid, id]);

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase('central');
  a = new pg.Client(url);
  b = new pg.Client(url);
  c = new pg.Client(url);
  await Promise.all([a.connect(), b.connect(), c.connect()]);
  await a.query(sqlFile('sample-schema'));
  await installCentral(a);
});

afterAll(async () => {
  await a?.end();
  await b?.end();
  await c?.end();
  await server?.stop();
});

describe('apply_batch_after (pipelined apply at the centre; PostgreSQL 15)', () => {
  it('refuses (PS003) and applies nothing while the batch before it is not applied', async () => {
    await expect(after(b, rows(10, 11, 20), 10, 10)).rejects.toMatchObject({ code: 'PS003' });
    expect(await count()).toBe(0);
  });

  it('applies once the batch before it committed, in order', async () => {
    await a.query("SELECT pmoves_sync.apply_batch('pipe-site', $1::jsonb)", [batchPayload(rows(10, 1, 10))]);
    const r = await after(b, rows(10, 11, 20), 10, 10);
    expect(BigInt(r.rows[0].h)).toBeGreaterThan(HLC0);
    expect(await count()).toBe(20);
    const p = await a.query("SELECT last_txid::text AS x, last_id::text AS i FROM pmoves_sync.site_progress WHERE site = 'pipe-site'");
    expect(p.rows[0]).toEqual({ x: '10', i: '20' });
  });

  it('waits for the batch in flight: applies after its commit, refuses after its rollback', async () => {
    for (const outcome of ['ROLLBACK', 'COMMIT'] as const) {
      const base = outcome === 'ROLLBACK' ? 100 : 200;
      await a.query('BEGIN');
      await a.query("SELECT pmoves_sync.apply_batch('pipe-site', $1::jsonb)", [batchPayload(rows(11, base + 1, base + 10))]);
      // Sent ahead while the first batch is still open: it must block on the site's progress.
      let settled = false;
      const ahead = after(b, rows(11, base + 11, base + 20), 11, base + 10).then(
        (r) => ((settled = true), r),
        (e) => ((settled = true), Promise.reject(e)),
      );
      ahead.catch(() => {});
      await new Promise((r) => setTimeout(r, 300));
      expect(settled).toBe(false);
      const before = await count();
      await a.query(outcome);
      if (outcome === 'ROLLBACK') {
        await expect(ahead).rejects.toMatchObject({ code: 'PS003' });
        expect(await count()).toBe(before);
      } else {
        await ahead;
        expect(await count()).toBe(before + 20);
      }
    }
  });
});
