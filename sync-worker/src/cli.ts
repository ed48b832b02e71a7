#!/usr/bin/env node
// pmoves-sync: the dual-write sync worker's command line (dist/pmoves-sync.js).
import pg from 'pg';
import { parseArgs } from 'node:util';
import { formatUserError, isUserError, UserError } from '../../src/core/errors.js';
import { redact } from '../../src/core/redact.js';
import { backfillTable } from './backfill.js';
import { loadSyncConfig, type SyncConfig } from './config.js';
import { installCentral, installEdge, uninstallCentral, uninstallEdge } from './install.js';
import { createLogger, type SyncLogger } from './log.js';
import { retryFailed } from './retry.js';
import { createTransport } from './transport.js';
import { parseCrashPoint, SyncWorker } from './worker.js';
import { startOps } from './ops/attach.js';
import { runStatus, STATUS_HELP } from './ops/status-command.js';

export const SYNC_VERSION = '0.1.0';

export interface SyncIO {
  env: NodeJS.ProcessEnv;
  stdout: (t: string) => void;
  stderr: (t: string) => void;
  stdoutIsTTY: boolean;
  /** Resolves when the process is asked to stop (SIGTERM/SIGINT); `run` waits on it. */
  stopSignal?: Promise<string>;
}

const USAGE = `pmoves-sync — ship this site's Supabase changes to the central Supabase (dual-write)

Usage: pmoves-sync <command> [options]

Commands:
  install [--central]     install capture on the edge (LOCAL_DB_URL, SYNC_TABLES), or with
                          --central the apply side on the centre (CENTRAL_DB_URL); idempotent
  uninstall [--central]   remove it again (edge: refuses while changes are unshipped; --force)
  run                     drain the outbox to the centre until SIGTERM
  status                  pending / failed / last sync / health per site and table
  retry [--table T]       ship failed (held) rows again, after fixing the cause
  backfill --table T      copy a table's existing rows through the outbox (initial load)

Options: --json (machine output), --help, --version

Configuration comes from the environment (catalog names): SYNC_SITE_ID, LOCAL_DB_URL,
CENTRAL_DB_URL or (SYNC_TRANSPORT=rest) CENTRAL_SUPABASE_URL + SERVICE_ROLE_KEY, SYNC_TABLES,
SYNC_BATCH_SIZE, SYNC_INTERVAL_SECONDS, CONFLICT_RESOLUTION, NATS_URL, SYNC_HTTP_PORT.

Example:
  export SYNC_SITE_ID=jetson-1 LOCAL_DB_URL=postgres://postgres:pw@127.0.0.1:5432/postgres
  export CENTRAL_DB_URL=postgres://postgres:pw@vps.example:5432/postgres SYNC_TABLES=jobs,results
  pmoves-sync install --central && pmoves-sync install && pmoves-sync run

Exit codes: 0 ok, 1 failed rows remain (retry), 2 bad usage or configuration.
See docs/sync.md.`;

interface Parsed {
  values: { json?: boolean; central?: boolean; force?: boolean; table?: string; [k: string]: string | boolean | undefined };
}

function parse(command: string, argv: string[], options: Record<string, { type: 'boolean' | 'string'; short?: string }>): Parsed {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' } }, allowPositionals: false, strict: true }) as Parsed;
  } catch (err) {
    throw new UserError((err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''), { hint: `see pmoves-sync ${command} --help` });
  }
}

async function withDb<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, application_name: 'pmoves-sync' });
  try {
    await c.connect();
  } catch (err) {
    throw new UserError(`cannot connect to ${redact(url)}: ${(err as Error).message}`, {
      hint: 'check the URL, that the database is up and reachable from here',
    });
  }
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => {});
  }
}

function out(io: SyncIO, json: boolean | undefined, data: unknown, human: string) {
  io.stdout(json ? JSON.stringify(data, null, 2) + '\n' : human + '\n');
}

type Handler = (argv: string[], io: SyncIO, log: SyncLogger) => Promise<number>;

