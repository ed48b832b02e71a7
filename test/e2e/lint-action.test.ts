import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/env/parse.js';
import { runAction } from '../support/run-action.js';

const ROOT = join(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'dist/actions/lint-config.js');
const FIXTURE = join(ROOT, 'test/fixtures/lint/legacy');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmoves-lint-action-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** The runner prints `::add-mask::<value>` to register a mask: everything else must not contain it. */
const withoutMasks = (s: string) => s.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');

describe('lint-config action, run as the runner runs it', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE)) {
      const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
    }
  }, 120_000);

  it('annotates findings, writes outputs, SARIF and the job summary, fails on errors, leaks no secret', () => {
    const ws = workspace();
    const run = runAction(BUNDLE, { files: 'docker-compose.yml', 'env-files': '.env', format: 'github', fix: 'false', 'fail-on': 'error' }, { cwd: ws, env: { GITHUB_WORKSPACE: ws } });
    expect(run.status).not.toBe(0);
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(10);
    expect(Number(run.outputs.warnings)).toBeGreaterThanOrEqual(3);
    // a workflow command per finding, properties escaped, at the finding's line
    expect(run.stdout).toContain('::error file=docker-compose.yml,line=15,col=19,title=pmoves-lint legacy-supabase-variable::${SUPABASE_JWT_SECRET} is a legacy name: use ${JWT_SECRET}');
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors.length).toBe(10); // GitHub shows 10 per level; the rest are in the summary
    expect(run.stdout).toMatch(/\d+ more error findings? not annotated/);
    expect(run.stdout).toContain('::error::pmoves lint:'); // setFailed
    // the job summary has the full table
    expect(run.summary).toContain('| Severity | Rule | Location | Message |');
    expect(run.summary.split('\n').filter((l) => l.startsWith('| ❌')).length).toBe(Number(run.outputs.errors));
    // SARIF 2.1.0 with rules and partial fingerprints
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules.map((r: any) => r.id)).toContain('legacy-supabase-variable');
    expect(sarif.runs[0].results.length).toBe(Number(run.outputs.errors) + Number(run.outputs.warnings));
    for (const r of sarif.runs[0].results) {
      expect(r.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:\d+$/);
      expect(sarif.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    // secrets: masked for the runner, never printed anywhere else
    const secrets = parseEnv(readFileSync(join(ws, '.env'), 'utf8'), '.env').entries.filter((e) => /SECRET|KEY|PASSWORD/.test(e.key)).map((e) => e.value);
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    for (const s of secrets) {
      expect(run.stdout).toContain(`::add-mask::${s}`);
      expect(withoutMasks(run.stdout)).not.toContain(s);
      expect(run.stderr).not.toContain(s);
      expect(run.summary).not.toContain(s);
      expect(readFileSync(run.outputs['sarif-file'], 'utf8')).not.toContain(s);
    }
  });

  it('fix: true renames legacy names in the workspace and reports what is left', () => {
    const ws = workspace();
    const run = runAction(BUNDLE, { files: 'docker-compose.yml', 'env-files': '.env', fix: 'true', 'fail-on': 'never', format: 'json' }, { cwd: ws, env: { GITHUB_WORKSPACE: ws } });
    expect(run.status).toBe(0);
    const env = readFileSync(join(ws, '.env'), 'utf8');
    expect(env).toMatch(/^JWT_SECRET=/m);
    expect(readFileSync(join(ws, 'docker-compose.yml'), 'utf8')).toContain('${JWT_SECRET:-dev_jwt_secret}');
    const json = JSON.parse(withoutMasks(run.stdout).slice(withoutMasks(run.stdout).indexOf('{')));
    expect(json.findings.filter((f: any) => f.rule === 'legacy-supabase-variable')).toEqual([]);
    expect(Number(run.outputs.errors)).toBe(json.errorCount);
  });

  it('passes on a clean stack', () => {
    const ws = mkdtempSync(join(tmpdir(), 'pmoves-lint-clean-'));
    writeFileSync(join(ws, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27.3\n    ports: ["127.0.0.1:8080:80"]\n');
    const run = runAction(BUNDLE, { files: '.' }, { cwd: ws, env: { GITHUB_WORKSPACE: ws } });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(run.summary).toContain('No problems found.');
  });

  it('bad input fails with an annotation at file:line', () => {
    const ws = mkdtempSync(join(tmpdir(), 'pmoves-lint-bad-'));
    writeFileSync(join(ws, 'compose.yaml'), 'services:\n  web:\n    image: "nginx\n');
    const run = runAction(BUNDLE, { files: 'compose.yaml' }, { cwd: ws, env: { GITHUB_WORKSPACE: ws } });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/::error title=pmoves lint%3A bad input,file=compose\.yaml,line=\d+,col=\d+::invalid YAML/);
  });
});
