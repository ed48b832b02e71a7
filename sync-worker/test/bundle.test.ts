import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/core/package-root.js';
import { startPostgres, type TestPostgres } from '../../test/support/postgres.js';

// The container image holds dist/pmoves-sync.js and nothing else of the checkout: the bundle
// must carry its SQL. Run it from a directory with no pmoves-toolkit package above it.
describe('dist/pmoves-sync.js on its own', () => {
  let pg: TestPostgres;
  let dir: string;
  beforeAll(async () => {
    // dist/ is the committed bundle (.ci/run checks it is fresh before the tests); rebuilding
    // here would pull it from under the e2e suites that run bundles in parallel.
    expect(existsSync(fromRoot('dist/pmoves-sync.js')), 'run npm run build first').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'pmoves-sync-bundle-'));
    copyFileSync(fromRoot('dist/pmoves-sync.js'), join(dir, 'pmoves-sync.js'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    pg = await startPostgres();
  });
  afterAll(async () => {
    await pg?.stop();
  });

  it('installs edge and central schemas with only the bundle present', async () => {
    expect(existsSync(join(dir, 'sync-worker'))).toBe(false);
    const edgeUrl = await pg.createDatabase('bundle_edge');
    const centralUrl = await pg.createDatabase('bundle_central');
    const { default: pgLib } = await import('pg');
    const setup = new pgLib.Client({ connectionString: edgeUrl });
    await setup.connect();
    await setup.query('CREATE TABLE notes (id bigint PRIMARY KEY, body text)');
    await setup.end();
    const env = {
      PATH: process.env.PATH ?? '',
      LOCAL_DB_URL: edgeUrl,
      CENTRAL_DB_URL: centralUrl,
      SYNC_SITE_ID: 'bundle-site',
      SYNC_TABLES: 'notes',
    };
    const central = spawnSync(process.execPath, [join(dir, 'pmoves-sync.js'), 'install', '--central'], { cwd: dir, env, encoding: 'utf8' });
    expect(central.status, central.stderr).toBe(0);
    const edge = spawnSync(process.execPath, [join(dir, 'pmoves-sync.js'), 'install'], { cwd: dir, env, encoding: 'utf8' });
    expect(edge.status, edge.stderr).toBe(0);
    for (const [url, rel] of [[edgeUrl, 'pmoves_sync.outbox'], [centralUrl, 'public.sync_status']]) {
      const c = new pgLib.Client({ connectionString: url });
      await c.connect();
      const r = await c.query('SELECT to_regclass($1) AS t', [rel]);
      await c.end();
      expect(r.rows[0].t).not.toBeNull();
    }
  });
});
