import { accessSync, constants, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import pg from 'pg';
import { writeFileAtomic } from '../core/atomic-write.js';
import { UserError } from '../core/errors.js';
import { registerSecret } from '../core/redact.js';
import { setEnvValues } from '../env/edit.js';
import { parseEnv } from '../env/parse.js';
import { randomSecret } from '../keys/random.js';
import { specFor } from '../keys/specs.js';
import { scramSha256Verifier } from './scram.js';
import { INTERNAL_DATABASE, SUPABASE_ROLES } from './supabase-roles.js';

export interface RotationPlan {
  /** The server, without credentials. */
  server: string;
  /** Database the transaction runs in (`_supabase` when it exists). */
  database: string;
  roles: string[];
  missingRoles: string[];
  /** Rows of `_analytics.source_backends` whose URL carries a rotated role's password. */
  analyticsBackends: number | 'absent';
  supavisorSchema: 'drop-and-recreate' | 'absent';
  envFile: string;
  /** Env keys that get the new password (POSTGRES_PASSWORD and URLs that held the old one). */
  envKeys: string[];
  /** Compose services to recreate so they pick up the new password. */
  recreate: string[];
}

export interface RotationResult {
  plan: RotationPlan;
  applied: boolean;
  /** Rows of `_analytics.source_backends` updated. */
  backendsUpdated: number;
}

export interface RotateOptions {
  dbUrl: string;
  envFile: string;
  dryRun?: boolean;
  /** For tests and the action; generated (hex, 32 characters) when absent. */
  newPassword?: string;
  /** Wait this long for locks (a running Supavisor holds `_supavisor`) before giving up. */
  lockTimeoutMs?: number;
}

function serverOf(url: URL): string {
  return `${url.hostname}${url.port ? `:${url.port}` : ''}`;
}

function withDatabase(url: URL, db: string, password: string | undefined): string {
  const u = new URL(url.toString());
  u.pathname = `/${encodeURIComponent(db)}`;
  if (password !== undefined && !u.password) u.password = encodeURIComponent(password);
  return u.toString();
}

function parseDbUrl(dbUrl: string): URL {
  let url: URL;
  try {
    url = new URL(dbUrl);
  } catch {
    throw new UserError('--db-url is not a URL', { hint: 'e.g. postgres://supabase_admin@127.0.0.1:5432/postgres (the password is read from the env file when omitted)' });
  }
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    throw new UserError(`--db-url must be a postgres:// URL, not ${url.protocol}//`, { hint: 'e.g. postgres://supabase_admin@127.0.0.1:5432/postgres' });
  }
  return url;
}

/** Replaces the password of a postgres URL when it is `old`; returns undefined when it does not apply. */
function rewriteUrlPassword(value: string, old: string, next: string): string | undefined {
  if (!old || !/^postgres(ql)?:\/\/|^ecto:\/\//.test(value)) return undefined;
  const m = /^([a-z]+:\/\/[^:@/]+:)([^@]*)(@.*)$/s.exec(value);
  if (!m) return undefined;
  let pw: string;
  try {
    pw = decodeURIComponent(m[2]);
  } catch {
    pw = m[2];
  }
  return pw === old ? `${m[1]}${next}${m[3]}` : undefined;
}

interface EnvPrep {
  text: string;
  old: string;
  newText: string;
  keys: string[];
}

function prepareEnv(envFile: string, next: string): EnvPrep {
  if (!existsSync(envFile)) {
    throw new UserError(`env file ${envFile} does not exist`, {
      file: envFile,
      hint: 'rotate against the env file the stack runs with; the new password is written there',
    });
  }
  try {
    accessSync(envFile, constants.W_OK);
    accessSync(dirname(envFile), constants.W_OK);
  } catch {
    throw new UserError(`cannot write ${envFile} (or its directory)`, { file: envFile, hint: 'the env file is written after the database changes; fix permissions first' });
  }
  const text = readFileSync(envFile, 'utf8');
  const env = parseEnv(text, envFile);
  const values = new Map(env.entries.map((e) => [e.key, e.value]));
  const old = values.get('POSTGRES_PASSWORD') ?? '';
  registerSecret(old);
  const edits: Record<string, string> = { POSTGRES_PASSWORD: next };
  for (const [k, v] of values) {
    if (k === 'POSTGRES_PASSWORD') continue;
    const rewritten = rewriteUrlPassword(v, old, next);
    if (rewritten !== undefined) edits[k] = rewritten;
  }
  return { text, old, newText: setEnvValues(text, envFile, edits), keys: Object.keys(edits) };
}

/** Services that read POSTGRES_PASSWORD (from the secrets table), in a stable order. */
function servicesToRecreate(): string[] {
  return [...(specFor('POSTGRES_PASSWORD')?.consumers ?? [])];
}

async function connect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
  } catch (err) {
    const e = err as { code?: string; message?: string };
    if (e.code === '28P01' || e.code === '28000') {
      throw new UserError(`cannot log in to the database: ${e.message}`, {
        hint: 'give the current password in --db-url, or keep the env file POSTGRES_PASSWORD at the value the database has now',
      });
    }
    throw new UserError(`cannot connect to the database: ${e.message ?? String(err)}`, { hint: 'check --db-url (host, port, database)' });
  }
  return client;
}