const handlers: Record<string, { help: string; run: Handler }> = {
  install: {
    help: `pmoves-sync install [--central] [--json]

Edge (default): creates schema pmoves_sync (outbox, hybrid logical clock) in LOCAL_DB_URL and
capture triggers on every table of SYNC_TABLES (tables dropped from SYNC_TABLES lose theirs).
--central: creates the version ledger, sync_status, sync_health and apply_batch() in
CENTRAL_DB_URL. Both are idempotent: run them again after every upgrade.

Example:
  SYNC_TABLES=jobs,results,metrics,workers,tasks pmoves-sync install`,
    async run(argv, io) {
      const { values } = parse('install', argv, { central: { type: 'boolean' } });
      if (values.central) {
        const cfg = loadSyncConfig(io.env, { need: { local: false, central: true, site: false } });
        if (!cfg.centralDbUrl) throw new UserError('install --central needs CENTRAL_DB_URL (a direct connection to the central Postgres)');
        const warnings = await withDb(cfg.centralDbUrl, (c) => installCentral(c, { tables: io.env.SYNC_TABLES ? cfg.tables : [] }));
        for (const w of warnings) io.stderr(`warning: ${w}\n`);
        out(io, values.json, { installed: 'central', warnings }, 'installed the apply side (apply_batch, sync_status, sync_health) at the centre');
        return 0;
      }
      const cfg = loadSyncConfig(io.env, { need: { local: true, central: false, site: false } });
      const res = await withDb(cfg.localDbUrl, (c) => installEdge(c, { siteId: cfg.siteId || undefined, tables: cfg.tables }));
      out(io, values.json, { installed: 'edge', ...res }, `capturing ${res.tracked.join(', ')}${res.untracked.length ? `; stopped capturing ${res.untracked.join(', ')}` : ''}`);
      return 0;
    },
  },
  uninstall: {
    help: `pmoves-sync uninstall [--central] [--force] [--json]

Edge: drops the capture triggers and schema pmoves_sync; refuses while changes wait to be
shipped unless --force. --central: drops apply_batch and the ledgers (sync_status stays).

Example:
  pmoves-sync uninstall`,
    async run(argv, io) {
      const { values } = parse('uninstall', argv, { central: { type: 'boolean' }, force: { type: 'boolean' } });
      if (values.central) {
        const cfg = loadSyncConfig(io.env, { need: { local: false, central: true, site: false } });
        if (!cfg.centralDbUrl) throw new UserError('uninstall --central needs CENTRAL_DB_URL');
        await withDb(cfg.centralDbUrl, (c) => uninstallCentral(c));
        out(io, values.json, { uninstalled: 'central' }, 'removed the apply side from the centre');
        return 0;
      }
      const cfg = loadSyncConfig(io.env, { need: { local: true, central: false, site: false } });
      const res = await withDb(cfg.localDbUrl, (c) => uninstallEdge(c, { force: values.force }));
      out(io, values.json, { uninstalled: 'edge', ...res }, res.removed ? `removed capture${res.pendingDropped ? ` (dropped ${res.pendingDropped} unshipped changes)` : ''}` : 'capture was not installed');
      return 0;
    },
  },
  run: {
    help: `pmoves-sync run

Drains the outbox to the centre until SIGTERM/SIGINT (the batch in flight completes first).
Transient errors (centre down, network) are retried forever with jittered exponential backoff;
a row the centre rejects is held with its key, everything else keeps flowing.

Example:
  SYNC_SITE_ID=jetson-1 LOCAL_DB_URL=... CENTRAL_DB_URL=... pmoves-sync run`,
    async run(argv, io, log) {
      parse('run', argv, {});
      const cfg = loadSyncConfig(io.env);
      if (cfg.mode && cfg.mode !== 'dual-write') {
        throw new UserError(`SUPABASE_MODE=${cfg.mode}: the sync worker only runs in dual-write mode`, {
          hint: 'set SUPABASE_MODE=dual-write for this site, or do not run pmoves-sync here',
        });
      }
      const ops = await startOps(cfg, { log: (m) => log.log('info', m), version: SYNC_VERSION, host: io.env.SYNC_HTTP_HOST });
      const worker = new SyncWorker(cfg, { logger: log, crash: parseCrashPoint(io.env.PMOVES_SYNC_TEST_CRASH), transport: ops.wrapTransport(createTransport(cfg)) });
      worker.on('error', () => {}); // logged by the worker; retried
      ops.attach(worker);
      await worker.start().catch(async (err) => (await ops.close(), Promise.reject(err)));
      const signal = await (io.stopSignal ?? new Promise<string>(() => {}));
      log.log('info', `received ${signal}: finishing the batch in flight`, { site: cfg.siteId });
      await worker.stop();
      await ops.close();
      return 0;
    },
  },
  retry: {
    help: `pmoves-sync retry [--table T] [--timeout-seconds N] [--json]

Ships the failed rows (and the rows held behind them) again, after you fixed the cause at the
centre (a constraint, a column) or at the edge. With a worker running it asks the worker and
waits for the answer (up to --timeout-seconds, default 60). Exit 1 when some rows still fail.

Example:
  pmoves-sync retry --table metrics`,
    async run(argv, io) {
      const { values } = parse('retry', argv, { table: { type: 'string' }, 'timeout-seconds': { type: 'string' } });
      const cfg = loadSyncConfig(io.env);
      const table = values.table?.replace(/^public\./, '');
      const timeoutMs = Number(values['timeout-seconds'] ?? 60) * 1000;
      return withDb(cfg.localDbUrl, async (edge) => {
        const req = await edge.query(
          'UPDATE pmoves_sync.failed SET retry_requested = true WHERE ($1::text IS NULL OR table_name = $1) RETURNING 1',
          [table ?? null],
        );
        if (req.rowCount === 0) {
          out(io, values.json, { requested: 0, cleared: 0, stillFailing: [] }, 'no failed rows');
          return 0;
        }
        const lock = await edge.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(7370861, 3) AS ok');
        let cleared = 0;
        let stillFailing: Array<{ table: string; pk: string; error: string }> = [];
        if (lock.rows[0].ok) {
          // No worker running: do it here.
          const transport = createTransport(cfg);
          try {
            const res = await retryFailed(edge, transport, { site: cfg.siteId, policy: cfg.conflictResolution, onlyRequested: true, table });
            cleared = res.cleared;
            stillFailing = res.stillFailing;
          } finally {
            await transport.close();
            await edge.query('SELECT pg_advisory_unlock(7370861, 3)');
          }
        } else {
          await edge.query("NOTIFY pmoves_sync, 'retry'");
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const left = await edge.query<{ n: string }>('SELECT count(*) AS n FROM pmoves_sync.failed WHERE retry_requested');
            if (Number(left.rows[0].n) === 0) break;
            if (Date.now() > deadline) throw new UserError('the running worker did not pick up the retry in time', { hint: 'is it offline? see pmoves-sync status' });
            await new Promise((r) => setTimeout(r, 200));
          }
          const rest = await edge.query<{ table: string; pk: string; error: string }>(
            'SELECT table_name AS "table", pk::text AS pk, error FROM pmoves_sync.failed WHERE poison AND ($1::text IS NULL OR table_name = $1)',
            [table ?? null],
          );
          stillFailing = rest.rows;
          cleared = Math.max(0, (req.rowCount ?? 0) - Number((await edge.query<{ n: string }>('SELECT count(*) AS n FROM pmoves_sync.failed WHERE ($1::text IS NULL OR table_name = $1)', [table ?? null])).rows[0].n));
        }
        const human = [`cleared ${cleared} row(s)`, ...stillFailing.map((f) => `still failing: ${f.table} ${f.pk}: ${f.error}`)].join('\n');
        out(io, values.json, { requested: req.rowCount, cleared, stillFailing }, human);
        return stillFailing.length > 0 ? 1 : 0;
      });
    },
  },
  backfill: {
    help: `pmoves-sync backfill --table T [--page-size N] [--json]

Copies the existing rows of T (already in SYNC_TABLES and installed) into the outbox,
keyset-paged by primary key, one page per transaction; the worker ships them like any change.

Example:
  pmoves-sync backfill --table jobs`,
    async run(argv, io) {
      const { values } = parse('backfill', argv, { table: { type: 'string' }, 'page-size': { type: 'string' } });
      if (!values.table) throw new UserError('backfill needs --table', { hint: 'e.g. pmoves-sync backfill --table jobs' });
      const pageSize = Number(values['page-size'] ?? 1000);
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100_000) throw new UserError('--page-size must be an integer from 1 to 100000');
      const cfg = loadSyncConfig(io.env, { need: { local: true, central: false, site: false } });
      const res = await withDb(cfg.localDbUrl, (c) => backfillTable(c, values.table!, { pageSize }));
      out(io, values.json, res, `queued ${res.copied} row(s) of ${res.table} in ${res.pages} page(s)`);
      return 0;
    },
  },
};

