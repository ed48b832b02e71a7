import { parseArgs } from 'node:util';
import { UserError } from '../../../src/core/errors.js';
import { loadSyncConfig } from '../config.js';
import { pgStatusReader } from './status-sql.js';
import { formatStatusTable, mergeStatus, type StatusReport } from './status-model.js';
import { describeError } from './events.js';

export interface StatusIO {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const STATUS_HELP = `pmoves-sync status — what waits, what failed and how healthy each site/table is

Usage: pmoves-sync status [--json] [--site <id>]

Reads this site's outbox (LOCAL_DB_URL: live pending/failed counts and the age of the oldest
waiting change) and the centre's sync_health view (CENTRAL_DB_URL: every site's last sync and
health). Either one is enough: on the VPS set only CENTRAL_DB_URL to see the whole fleet.

Options:
  --json        print the report as JSON (for scripts and monitoring)
  --site <id>   only rows of this site

Exit codes: 0 all reported tables healthy or lagging; 1 a table is failing or stale, or a
configured database did not answer; 2 bad configuration.

Example:
  LOCAL_DB_URL=postgres://postgres:pw@127.0.0.1:5432/postgres \\
  CENTRAL_DB_URL=postgres://postgres:pw@central:5432/postgres \\
  SYNC_SITE_ID=jetson-lab-1 pmoves-sync status
`;

/** Builds the report (the core call behind the command). */
export async function readStatusReport(opts: { site: string; localUrl?: string; centralUrl?: string }): Promise<StatusReport> {
  const reader = pgStatusReader({ localUrl: opts.localUrl, centralUrl: opts.centralUrl, timeoutMs: 5000 });
  try {
    const [l, c] = await Promise.allSettled([
      opts.localUrl ? reader.readLocal() : Promise.resolve(null),
      opts.centralUrl && reader.readCentral ? reader.readCentral() : Promise.resolve(null),
    ]);
    const err = (r: PromiseSettledResult<unknown>, set: boolean, name: string) =>
      !set ? `${name} is not set` : r.status === 'rejected' ? describeError(r.reason).message : undefined;
    const localError = err(l, Boolean(opts.localUrl), 'LOCAL_DB_URL');
    const centralError = err(c, Boolean(opts.centralUrl), 'CENTRAL_DB_URL');
    return {
      generatedAt: new Date().toISOString(),
      site: opts.site,
      local: { reachable: !localError, error: localError },
      central: { reachable: !centralError, error: centralError },
      rows: mergeStatus({
        site: opts.site,
        local: l.status === 'fulfilled' ? l.value : null,
        central: c.status === 'fulfilled' ? c.value : null,
      }),
    };
  } finally {
    await reader.close();
  }
}

export async function runStatus(argv: string[], io: StatusIO): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      allowPositionals: false,
      options: { json: { type: 'boolean' }, site: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch (err) {
    throw new UserError((err as Error).message, { hint: 'see pmoves-sync status --help' });
  }
  if (values.help) {
    io.stdout(STATUS_HELP);
    return 0;
  }
  const cfg = loadSyncConfig(io.env, { need: { local: false, central: false, site: false } });
  const localUrl = cfg.localDbUrl || undefined;
  const centralUrl = cfg.centralDbUrl;
  if (!localUrl && !centralUrl) {
    throw new UserError('neither LOCAL_DB_URL nor CENTRAL_DB_URL is set: nothing to read the status from', {
      hint: 'set LOCAL_DB_URL (this site) and/or CENTRAL_DB_URL (every site); see pmoves-sync status --help',
    });
  }
  const report = await readStatusReport({ site: cfg.siteId || 'this-site', localUrl, centralUrl });
  if (values.site) report.rows = report.rows.filter((r) => r.site === values.site);
  // A database that is not configured is not a failure; one that does not answer is.
  const unreachable = (localUrl && !report.local.reachable) || (centralUrl && !report.central.reachable);
  if (!localUrl) report.local = { reachable: false, error: 'not configured (LOCAL_DB_URL)' };
  if (!centralUrl) report.central = { reachable: false, error: 'not configured (CENTRAL_DB_URL)' };
  if (values.json) io.stdout(JSON.stringify(report, null, 2) + '\n');
  else io.stdout(formatStatusTable(report));
  const bad = report.rows.some((r) => r.health === 'failing' || r.health === 'stale');
  return bad || unreachable ? 1 : 0;
}
