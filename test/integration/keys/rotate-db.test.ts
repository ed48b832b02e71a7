import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgres, type TestPostgres } from '../../support/postgres.js';
import { runCli } from '../../../src/cli/app.js';
import type { CliIO } from '../../../src/cli/io.js';
import { redact } from '../../../src/core/redact.js';
import { parseEnv } from '../../../src/env/parse.js';
import { SUPABASE_ROLES } from '../../../src/db/supabase-roles.js';
import { rotateDbPasswords } from '../../../src/db/rotate-passwords.js';
import { isUserError } from '../../../src/core/errors.js';
import { runAction } from '../../support/run-action.js';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const FIXTURES = join(__dirname, '../../fixtures/db');
const OLD = 'initial0pw0of0the0cluster0000001';
const LOGIN_ROLES = [
  'authenticator',
  'pgbouncer',
  'postgres',
  'supabase_admin',
  'supabase_auth_admin',
  'supabase_functions_admin',
  'supabase_replication_admin',
  'supabase_storage_admin',
];

/** Runs a fixture file statement by statement (CREATE DATABASE cannot run in a transaction), psql-style :'var' substituted. */
async function runFixture(client: pg.Client, file: string, vars: Record<string, string>): Promise<void> {
  const sql = readFileSync(join(FIXTURES, file), 'utf8').replace(/:'(\w+)'/g, (_m, v: string) => client.escapeLiteral(vars[v]));
  const statements = sql
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
  for (const st of statements) await client.query(st);
}

async function canLogin(port: number, user: string, password: string, db = 'postgres'): Promise<boolean> {
  const c = new pg.Client({ host: '127.0.0.1', port, user, password, database: db, connectionTimeoutMillis: 10_000 });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === '28P01') return false;
    throw err;
  } finally {
    await c.end().catch(() => {});
  }
}

