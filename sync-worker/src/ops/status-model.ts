/**
 * The status report: one row per (site, table), merged from the edge outbox (live, always
 * readable) and the centre's sync_health view (authoritative health, all sites, unreadable
 * while the centre is cut off). Plain data, shared by `pmoves-sync status`, /api/status and
 * the page.
 */
export type Health = 'healthy' | 'lagging' | 'failing' | 'stale' | 'unknown';

export interface TableStatus {
  site: string;
  table: string;
  pending: number;
  failed: number;
  /** Age of the oldest change still waiting to ship, null when nothing is pending or unknown. */
  oldestPendingAgeSeconds: number | null;
  lastSyncAt: string | null;
  lastSyncStatus: string | null;
  lastError: string | null;
  health: Health;
  /** Where pending/failed come from: the local outbox (live) or the centre's last report. */
  source: 'local' | 'central';
}

export interface LocalTableStatus {
  table: string;
  pending: number;
  failed: number;
  oldestPendingAgeSeconds: number | null;
  lastShippedAt: string | null;
}

export interface CentralTableStatus {
  site: string;
  table: string;
  pending: number;
  failed: number;
  oldestPendingAgeSeconds?: number | null;
  lastSyncAt: string | null;
  lastSyncStatus: string | null;
  lastError: string | null;
  health: Health;
}

export interface HealthThresholds {
  staleSeconds: number;
  failingFailed: number;
  laggingPending: number;
}

/** The design's defaults; the centre's view has its own (configurable) copy. */
export const DEFAULT_THRESHOLDS: HealthThresholds = { staleSeconds: 300, failingFailed: 100, laggingPending: 1000 };

export interface StatusReport {
  generatedAt: string;
  site: string;
  central: { reachable: boolean; error?: string };
  local: { reachable: boolean; error?: string };
  rows: TableStatus[];
}

/**
 * The view's rule applied to what the edge knows, used when the centre cannot be asked:
 * stale when the last successful sync is older than the threshold while changes wait.
 */
export function localHealth(l: LocalTableStatus, now: number, t: HealthThresholds = DEFAULT_THRESHOLDS): Health {
  const lastMs = l.lastShippedAt ? Date.parse(l.lastShippedAt) : NaN;
  const waitingSeconds = l.oldestPendingAgeSeconds ?? 0;
  const sinceLast = Number.isFinite(lastMs) ? (now - lastMs) / 1000 : waitingSeconds;
  if (l.pending > 0 && Math.min(sinceLast, waitingSeconds) > t.staleSeconds) return 'stale';
  if (l.failed > t.failingFailed) return 'failing';
  if (l.pending > t.laggingPending) return 'lagging';
  return 'healthy';
}

const HEALTH_RANK: Record<Health, number> = { healthy: 0, unknown: 1, lagging: 2, stale: 3, failing: 4 };

export function worstHealth(hs: Health[]): Health {
  return hs.reduce<Health>((w, h) => (HEALTH_RANK[h] > HEALTH_RANK[w] ? h : w), 'healthy');
}

/**
 * Merges the two views. For this site the outbox counts win (they are live, the centre only
 * knows what the worker last reported); health comes from the centre when it answered.
 */
export function mergeStatus(opts: {
  site: string;
  local: LocalTableStatus[] | null;
  central: CentralTableStatus[] | null;
  now?: number;
  thresholds?: HealthThresholds;
}): TableStatus[] {
  const now = opts.now ?? Date.now();
  const rows = new Map<string, TableStatus>();
  const key = (site: string, table: string) => `${site}\u0000${table}`;
  for (const c of opts.central ?? []) {
    rows.set(key(c.site, c.table), {
      site: c.site,
      table: c.table,
      pending: c.pending,
      failed: c.failed,
      oldestPendingAgeSeconds: c.oldestPendingAgeSeconds ?? null,
      lastSyncAt: c.lastSyncAt,
      lastSyncStatus: c.lastSyncStatus,
      lastError: c.lastError,
      health: c.health,
      source: 'central',
    });
  }
  for (const l of opts.local ?? []) {
    const k = key(opts.site, l.table);
    const c = rows.get(k);
    const merged: TableStatus = {
      site: opts.site,
      table: l.table,
      pending: l.pending,
      failed: l.failed,
      oldestPendingAgeSeconds: l.oldestPendingAgeSeconds,
      lastSyncAt: latest(c?.lastSyncAt ?? null, l.lastShippedAt),
      lastSyncStatus: c?.lastSyncStatus ?? null,
      lastError: c?.lastError ?? null,
      health: 'unknown',
      source: 'local',
    };
    // The centre's verdict may predate the live counts; take the worse of the two so a
    // queue building up while the centre still says "healthy" shows as lagging.
    const lh = localHealth(l, now, opts.thresholds);
    merged.health = c ? worstHealth([c.health, lh]) : lh;
    rows.set(k, merged);
  }
  return [...rows.values()].sort((a, b) => (a.site === b.site ? a.table.localeCompare(b.table) : a.site.localeCompare(b.site)));
}

function latest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

export function formatAge(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '-';
  if (seconds < 1) return '<1s';
  if (seconds < 120) return `${Math.round(seconds)}s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)}m`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)}h`;
  return `${Math.round(seconds / 86_400)}d`;
}

/** `5s ago` style for a timestamp, relative to now. */
export function formatSince(iso: string | null, now = Date.now()): string {
  if (!iso) return 'never';
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return `${formatAge(Math.max(0, (now - ms) / 1000))} ago`;
}

/** The human table of `pmoves-sync status`. */
export function formatStatusTable(report: StatusReport, now = Date.now()): string {
  const header = ['SITE', 'TABLE', 'PENDING', 'FAILED', 'OLDEST PENDING', 'LAST SYNC', 'HEALTH'];
  const body = report.rows.map((r) => [
    r.site,
    r.table,
    String(r.pending),
    String(r.failed),
    formatAge(r.oldestPendingAgeSeconds),
    formatSince(r.lastSyncAt, now),
    r.health,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const numeric = new Set([2, 3]);
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(header), ...body.map(line)];
  if (report.rows.length === 0) out.push('(no synced tables yet: run `pmoves-sync install` and write something)');
  if (!report.central.reachable) out.push(`centre unreachable: ${report.central.error ?? 'unknown error'} (showing this site's outbox only)`);
  if (!report.local.reachable) out.push(`edge database unreachable: ${report.local.error ?? 'unknown error'}`);
  const errors = report.rows.filter((r) => r.lastError && r.health !== 'healthy');
  for (const r of errors) out.push(`${r.site}/${r.table}: last error: ${r.lastError}`);
  return out.join('\n') + '\n';
}
