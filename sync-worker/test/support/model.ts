import pg from 'pg';
import { batchPayload, type OutboxRow } from '../../src/outbox.js';

/** Rank of a row image as central.sql's default rule for tasks computes it. */
export function taskRank(image: Record<string, unknown> | null): number {
  switch (image?.status) {
    case 'running':
      return 1;
    case 'completed':
    case 'done':
    case 'failed':
    case 'cancelled':
      return 2;
    default:
      return 0;
  }
}

export interface Version {
  site: string;
  row: OutboxRow;
}

/**
 * The oracle: for each key, the maximum version by (gen, rank, hlc, site) over every change
 * every site ever shipped, computed in JS independently of the SQL. Returns key -> image
 * (null = deleted).
 */
export function expectedState(changes: Version[]): Map<string, Record<string, unknown> | null> {
  const best = new Map<string, Version>();
  const cmp = (a: Version, b: Version): number => {
    const ra = a.row.table === 'tasks' ? taskRank(a.row.image ? JSON.parse(a.row.image) : null) : 0;
    const rb = b.row.table === 'tasks' ? taskRank(b.row.image ? JSON.parse(b.row.image) : null) : 0;
    if (a.row.gen !== b.row.gen) return a.row.gen - b.row.gen;
    if (ra !== rb) return ra - rb;
    const ha = BigInt(a.row.hlc);
    const hb = BigInt(b.row.hlc);
    if (ha !== hb) return ha < hb ? -1 : 1;
    return a.site < b.site ? -1 : a.site > b.site ? 1 : 0;
  };
  for (const v of changes) {
    const k = `${v.row.table}:${v.row.pk}`;
    const cur = best.get(k);
    if (!cur || cmp(v, cur) > 0) best.set(k, v);
  }
  const out = new Map<string, Record<string, unknown> | null>();
  for (const [k, v] of best) out.set(k, v.row.image === null ? null : JSON.parse(v.row.image));
  return out;
}

/** Every outbox row of an edge database, in shipping order. */
export async function allOutbox(db: pg.Pool | pg.Client): Promise<OutboxRow[]> {
  const r = await db.query<OutboxRow>(
    `SELECT txid::text AS txid, id::text AS id, table_name AS "table", op, pk::text AS pk, image::text AS image, hlc::text AS hlc, gen
       FROM pmoves_sync.outbox o ORDER BY o.txid, o.id`,
  );
  return r.rows;
}

export async function applyBatch(central: pg.Pool | pg.Client, site: string, rows: OutboxRow[], retry = false): Promise<string> {
  const r = await central.query<{ h: string }>('SELECT pmoves_sync.apply_batch($1, $2::jsonb, $3)::text AS h', [site, batchPayload(rows), retry]);
  return r.rows[0].h;
}

/** The centre's rows of the given tables as key -> image, keys as the outbox writes them. */
export async function centralState(central: pg.Pool | pg.Client, tables: string[]): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const t of tables) {
    const r = await central.query(`SELECT jsonb_build_object('id', x.id)::text AS pk, to_jsonb(x) AS img FROM ${t} x`);
    for (const row of r.rows) out.set(`${t}:${row.pk}`, row.img);
  }
  return out;
}

/** Deterministic PRNG (mulberry32) so a failing fast-check seed replays exactly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
