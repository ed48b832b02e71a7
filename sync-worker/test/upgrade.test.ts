import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../test/support/postgres.js';
import { installCentral, installEdge, sqlFile } from '../src/install.js';
import { readBatch } from '../src/outbox.js';
import { withClient } from './support/sync-env.js';

// A centre installed by 0.1 keyed its version ledger by jsonb; 0.2 keys it by the canonical
// jsonb text. `pmoves-sync install --central` over a 0.1 ledger must keep every version, and
// the kept versions must still win and lose against incoming changes exactly as before.
let server: TestPostgres;
let db: pg.Client;

beforeAll(async () => {
  server = await startPostgres();
  const url = await server.createDatabase('central');
  db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query(sqlFile('sample-schema'));
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

const change = (o: { i: number; k: string; status: string; h: bigint; title?: string }) =>
  `{"i":"${o.i}","x":"${1000 + o.i}","t":"tasks","o":"update","k":${o.k},"r":{"id":"t1","title":"${o.title ?? 'x'}","status":"${o.status}","progress":0,"updated_at":"2026-11-24T00:00:00+00:00"},"h":"${o.h}","g":0}`;

describe('central ledger upgrade (jsonb key -> canonical text key)', () => {
  it('keeps every version, and the kept versions still decide conflicts', async () => {
    // The 0.1 ledger, as 0.1 created it, holding a version of tasks t1 from site "a" at HLC 5000<<16.
    await db.query(`CREATE SCHEMA pmoves_sync;
      CREATE TABLE pmoves_sync.versions (
        table_name text NOT NULL, pk jsonb NOT NULL, gen integer NOT NULL, rank integer NOT NULL,
        hlc bigint NOT NULL, site text COLLATE "C" NOT NULL, deleted boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (table_name, pk));
      INSERT INTO pmoves_sync.versions (table_name, pk, gen, rank, hlc, site, deleted)
        VALUES ('tasks', '{"id":"t1"}', 0, 0, ${5000n << 16n}, 'a', false),
               ('metrics', '{"site": "e", "id": 7}', 0, 0, ${4000n << 16n}, 'a', true);
      INSERT INTO tasks (id, title, status) VALUES ('t1', 'from a', 'queued');`);

    await installCentral(db);
    await installCentral(db); // idempotent over the upgraded ledger

    const cols = await db.query(
      `SELECT attname, format_type(atttypid, atttypmod) AS type, (SELECT collname FROM pg_collation WHERE oid = attcollation) AS coll
         FROM pg_attribute WHERE attrelid = 'pmoves_sync.versions'::regclass AND attname IN ('table_name', 'pk') ORDER BY attname`,
    );
    expect(cols.rows).toEqual([
      { attname: 'pk', type: 'text', coll: 'C' },
      { attname: 'table_name', type: 'text', coll: 'C' },
    ]);
    const kept = await db.query('SELECT table_name, pk, hlc::text AS hlc, deleted FROM pmoves_sync.versions ORDER BY table_name');
    // jsonb's own text: keys sorted by length then bytes, one space after ':' and ','.
    expect(kept.rows).toEqual([
      { table_name: 'metrics', pk: '{"id": 7, "site": "e"}', hlc: String(4000n << 16n), deleted: true },
      { table_name: 'tasks', pk: '{"id": "t1"}', hlc: String(5000n << 16n), deleted: false },
    ]);

    // An older change from site "b" (key sent in another spelling) loses to the kept version...
    await db.query('SELECT pmoves_sync.apply_batch($1, $2::jsonb)', ['b', `[${change({ i: 1, k: '{"id":"t1"}', status: 'queued', h: 4000n << 16n, title: 'old from b' })}]`]);
    expect((await db.query("SELECT title FROM tasks WHERE id = 't1'")).rows[0].title).toBe('from a');
    const conflict = await db.query("SELECT site, winner_site FROM pmoves_sync.conflicts WHERE table_name = 'tasks'");
    expect(conflict.rows).toEqual([{ site: 'b', winner_site: 'a' }]);
    // ...a newer one wins and replaces it (one ledger row for the key, not two).
    await db.query('SELECT pmoves_sync.apply_batch($1, $2::jsonb)', ['b', `[${change({ i: 2, k: '{ "id" : "t1" }', status: 'queued', h: 6000n << 16n, title: 'new from b' })}]`]);
    expect((await db.query("SELECT title FROM tasks WHERE id = 't1'")).rows[0].title).toBe('new from b');
    const rows = await db.query("SELECT site, hlc::text AS hlc FROM pmoves_sync.versions WHERE table_name = 'tasks'");
    expect(rows.rows).toEqual([{ site: 'b', hlc: String(6000n << 16n) }]);
  });

  it('rules are code: only the installing role changes them; rank_of follows; an invalid rule is refused at once', async () => {
    await installCentral(db);
    // service_role at the centre may write every pmoves_sync table; a rule is SQL that rank_of
    // compiles, so writing one is refused to a role that does not own rank_of.
    await db.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rules_editor') THEN CREATE ROLE rules_editor; END IF; END $$;
      GRANT USAGE ON SCHEMA pmoves_sync TO rules_editor; GRANT ALL ON pmoves_sync.rules TO rules_editor;`);
    const rank = async (status: string) =>
      (await db.query('SELECT pmoves_sync.rank_of($1, $2::jsonb) AS r', ['tasks', JSON.stringify({ status })])).rows[0].r;
    expect(await rank('running')).toBe(1);
    await db.query('SET ROLE rules_editor');
    try {
      await expect(db.query("UPDATE pmoves_sync.rules SET rank_sql = '5' WHERE table_name = 'tasks'")).rejects.toMatchObject({
        code: '42501',
        message: expect.stringMatching(/only the role that installed pmoves-sync/),
      });
    } finally {
      await db.query('RESET ROLE');
    }
    expect(await rank('running')).toBe(1);

    await db.query("UPDATE pmoves_sync.rules SET rank_sql = $1 WHERE table_name = 'tasks'", [`CASE r->>'status' WHEN 'running' THEN 5 ELSE 0 END`]);
    await db.query("INSERT INTO pmoves_sync.rules (table_name, rank_sql) VALUES ('jobs', $1)", [`(r->>'priority')::integer`]);
    expect(await rank('running')).toBe(5);
    expect((await db.query(`SELECT pmoves_sync.rank_of('jobs', '{"priority": 7}') AS r`)).rows[0].r).toBe(7);
    // A rule that is not valid SQL is refused when it is written, not when a batch needs it.
    await expect(db.query("UPDATE pmoves_sync.rules SET rank_sql = 'CASE WHEN' WHERE table_name = 'jobs'")).rejects.toThrow(/syntax error/);
    await db.query("DELETE FROM pmoves_sync.rules WHERE table_name = 'jobs'");
    await db.query("UPDATE pmoves_sync.rules SET rank_sql = $1 WHERE table_name = 'tasks'", [
      `CASE r->>'status' WHEN 'running' THEN 1 WHEN 'completed' THEN 2 WHEN 'done' THEN 2 WHEN 'failed' THEN 2 WHEN 'cancelled' THEN 2 ELSE 0 END`,
    ]);
    expect(await rank('running')).toBe(1);
  });

  it('an edge outbox from 0.1 (no key hash) gains it on install, for the changes already queued too', async () => {
    const url = await server.createDatabase('edge_old');
    const edge = new pg.Client({ connectionString: url });
    await edge.connect();
    try {
      await edge.query(sqlFile('sample-schema'));
      await installEdge(edge, { siteId: 'old', tables: ['jobs'] });
      // 0.1's outbox had neither the hash column nor its index.
      await edge.query('ALTER TABLE pmoves_sync.outbox DROP COLUMN kh');
      const id = (await edge.query("INSERT INTO jobs (kind) VALUES ('v1') RETURNING id::text")).rows[0].id;
      for (let i = 2; i <= 5; i++) await edge.query('UPDATE jobs SET kind = $1 WHERE id = $2', [`v${i}`, id]);
      await installEdge(edge, { siteId: 'old', tables: ['jobs'] });
      const rows = await readBatch(edge, { txid: '0', id: '0' }, 100, []);
      expect(rows).toHaveLength(1); // the four earlier changes are superseded by the fifth
      expect(JSON.parse(rows[0].image!).kind).toBe('v5');
      const nulls = await edge.query('SELECT count(*)::int AS n FROM pmoves_sync.outbox WHERE kh IS NULL');
      expect(nulls.rows[0].n).toBe(0);
    } finally {
      await edge.end();
    }
  });
});
