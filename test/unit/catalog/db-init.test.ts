import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnless } from '../../support/require.js';
import { startPostgres, type TestPostgres } from '../../support/postgres.js';

/**
 * compose/db/*.sql run once, through psql, when the supabase/postgres image initialises an
 * empty volume. Run them the same way against a real PostgreSQL 15 that has the image's roles.
 */
const dbDir = join(import.meta.dirname, '../../../compose/db');

const hasPsql = (() => {
  try {
    execFileSync('psql', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// A quote and a backslash prove the scripts quote values (generated ones never hold them).
const POSTGRES_PASSWORD = "pa'ss\\word-1";
const JWT_SECRET = 'jwt-secret-with-at-least-32-characters-x';

describe.skipIf(skipUnless('psql', hasPsql))('reference stack: compose/db init scripts', () => {
  let pgs: TestPostgres;

  const psql = (file: string, user: string, env: Record<string, string>) => {
    const u = new URL(pgs.urlFor('postgres', user, 'superpw'));
    const r = spawnSync('psql', ['-v', 'ON_ERROR_STOP=1', '--no-psqlrc', '-q', '-h', u.hostname, '-p', u.port, '-U', user, '-d', 'postgres', '-f', join(dbDir, file)], {
      env: { PATH: process.env.PATH, PGPASSWORD: 'superpw', ...env },
      encoding: 'utf8',
    });
    expect(r.stderr, file).toBe('');
    expect(r.status, file).toBe(0);
  };

  const canLogin = async (user: string, password: string, db = 'postgres') => {
    const c = new pg.Client({ connectionString: pgs.urlFor(db, user, password) });
    try {
      await c.connect();
      return true;
    } catch {
      return false;
    } finally {
      await c.end().catch(() => {});
    }
  };

  beforeAll(async () => {
    pgs = await startPostgres({ password: 'superpw' });
    // The roles the supabase/postgres image creates before its init scripts run. Own client,
    // ended here: a pooled one still closing when the server stops reports a FATAL.
    const c = new pg.Client({ connectionString: pgs.url });
    await c.connect();
    try {
      await c.query(`CREATE ROLE supabase_admin LOGIN SUPERUSER PASSWORD 'superpw'`);
      for (const r of ['authenticator', 'pgbouncer', 'supabase_auth_admin', 'supabase_functions_admin', 'supabase_storage_admin']) {
        await c.query(`CREATE ROLE ${r} LOGIN NOINHERIT`);
      }
    } finally {
      await c.end();
    }
    psql('roles.sql', 'postgres', { POSTGRES_PASSWORD });
    psql('jwt.sql', 'postgres', { JWT_SECRET, JWT_EXP: '3600' });
    psql('internal.sql', 'supabase_admin', { POSTGRES_USER: 'supabase_admin' });
  });

  afterAll(async () => {
    await pgs?.stop();
  });

  it('gives every service role POSTGRES_PASSWORD', async () => {
    for (const r of ['authenticator', 'pgbouncer', 'supabase_auth_admin', 'supabase_functions_admin', 'supabase_storage_admin']) {
      expect(await canLogin(r, POSTGRES_PASSWORD), r).toBe(true);
      expect(await canLogin(r, 'wrong'), r).toBe(false);
    }
  });

  it('stores the JWT settings on the postgres database', async () => {
    const c = new pg.Client({ connectionString: pgs.url });
    await c.connect();
    try {
      const r = await c.query(`select current_setting('app.settings.jwt_secret') as s, current_setting('app.settings.jwt_exp') as e`);
      expect(r.rows[0]).toEqual({ s: JWT_SECRET, e: '3600' });
    } finally {
      await c.end();
    }
  });

  it('creates the _supabase database and the internal schemas, owned by the admin role', async () => {
    const own = async (db: string, schema: string) => {
      const c = new pg.Client({ connectionString: pgs.urlFor(db, 'supabase_admin', 'superpw') });
      await c.connect();
      try {
        const r = await c.query(`select pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = $1`, [schema]);
        return r.rows[0]?.owner;
      } finally {
        await c.end();
      }
    };
    expect(await own('_supabase', '_analytics')).toBe('supabase_admin');
    expect(await own('_supabase', '_supavisor')).toBe('supabase_admin');
    expect(await own('postgres', '_realtime')).toBe('supabase_admin');
  });
});
