import { UserError } from '../../src/core/errors.js';
import { registerSecret } from '../../src/core/redact.js';

export type SupabaseMode = 'standalone' | 'integrated' | 'dual-write';
export type SyncTransportKind = 'postgres' | 'rest';
export type ConflictResolution = 'last-write-wins' | 'central-wins';

export interface SyncConfig {
  mode: SupabaseMode | undefined;
  siteId: string;
  localDbUrl: string;
  centralDbUrl: string | undefined;
  centralSupabaseUrl: string | undefined;
  serviceRoleKey: string | undefined;
  /** Table names as configured (`jobs`, `other_schema.table`). */
  tables: string[];
  batchSize: number;
  intervalSeconds: number;
  conflictResolution: ConflictResolution;
  transport: SyncTransportKind;
  natsUrl: string | undefined;
  httpPort: number;
}

export const DEFAULT_TABLES = ['jobs', 'results', 'metrics', 'workers', 'tasks'];

const SITE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const TABLE_RE = /^([A-Za-z_][A-Za-z0-9_$]*\.)?[A-Za-z_][A-Za-z0-9_$]*$/;

export interface LoadOptions {
  /** Which settings the command needs: `run` needs both sides, `install` only the side it installs. */
  need?: { local?: boolean; central?: boolean; site?: boolean };
}

/**
 * Reads and validates the worker's configuration (catalog names) from the environment. Every
 * problem is reported at once, each with the variable and how to fix it; secrets are
 * registered for redaction before anything can print them.
 */
export function loadSyncConfig(env: NodeJS.ProcessEnv, opts: LoadOptions = {}): SyncConfig {
  const need = { local: true, central: true, site: true, ...opts.need };
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  for (const name of ['LOCAL_DB_URL', 'CENTRAL_DB_URL', 'SERVICE_ROLE_KEY']) registerSecret(get(name));
  for (const name of ['LOCAL_DB_URL', 'CENTRAL_DB_URL']) {
    const v = get(name);
    if (v) {
      try {
        const u = new URL(v);
        registerSecret(decodeURIComponent(u.password));
      } catch {
        // reported below
      }
    }
  }

  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return def;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name}=${raw} must be an integer from ${min} to ${max}`);
      return def;
    }
    return Number(raw);
  };
  const pgUrl = (name: string, required: boolean): string | undefined => {
    const raw = get(name);
    if (raw === undefined) {
      if (required) problems.push(`${name} is not set (postgres://user:password@host:5432/postgres)`);
      return undefined;
    }
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      problems.push(`${name} is not a URL (expected postgres://user:password@host:5432/postgres)`);
      return undefined;
    }
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
      problems.push(`${name} must start with postgres:// (got ${u.protocol}//)`);
    }
    return raw;
  };

  const modeRaw = get('SUPABASE_MODE');
  let mode: SupabaseMode | undefined;
  if (modeRaw !== undefined) {
    if (modeRaw === 'standalone' || modeRaw === 'integrated' || modeRaw === 'dual-write') mode = modeRaw;
    else problems.push(`SUPABASE_MODE=${modeRaw} must be one of standalone, integrated, dual-write`);
  }

  const transportRaw = get('SYNC_TRANSPORT') ?? 'postgres';
  let transport: SyncTransportKind = 'postgres';
  if (transportRaw === 'postgres' || transportRaw === 'rest') transport = transportRaw;
  else problems.push(`SYNC_TRANSPORT=${transportRaw} must be postgres or rest`);

  const crRaw = get('CONFLICT_RESOLUTION') ?? 'last-write-wins';
  let conflictResolution: ConflictResolution = 'last-write-wins';
  if (crRaw === 'last-write-wins' || crRaw === 'central-wins') conflictResolution = crRaw;
  else problems.push(`CONFLICT_RESOLUTION=${crRaw} must be last-write-wins or central-wins`);

  const siteId = get('SYNC_SITE_ID') ?? '';
  if (need.site) {
    if (!siteId) problems.push('SYNC_SITE_ID is not set (a stable id of this site, e.g. jetson-lab-1)');
    else if (!SITE_RE.test(siteId)) problems.push(`SYNC_SITE_ID=${siteId} must be 1-64 characters of letters, digits, '.', '_' or '-'`);
  }

  const localDbUrl = pgUrl('LOCAL_DB_URL', need.local) ?? '';
  const centralDbUrl = pgUrl('CENTRAL_DB_URL', need.central && transport === 'postgres');
  const centralSupabaseUrl = get('CENTRAL_SUPABASE_URL');
  const serviceRoleKey = get('SERVICE_ROLE_KEY');
  if (need.central && transport === 'rest') {
    if (!centralSupabaseUrl) problems.push('CENTRAL_SUPABASE_URL is not set (SYNC_TRANSPORT=rest calls rpc(apply_batch) there)');
    else if (!/^https?:\/\//.test(centralSupabaseUrl)) problems.push(`CENTRAL_SUPABASE_URL=${centralSupabaseUrl} must be an http(s) URL`);
    if (!serviceRoleKey) problems.push('SERVICE_ROLE_KEY is not set (SYNC_TRANSPORT=rest authenticates with the service_role key)');
  }

  const tablesRaw = get('SYNC_TABLES');
  const tables = tablesRaw === undefined ? [...DEFAULT_TABLES] : tablesRaw.split(',').map((t) => t.trim()).filter(Boolean);
  for (const t of tables) {
    if (!TABLE_RE.test(t)) problems.push(`SYNC_TABLES entry "${t}" is not a table name (name or schema.name)`);
  }
  if (tables.length === 0) problems.push('SYNC_TABLES is empty');

  const natsUrl = get('NATS_URL');
  if (natsUrl !== undefined && !/^(nats|tls|ws|wss):\/\//.test(natsUrl)) {
    problems.push(`NATS_URL=${natsUrl} must start with nats://`);
  }

  const cfg: SyncConfig = {
    mode,
    siteId,
    localDbUrl,
    centralDbUrl,
    centralSupabaseUrl,
    serviceRoleKey,
    tables: tables.map((t) => t.replace(/^public\./, '')),
    batchSize: int('SYNC_BATCH_SIZE', 500, 1, 50_000),
    intervalSeconds: int('SYNC_INTERVAL_SECONDS', 5, 1, 86_400),
    conflictResolution,
    transport,
    natsUrl,
    httpPort: int('SYNC_HTTP_PORT', 9464, 0, 65_535),
  };
  if (problems.length > 0) {
    throw new UserError(`invalid sync configuration:\n  - ${problems.join('\n  - ')}`, {
      hint: 'set these in the environment (or the env file of the sync-worker service); see docs/sync.md',
    });
  }
  return cfg;
}
