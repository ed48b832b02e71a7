import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { UserError } from '../../src/core/errors.js';
import { fromRoot } from '../../src/core/package-root.js';

/**
 * The bundle build (scripts/build.mjs) defines this with the contents of sync-worker/sql/, so
 * dist/pmoves-sync.js runs alone (in the container image there is no checkout to read from).
 */
declare const __PMOVES_SYNC_SQL__: Record<string, string> | undefined;

/** The SQL files of sync-worker/sql/ (the reviewed source), from the bundle or the checkout. */
export function sqlFile(name: 'hlc' | 'rules' | 'edge' | 'central' | 'sample-schema'): string {
  if (typeof __PMOVES_SYNC_SQL__ !== 'undefined') {
    const text = __PMOVES_SYNC_SQL__[name];
    if (text === undefined) throw new Error(`sync SQL "${name}" is not in this bundle`);
    return text;
  }
  return readFileSync(fromRoot('sync-worker', 'sql', `${name}.sql`), 'utf8');
}

type Queryable = Pick<pg.Client, 'query'>;

/** One lock for schema changes, so two installs (or install + uninstall) never interleave. */
async function withInstallLock<T>(db: Queryable, fn: () => Promise<T>): Promise<T> {
  await db.query('BEGIN');
  try {
    await db.query('SELECT pg_advisory_xact_lock(7370861, 2)');
    const out = await fn();
    await db.query('COMMIT');
    return out;
  } catch (err) {
    await db.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

export interface EdgeInstallResult {
  tracked: string[];
  untracked: string[];
}

/**
 * Installs capture on the edge (idempotent): the clock, the outbox and capture triggers on
 * exactly the configured tables (tables no longer configured lose their triggers).
 */
export async function installEdge(db: Queryable, opts: { siteId?: string; tables: string[] }): Promise<EdgeInstallResult> {
  return withInstallLock(db, async () => {
    await db.query(sqlFile('hlc'));
    await db.query(sqlFile('rules'));
    await db.query(sqlFile('edge'));
    if (opts.siteId) await db.query('UPDATE pmoves_sync.state SET site_id = $1', [opts.siteId]);
    const tracked: string[] = [];
    for (const t of opts.tables) {
      const rel = await db.query<{ rel: string | null }>('SELECT to_regclass($1)::text AS rel', [t]);
      if (!rel.rows[0]?.rel) {
        throw new UserError(`table "${t}" (SYNC_TABLES) does not exist in the edge database`, {
          hint: 'create it first (the sample schema is sync-worker/sql/sample-schema.sql) or remove it from SYNC_TABLES',
        });
      }
      const r = await db.query<{ label: string }>('SELECT pmoves_sync.track($1::regclass) AS label', [t]);
      tracked.push(r.rows[0].label);
    }
    const old = await db.query<{ table_name: string }>(
      'SELECT table_name FROM pmoves_sync.tracked WHERE NOT (table_name = ANY($1::text[]))',
      [tracked],
    );
    for (const r of old.rows) await db.query('SELECT pmoves_sync.untrack($1)', [r.table_name]);
    return { tracked, untracked: old.rows.map((r) => r.table_name) };
  });
}

/**
 * Installs the apply side on the centre (idempotent). Returns a warning for each of `tables`
 * that apply_batch could not write (missing, or without a primary key): their changes would wait
 * at the edges until it is created.
 */
export async function installCentral(db: Queryable, opts: { tables?: string[] } = {}): Promise<string[]> {
  return withInstallLock(db, async () => {
    await db.query(sqlFile('hlc'));
    await db.query(sqlFile('rules'));
    await db.query(sqlFile('central'));
    const warnings: string[] = [];
    for (const t of opts.tables ?? []) {
      const r = await db.query<{ rel: string | null; pk: boolean }>(
        `SELECT to_regclass($1)::text AS rel,
                EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = to_regclass($1) AND i.indisprimary) AS pk`,
        [t],
      );
      if (!r.rows[0].rel) warnings.push(`table "${t}" does not exist at the centre yet: changes to it wait at the edges until it is created`);
      else if (!r.rows[0].pk) warnings.push(`table "${t}" has no primary key at the centre: apply_batch cannot upsert it`);
    }
    return warnings;
  });
}

export interface UninstallResult {
  removed: boolean;
  pendingDropped: number;
}

/**
 * Removes capture from the edge (idempotent). Refuses while changes are still waiting to be
 * shipped unless force is set: they would be lost.
 */
export async function uninstallEdge(db: Queryable, opts: { force?: boolean } = {}): Promise<UninstallResult> {
  return withInstallLock(db, async () => {
    const has = await db.query("SELECT to_regclass('pmoves_sync.outbox') IS NOT NULL AS ok");
    if (!has.rows[0].ok) {
      await db.query('DROP SCHEMA IF EXISTS pmoves_sync CASCADE');
      return { removed: false, pendingDropped: 0 };
    }
    const p = await db.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM pmoves_sync.outbox) + (SELECT count(*) FROM pmoves_sync.failed) AS n`,
    );
    const pending = Number(p.rows[0].n);
    if (pending > 0 && !opts.force) {
      throw new UserError(`${pending} captured change(s) have not reached the centre yet`, {
        hint: 'let pmoves-sync run drain them (and pmoves-sync retry failed rows), or pass --force to drop them',
      });
    }
    const t = await db.query<{ table_name: string }>('SELECT table_name FROM pmoves_sync.tracked');
    for (const r of t.rows) await db.query('SELECT pmoves_sync.untrack($1)', [r.table_name]);
    await db.query('DROP SCHEMA pmoves_sync CASCADE');
    return { removed: true, pendingDropped: pending };
  });
}

/** Removes the apply side from the centre. sync_status keeps its history unless dropStatus. */
export async function uninstallCentral(db: Queryable, opts: { dropStatus?: boolean } = {}): Promise<void> {
  await withInstallLock(db, async () => {
    await db.query('DROP FUNCTION IF EXISTS public.apply_batch(text, jsonb, boolean, text)');
    await db.query('DROP FUNCTION IF EXISTS public.sync_report(text, jsonb)');
    await db.query('DROP FUNCTION IF EXISTS public.sync_rules()');
    await db.query('DROP VIEW IF EXISTS public.sync_health');
    if (opts.dropStatus) await db.query('DROP TABLE IF EXISTS public.sync_status');
    await db.query('DROP SCHEMA IF EXISTS pmoves_sync CASCADE');
  });
}
