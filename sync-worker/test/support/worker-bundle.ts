import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fromRoot } from '../../../src/core/package-root.js';

/**
 * Bundles sync-worker/src/cli.ts the way `npm run build` does, into .pmoves/test-bundles/, so
 * tests can start (and kill -9) real worker processes in ~100 ms each without tsx.
 */
export async function bundleWorker(): Promise<string> {
  const dir = fromRoot('.pmoves', 'test-bundles', String(process.pid));
  mkdirSync(dir, { recursive: true });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = join(dir, 'pmoves-sync.js');
  await build({
    entryPoints: [fromRoot('sync-worker', 'src', 'cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    external: ['pg-native'],
  });
  return outfile;
}
