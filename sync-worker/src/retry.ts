import type pg from 'pg';
import type { ConflictResolution } from './config.js';
import { toCentralError } from './errors.js';
import { batchPayload, keyOf, type OutboxRow } from './outbox.js';
import type { CentralTransport } from './transport.js';

export interface RetryResult {
  cleared: number;
  stillFailing: Array<{ table: string; pk: string; error: string }>;
}

type Db = Pick<pg.Client, 'query'>;

/**
 * Ships failed rows again, key by key in their original order (held rows included): a key
 * whose rows now apply is cleared from pmoves_sync.failed; a key that still fails keeps its
 * rows with the new error. Transient errors are thrown (nothing is changed).
 */
export async function retryFailed(
  db: Db,
  transport: CentralTransport,
  opts: { site: string; policy: ConflictResolution; onlyRequested?: boolean; table?: string },
): Promise<RetryResult> {
  const r = await db.query<OutboxRow>(
    `SELECT txid::text AS txid, id::text AS id, table_name AS "table", op, pk::text AS pk, image::text AS image,
            hlc::text AS hlc, gen
       FROM pmoves_sync.failed f
      WHERE ($1::boolean IS NOT TRUE OR f.retry_requested) AND ($2::text IS NULL OR f.table_name = $2)
      ORDER BY f.txid, f.id`,
    [opts.onlyRequested ?? false, opts.table ?? null],
  );
  const groups = new Map<string, OutboxRow[]>();
  for (const row of r.rows) {
    const k = keyOf(row);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(row);
  }
  const result: RetryResult = { cleared: 0, stillFailing: [] };
  if (groups.size === 0) return result;

  const clear = async (rows: OutboxRow[]) => {
    await db.query('DELETE FROM pmoves_sync.failed f USING unnest($1::xid8[], $2::bigint[]) AS u(txid, id) WHERE f.txid = u.txid AND f.id = u.id', [
      rows.map((x) => x.txid),
      rows.map((x) => x.id),
    ]);
    result.cleared += rows.length;
  };
  const apply = (rows: OutboxRow[]) => transport.applyBatch(opts.site, batchPayload(rows), { retry: true, policy: opts.policy });

  // Usually the cause was fixed for all of them: try everything in one batch first.
  try {
    const hlc = await apply(r.rows);
    await clear(r.rows);
    await db.query('SELECT pmoves_sync.hlc_observe($1::bigint)', [hlc]);
    return result;
  } catch (err) {
    if (!toCentralError(err).permanent) throw toCentralError(err);
  }
  for (const rows of groups.values()) {
    try {
      await apply(rows);
      await clear(rows);
    } catch (err) {
      const ce = toCentralError(err);
      if (!ce.permanent) throw ce;
      await db.query(
        `UPDATE pmoves_sync.failed SET error = CASE WHEN poison THEN $3 ELSE error END, attempts = attempts + 1,
                failed_at = now(), retry_requested = false
          WHERE table_name = $1 AND pk = $2::jsonb`,
        [rows[0].table, rows[0].pk, ce.message],
      );
      result.stillFailing.push({ table: rows[0].table, pk: rows[0].pk, error: ce.message });
    }
  }
  return result;
}