async function inspect(client: pg.Client): Promise<{ missing: string[]; backends: number | 'absent'; supavisor: boolean }> {
  const roles = await client.query<{ rolname: string }>('select rolname from pg_roles where rolname = any($1)', [SUPABASE_ROLES]);
  const have = new Set(roles.rows.map((r) => r.rolname));
  const missing = SUPABASE_ROLES.filter((r) => !have.has(r));
  const t = await client.query<{ t: string | null; c: boolean }>(
    `select to_regclass('_analytics.source_backends')::text as t,
            exists(select 1 from information_schema.columns where table_schema = '_analytics' and table_name = 'source_backends' and column_name = 'config') as c`,
  );
  let backends: number | 'absent' = 'absent';
  if (t.rows[0].t && t.rows[0].c) {
    const r = await client.query<{ n: string }>(`select count(*) as n from _analytics.source_backends where config ? 'url'`);
    backends = Number(r.rows[0].n);
  }
  const s = await client.query("select 1 from pg_namespace where nspname = '_supavisor'");
  return { missing, backends, supavisor: (s.rowCount ?? 0) > 0 };
}

/**
 * `pmoves db rotate-passwords`: one new password for the 12 Supabase roles, `_analytics`
 * backend URLs and a fresh `_supavisor` schema (its tenants hold the old password, encrypted),
 * all in ONE transaction; the env file is staged before and moved into place only after COMMIT,
 * so a failure anywhere leaves database and env file as they were.
 */