function captureIO(cwd: string, tty = false, answer?: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    cwd,
    env: {},
    stdout: (t) => out.push(redact(t)),
    stderr: (t) => err.push(redact(t)),
    stdoutIsTTY: tty,
    stdinIsTTY: tty,
    confirm: tty ? async () => answer ?? false : undefined,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('pmoves db rotate-passwords against PostgreSQL 15', () => {
  let server: TestPostgres;
  let dir: string;
  let envFile: string;
  let admin: pg.Client;
  const ENV_TEXT = [
    '# site A — database',
    `POSTGRES_PASSWORD=${OLD}`,
    'POSTGRES_HOST=db',
    `LOCAL_DB_URL=postgresql://postgres:${OLD}@db:5432/postgres`,
    'OTHER_URL=postgresql://someone:different@db:5432/postgres',
    '',
  ].join('\n');

  beforeAll(async () => {
    server = await startPostgres({ password: OLD });
  });
  afterAll(async () => server?.stop());

  beforeEach(async () => {
    // A fresh Supabase-shaped cluster state for each test: roles, _supabase db, schemas.
    admin = new pg.Client({ connectionString: server.urlFor('postgres', 'postgres', OLD) });
    await admin.connect();
    await runFixture(admin, 'roles.sql', { pw: OLD });
    const internal = new pg.Client({ connectionString: server.urlFor('_supabase', 'postgres', OLD) });
    await internal.connect();
    await runFixture(internal, 'internal.sql', { pw: OLD, port: String(server.port) });
    await internal.end();
    dir = mkdtempSync(join(tmpdir(), 'pmoves-rotate-'));
    envFile = join(dir, '.env');
    writeFileSync(envFile, ENV_TEXT, { mode: 0o644 });
  });

  afterEach(async () => {
    // Back to a bare cluster with the original postgres password (as superuser supabase_admin
    // may hold the new one: use whichever works).
    const env = Object.fromEntries(parseEnv(readFileSync(envFile, 'utf8'), envFile).entries.map((e) => [e.key, e.value]));
    await admin.end().catch(() => {});
    const pw = (await canLogin(server.port, 'postgres', OLD)) ? OLD : env.POSTGRES_PASSWORD;
    const c = new pg.Client({ connectionString: server.urlFor('postgres', 'postgres', pw) });
    await c.connect();
    await c.query('drop database if exists _supabase');
    await c.query('drop schema if exists _analytics cascade');
    await c.query('drop schema if exists _supavisor cascade');
    for (const r of SUPABASE_ROLES) if (r !== 'postgres') await c.query(`drop role if exists ${r}`);
    await c.query(`alter role postgres with password ${c.escapeLiteral(OLD)}`);
    await c.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('changes all 12 roles, the backend URL, _supavisor and the env file together', async () => {
    const url = `postgres://postgres@127.0.0.1:${server.port}/postgres`; // password from the env file
    const c = captureIO(dir);
    const code = await runCli(['db', 'rotate-passwords', '--db-url', url, '--env-file', '.env', '--yes'], c.io);
    expect(c.stderr()).toBe('');
    expect(code).toBe(0);

    const after = readFileSync(envFile, 'utf8');
    const env = Object.fromEntries(parseEnv(after, envFile).entries.map((e) => [e.key, e.value]));
    const NEW = env.POSTGRES_PASSWORD;
    expect(NEW).toMatch(/^[0-9a-f]{32}$/);
    expect(NEW).not.toBe(OLD);
    expect(statSync(envFile).mode & 0o777).toBe(0o600);
    // Other lines untouched; the URL that carried the old password follows, the foreign one does not.
    expect(after.split('\n')[0]).toBe('# site A — database');
    expect(env.LOCAL_DB_URL).toBe(`postgresql://postgres:${NEW}@db:5432/postgres`);
    expect(env.OTHER_URL).toBe('postgresql://someone:different@db:5432/postgres');
    expect(readdirSync(dir).filter((f) => f.includes('rotating'))).toEqual([]);

    for (const role of LOGIN_ROLES) {
      expect(await canLogin(server.port, role, NEW), `${role} with the new password`).toBe(true);
      expect(await canLogin(server.port, role, OLD), `${role} with the old password`).toBe(false);
    }
    const check = new pg.Client({ connectionString: server.urlFor('_supabase', 'supabase_admin', NEW) });
    await check.connect();
    try {
      // Every role has a SCRAM verifier (no clear text was sent).
      const pw = await check.query<{ rolname: string; rolpassword: string }>('select rolname, rolpassword from pg_authid where rolname = any($1)', [SUPABASE_ROLES]);
      expect(pw.rows).toHaveLength(12);
      for (const r of pw.rows) expect(r.rolpassword, r.rolname).toMatch(/^SCRAM-SHA-256\$4096:/);

      const backends = await check.query<{ type: string; url: string }>("select type, config->>'url' as url from _analytics.source_backends order by id");
      expect(backends.rows[0].url).toBe(`postgresql://supabase_admin:${NEW}@db:${server.port}/_supabase`);
      expect(backends.rows[1].url).toBe('https://hooks.example.test/ingest');

      const schema = await check.query<{ owner: string }>("select nspowner::regrole::text as owner from pg_namespace where nspname = '_supavisor'");
      expect(schema.rows).toEqual([{ owner: 'supabase_admin' }]);
      const objects = await check.query("select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = '_supavisor'");
      expect(objects.rowCount).toBe(0);
    } finally {
      await check.end();
    }
    expect(c.stdout()).toMatch(/docker compose up -d --force-recreate .*auth.*rest/);
    expect(c.stdout().includes(NEW)).toBe(false);
  });

  it('older stacks without a _supabase database: the schemas in the URL database rotate in the same transaction', async () => {
    await admin.query('drop database _supabase');
    await runFixture(admin, 'internal.sql', { pw: OLD, port: String(server.port) });
    const c = captureIO(dir);
    expect(await runCli(['db', 'rotate-passwords', '--db-url', server.urlFor('postgres', 'postgres', OLD), '--env-file', envFile, '--yes', '--json'], c.io)).toBe(0);
    const out = JSON.parse(c.stdout());
    expect(out).toMatchObject({ applied: true, database: 'postgres', backendsUpdated: 1 });
    const NEW = Object.fromEntries(parseEnv(readFileSync(envFile, 'utf8'), envFile).entries.map((e) => [e.key, e.value])).POSTGRES_PASSWORD;
    const check = new pg.Client({ connectionString: server.urlFor('postgres', 'supabase_admin', NEW) });
    await check.connect();
    try {
      const b = await check.query<{ url: string }>("select config->>'url' as url from _analytics.source_backends where type = 'postgres'");
      expect(b.rows[0].url).toContain(`supabase_admin:${NEW}@`);
      expect((await check.query('select 1 from _supavisor.tenants').catch((e) => e)).code).toBe('42P01');
    } finally {
      await check.end();
    }
  });

  it('with one role missing changes nothing: no role, no table, no env file', async () => {
    await admin.query('drop role supabase_functions_admin');
    const before = await snapshot(admin, server);
    const c = captureIO(dir);
    const code = await runCli(['db', 'rotate-passwords', '--db-url', server.urlFor('postgres', 'postgres', OLD), '--env-file', envFile, '--yes'], c.io);
    expect(code).toBe(2);
    expect(c.stderr()).toMatch(/role supabase_functions_admin missing/);
    expect(c.stderr()).toMatch(/nothing was changed/);
    expect(readFileSync(envFile, 'utf8')).toBe(ENV_TEXT);
    expect(statSync(envFile).mode & 0o777).toBe(0o644);
    expect(await snapshot(admin, server)).toEqual(before);
    for (const role of LOGIN_ROLES.filter((r) => r !== 'supabase_functions_admin')) {
      expect(await canLogin(server.port, role, OLD), role).toBe(true);
    }
    expect(readdirSync(dir)).toEqual(['.env']);
  });

  it('a failure late in the transaction (after every ALTER ROLE) rolls all of it back and leaves the env file', async () => {
    // Supavisor still connected: it holds a lock on its table, so DROP SCHEMA times out after
    // the 12 ALTER ROLE and the backend UPDATE have run inside the transaction.
    const before = await snapshot(admin, server);
    const holder = new pg.Client({ connectionString: server.urlFor('_supabase', 'postgres', OLD) });
    await holder.connect();
    await holder.query('begin');
    await holder.query('lock table _supavisor.tenants in access share mode');
    try {
      const err = await rotateDbPasswords({ dbUrl: server.urlFor('postgres', 'postgres', OLD), envFile, lockTimeoutMs: 300 }).catch((e) => e);
      expect(isUserError(err)).toBe(true);
      expect(err.message).toMatch(/timed out waiting for a lock/);
      expect(err.hint).toMatch(/nothing was changed/);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    expect(await snapshot(admin, server)).toEqual(before);
    expect(readFileSync(envFile, 'utf8')).toBe(ENV_TEXT);
    expect(readdirSync(dir)).toEqual(['.env']);
    for (const role of LOGIN_ROLES) expect(await canLogin(server.port, role, OLD), role).toBe(true);
  });

  it('a role without the right to alter the others changes nothing and says whom to connect as', async () => {
    // supabase_auth_admin has CREATEROLE only: it may not touch the superusers or _analytics.
    const before = await snapshot(admin, server);
    const c = captureIO(dir);
    const code = await runCli(['db', 'rotate-passwords', '--db-url', server.urlFor('postgres', 'supabase_auth_admin', OLD), '--env-file', envFile, '--yes'], c.io);
    expect(c.stderr()).toMatch(/permission denied/);
    expect(code).toBe(2);
    expect(c.stderr()).toMatch(/connect as supabase_admin/);
    expect(await snapshot(admin, server)).toEqual(before);
    expect(readFileSync(envFile, 'utf8')).toBe(ENV_TEXT);
    expect(readdirSync(dir)).toEqual(['.env']);
  });

  it('the rotate-db-password action (bundled, run as the runner does) rotates and masks both passwords', async () => {
    const root = join(__dirname, '../../..');
    const bundle = join(root, 'dist/actions/rotate-db-password.js');
    if (!existsSync(bundle)) {
      const b = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
      if (b.status !== 0) throw new Error(b.stderr);
    }
    // The password is not in the URL: the action reads it from the env file.
    const run = runAction(bundle, { 'db-url': `postgres://postgres@127.0.0.1:${server.port}/postgres`, 'env-file': '.env' }, { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const env = Object.fromEntries(parseEnv(readFileSync(envFile, 'utf8'), envFile).entries.map((e) => [e.key, e.value]));
    const NEW = env.POSTGRES_PASSWORD;
    expect(NEW).not.toBe(OLD);
    expect(await canLogin(server.port, 'supabase_admin', NEW)).toBe(true);
    expect(run.outputs.applied).toBe('true');
    expect(run.outputs.recreate.split(' ')).toContain('auth');
    const lines = run.stdout.split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
    expect(masks).toContain(OLD);
    expect(masks).toContain(NEW);
    const firstOther = lines.findIndex((l) => l && !l.startsWith('::add-mask::'));
    expect(lines.slice(firstOther).join('\n').includes(NEW)).toBe(false);
    expect(run.summary.includes(NEW)).toBe(false);
  });

  it('refuses without a terminal and without --yes; asks on a terminal', async () => {
    const before = await snapshot(admin, server);
    const noTty = captureIO(dir);
    expect(await runCli(['db', 'rotate-passwords', '--db-url', server.urlFor('postgres', 'postgres', OLD), '--env-file', envFile], noTty.io)).toBe(2);
    expect(noTty.stderr()).toMatch(/no terminal to ask/);
    expect(noTty.stderr()).toMatch(/--yes/);

    const declined = captureIO(dir, true, false);
    expect(await runCli(['db', 'rotate-passwords', '--db-url', server.urlFor('postgres', 'postgres', OLD), '--env-file', envFile], declined.io)).toBe(1);
    expect(declined.stderr()).toMatch(/cancelled; nothing changed/);
    expect(await snapshot(admin, server)).toEqual(before);
    expect(readFileSync(envFile, 'utf8')).toBe(ENV_TEXT);

    const dry = captureIO(dir);
    expect(await runCli(['db', 'rotate-passwords', '--db-url', server.urlFor('postgres', 'postgres', OLD), '--env-file', envFile, '--dry-run', '--json'], dry.io)).toBe(0);
    const plan = JSON.parse(dry.stdout());
    expect(plan).toMatchObject({ applied: false, database: '_supabase', analyticsBackends: 2, supavisorSchema: 'drop-and-recreate', missingRoles: [] });
    expect(plan.envKeys).toEqual(['POSTGRES_PASSWORD', 'LOCAL_DB_URL']);
    expect(await snapshot(admin, server)).toEqual(before);
  });
});

/** Everything the rotation may touch: role password hashes, backend rows, _supavisor contents. */
async function snapshot(admin: pg.Client, server: TestPostgres) {
  const roles = await admin.query<{ rolname: string; rolpassword: string | null }>(
    'select rolname, rolpassword from pg_authid where rolname = any($1) order by rolname',
    [SUPABASE_ROLES],
  );
  const internal = new pg.Client({ connectionString: server.urlFor('_supabase', 'postgres', OLD) });
  await internal.connect();
  try {
    const backends = await internal.query('select id, type, config from _analytics.source_backends order by id');
    const tenants = await internal.query('select id, external_id from _supavisor.tenants order by id');
    const schema = await internal.query("select oid from pg_namespace where nspname = '_supavisor'");
    return { roles: roles.rows, backends: backends.rows, tenants: tenants.rows, schemaOid: schema.rows };
  } finally {
    await internal.end();
  }
}