/** Adds subcommands from outside this file (the ops wiring registers `status`). */
export function registerSyncCommand(name: string, help: string, run: Handler): void {
  handlers[name] = { help, run };
}

registerSyncCommand('status', STATUS_HELP, (argv, io) => runStatus(argv, io));

export async function runSyncCli(argv: string[], io: SyncIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(USAGE + '\n');
      return name ? 0 : 2;
    }
    if (name === '--version' || name === '-V') {
      io.stdout(`pmoves-sync ${SYNC_VERSION}\n`);
      return 0;
    }
    const h = handlers[name];
    if (!h) throw new UserError(`unknown command "${name}"`, { hint: `one of: ${Object.keys(handlers).sort().join(', ')} (see pmoves-sync --help)` });
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(h.help + '\n');
      return 0;
    }
    const log = createLogger({ json: io.env.PMOVES_SYNC_LOG === 'json' ? true : io.env.PMOVES_SYNC_LOG === 'text' ? false : undefined, write: (l) => io.stderr(l + '\n') });
    return await h.run(rest, io, log);
  } catch (err) {
    if (isUserError(err)) {
      io.stderr(formatUserError(err) + '\n');
      return 2;
    }
    const e = err as Error;
    io.stderr(redact(`pmoves-sync: ${e?.message ?? String(err)}\n`));
    if (io.env.PMOVES_DEBUG) io.stderr(redact(`${e?.stack ?? ''}\n`));
    return 3;
  }
}

function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    for (const s of ['SIGTERM', 'SIGINT'] as const) process.once(s, () => resolve(s));
  });
}

const isMain = (() => {
  const entry = process.argv[1] ?? '';
  return /pmoves-sync(\.js)?$|sync-worker[\\/]src[\\/]cli\.ts$/.test(entry);
})();

if (isMain) {
  const code = await runSyncCli(process.argv.slice(2), {
    env: process.env,
    stdout: (t) => process.stdout.write(redact(t)),
    stderr: (t) => process.stderr.write(redact(t)),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stopSignal: stopSignal(),
  });
  process.exitCode = code;
  // pg pools, timers of the ops wiring: do not let them keep a stopped worker alive.
  setTimeout(() => process.exit(code), 2000).unref();
}

export type { SyncConfig };
