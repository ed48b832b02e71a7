import type pg from 'pg';

export interface BackfillResult {
  table: string;
  copied: number;
  pages: number;
}

/**
 * Initial load of an existing table: keyset-paged copies of its rows into the outbox (one page
 * per transaction, so the worker ships while the backfill runs and a crash loses at most a
 * page's work, which is simply copied again).
 */
export async function backfillTable(
  db: Pick<pg.Client, 'query'>,
  table: string,
  opts: { pageSize?: number; onPage?: (copied: number) => void } = {},
): Promise<BackfillResult> {
  const pageSize = opts.pageSize ?? 1000;
  let after: string | null = null;
  let copied = 0;
  let pages = 0;
  for (;;) {
    const r: pg.QueryResult<{ copied: string; last_pk: string | null }> = await db.query(
      'SELECT copied::text, last_pk::text FROM pmoves_sync.backfill_page($1::regclass, $2::jsonb, $3)',
      [table, after, pageSize],
    );
    const n = Number(r.rows[0]?.copied ?? 0);
    if (n === 0 || !r.rows[0]?.last_pk) break;
    copied += n;
    pages++;
    after = r.rows[0].last_pk;
    opts.onPage?.(copied);
    if (n < pageSize) break;
  }
  return { table: table.replace(/^public\./, ''), copied, pages };
}