export async function rotateDbPasswords(opts: RotateOptions): Promise<RotationResult> {
  const url = parseDbUrl(opts.dbUrl);
  const next = opts.newPassword ?? randomSecret(specFor('POSTGRES_PASSWORD')?.length ?? 32, 'hex');
  registerSecret(next);
  if (url.password) registerSecret(decodeURIComponent(url.password));
  const env = prepareEnv(opts.envFile, next);
  const first = await connect(withDatabase(url, decodeURIComponent(url.pathname.slice(1)) || 'postgres', env.old || undefined));
  let database = decodeURIComponent(url.pathname.slice(1)) || 'postgres';
  let client = first;
  try {
    const internal = await first.query('select 1 from pg_database where datname = $1', [INTERNAL_DATABASE]);
    if ((internal.rowCount ?? 0) > 0 && database !== INTERNAL_DATABASE) {
      // Roles are cluster-wide: altering them from `_supabase` keeps everything in one transaction.
      database = INTERNAL_DATABASE;
      await first.end();
      client = await connect(withDatabase(url, INTERNAL_DATABASE, env.old || undefined));
    }
    const found = await inspect(client);
    const plan: RotationPlan = {
      server: serverOf(url),
      database,
      roles: [...SUPABASE_ROLES],
      missingRoles: found.missing,
      analyticsBackends: found.backends,
      supavisorSchema: found.supavisor ? 'drop-and-recreate' : 'absent',
      envFile: opts.envFile,
      envKeys: env.keys,
      recreate: servicesToRecreate(),
    };
    if (found.missing.length > 0) {
      throw new UserError(`role${found.missing.length > 1 ? 's' : ''} ${found.missing.join(', ')} missing on ${plan.server}`, {
        hint: 'this is not a Supabase database (or it was initialised by another image); nothing was changed',
      });
    }
    if (opts.dryRun) return { plan, applied: false, backendsUpdated: 0 };

    const staged = join(dirname(opts.envFile), `.${basename(opts.envFile)}.rotating`);
    writeFileAtomic(staged, env.newText, { mode: 0o600 });
    let backendsUpdated = 0;
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL lock_timeout = ${Math.max(100, Math.floor(opts.lockTimeoutMs ?? 10_000))}`);
      // Recheck inside the transaction: a role dropped since inspect() aborts everything.
      const again = await client.query<{ n: string }>('select count(*) as n from pg_roles where rolname = any($1)', [SUPABASE_ROLES]);
      if (Number(again.rows[0].n) !== SUPABASE_ROLES.length) throw new UserError('a Supabase role disappeared during the rotation; nothing was changed');
      const verifier = scramSha256Verifier(next);
      for (const role of SUPABASE_ROLES) {
        await client.query(`ALTER ROLE ${client.escapeIdentifier(role)} WITH PASSWORD ${client.escapeLiteral(verifier)}`);
      }
      if (found.backends !== 'absent') {
        const rows = await client.query<{ id: unknown; url: string }>(
          `select id, config->>'url' as url from _analytics.source_backends where config ? 'url' for update`,
        );
        for (const row of rows.rows) {
          const nextUrl = rewriteBackendUrl(row.url, next);
          if (nextUrl === undefined) continue;
          await client.query(`update _analytics.source_backends set config = jsonb_set(config, '{url}', to_jsonb($1::text)) where id = $2`, [nextUrl, row.id]);
          backendsUpdated++;
        }
      }
      if (found.supavisor) {
        const owner = await client.query<{ owner: string }>("select nspowner::regrole::text as owner from pg_namespace where nspname = '_supavisor'");
        await client.query('DROP SCHEMA _supavisor CASCADE');
        await client.query('CREATE SCHEMA _supavisor');
        await client.query(`ALTER SCHEMA _supavisor OWNER TO ${owner.rows[0].owner}`);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      rmSync(staged, { force: true });
      throw translatePgError(err);
    }
    try {
      renameSync(staged, opts.envFile);
    } catch (err) {
      throw new UserError(`the database now uses the new password, but ${opts.envFile} could not be replaced: ${(err as Error).message}`, {
        file: opts.envFile,
        hint: `the updated env file is ${staged}; move it over ${opts.envFile}`,
      });
    }
    return { plan, applied: true, backendsUpdated };
  } catch (err) {
    throw translatePgError(err);
  } finally {
    await client.end().catch(() => {});
    if (client !== first) await first.end().catch(() => {});
  }
}

/** A backend URL of one of the rotated roles gets the new password; other URLs are left alone. */
function rewriteBackendUrl(value: string | null, next: string): string | undefined {
  if (!value) return undefined;
  const m = /^([a-z]+:\/\/)([^:@/]+)(:[^@]*)?(@.*)$/s.exec(value);
  if (!m) return undefined;
  const user = decodeURIComponent(m[2]);
  if (!(SUPABASE_ROLES as readonly string[]).includes(user)) return undefined;
  return `${m[1]}${m[2]}:${next}${m[4]}`;
}

function translatePgError(err: unknown): unknown {
  const e = err as { code?: string; message?: string };
  if (e?.code === '42501') {
    return new UserError(`permission denied while rotating: ${e.message}`, {
      hint: 'connect as supabase_admin (the superuser of the Supabase image); postgres cannot alter every role. Nothing was changed.',
    });
  }
  if (e?.code === '55P03') {
    return new UserError('timed out waiting for a lock (Supavisor or Logflare is using its schema)', {
      hint: 'stop supavisor and analytics first (docker compose stop supavisor analytics), then rerun; nothing was changed',
    });
  }
  return err;
}
