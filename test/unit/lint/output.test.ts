import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/app.js';
import type { CliIO } from '../../../src/cli/io.js';
import { discover, groupProjects, isEnvFileName } from '../../../src/lint/discover.js';
import { parseDisables } from '../../../src/lint/disable.js';
import { escapeData, escapeProperty, formatGithub, formatSummary } from '../../../src/lint/format/github.js';
import { formatSarif } from '../../../src/lint/format/sarif.js';
import { formatStylish } from '../../../src/lint/format/stylish.js';
import { rules } from '../../../src/lint/rules/index.js';
import type { Finding } from '../../../src/lint/types.js';

const finding = (i: number, severity: Finding['severity'] = 'error', message = `problem ${i}`): Finding => ({ rule: 'unpinned-image', severity, file: 'dir,x/c:1.yml', line: i, column: 3, message, fixable: false });

async function cli(cwd: string, args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = { cwd, env: {}, stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s), stdoutIsTTY: false, stdinIsTTY: false };
  return { code: await runCli(['lint', ...args], io), ...out };
}

describe('github format', () => {
  it('escapes data and properties like @actions/core', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('x:y,z%\n')).toBe('x%3Ay%2Cz%25%0A');
  });
  it('annotates at most 10 findings per level and points to the summary for the rest', () => {
    const findings = [...Array.from({ length: 13 }, (_, i) => finding(i + 1)), ...Array.from({ length: 4 }, (_, i) => finding(i + 20, 'warning', 'multi\nline'))];
    const out = formatGithub({ findings, errorCount: 13, warningCount: 4 });
    const lines = out.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(4);
    expect(lines[0]).toBe('::error file=dir%2Cx/c%3A1.yml,line=1,col=3,title=pmoves-lint unpinned-image::problem 1');
    expect(out).toContain('::warning file=dir%2Cx/c%3A1.yml,line=20,col=3,title=pmoves-lint unpinned-image::multi%0Aline');
    expect(out).toContain('3 more error findings not annotated');
    const summary = formatSummary({ findings, errorCount: 13, warningCount: 4 });
    expect(summary.split('\n').filter((l) => l.startsWith('| ❌')).length).toBe(13);
  });
});

describe('sarif format', () => {
  it('is SARIF 2.1.0 with every rule, levels, repo-relative URIs and stable fingerprints', () => {
    const sources = new Map([['dir,x/c:1.yml', 'a\nimage: x\nimage: x\n']]);
    const findings = [finding(2), finding(3, 'info')];
    const s1 = JSON.parse(formatSarif({ findings, sources }, { version: '0.1.0' }));
    expect(s1.version).toBe('2.1.0');
    const run = s1.runs[0];
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(rules.map((r) => r.id));
    expect(run.tool.driver.rules[0]).toMatchObject({ defaultConfiguration: { level: 'error' } });
    expect(run.tool.driver.rules.every((r: any) => r.helpUri.includes('docs/lint.md#' + r.id))).toBe(true);
    expect(run.results.map((r: any) => r.level)).toEqual(['error', 'note']);
    expect(run.results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'dir%2Cx/c%3A1.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 3 } });
    // same line text -> same hash, occurrence counter keeps them apart
    const [a, b] = run.results.map((r: any) => r.partialFingerprints.primaryLocationLineHash);
    expect(a.split(':')[0]).toBe(b.split(':')[0]);
    expect([a.split(':')[1], b.split(':')[1]]).toEqual(['1', '2']);
    // a line moving down keeps the fingerprint
    const moved = JSON.parse(formatSarif({ findings: [finding(3)], sources: new Map([['dir,x/c:1.yml', 'a\nb\nimage: x\n']]) }, { version: '0.1.0' }));
    expect(moved.runs[0].results[0].partialFingerprints.primaryLocationLineHash).toBe(a);
  });
});

describe('stylish format', () => {
  it('shows a code frame with a caret under the column', () => {
    const out = formatStylish({ findings: [finding(2)], errorCount: 1, warningCount: 0, sources: new Map([['dir,x/c:1.yml', 'a\n  image: x\n']]) });
    expect(out).toContain('      2 |   image: x\n        |   ^');
    expect(out).toContain('1 problem (1 error, 0 warnings)');
  });
});

describe('inline disables and .pmoves-lint.yaml', () => {
  it('parses disable-line / disable-next-line / disable-file', () => {
    const d = parseDisables('a # pmoves-lint disable-line unpinned-image\n# pmoves-lint disable-next-line\nb\nc\n');
    expect(d.isDisabled('unpinned-image', 1)).toBe(true);
    expect(d.isDisabled('port-collision', 1)).toBe(false);
    expect(d.isDisabled('port-collision', 3)).toBe(true);
    expect(d.isDisabled('port-collision', 4)).toBe(false);
    expect(parseDisables('# pmoves-lint disable-file a, b\n').isDisabled('b', 9)).toBe(true);
  });

  it('the config sets levels, turns rules off and ignores paths; exit codes follow --fail-on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmoves-cfg-'));
    mkdirSync(join(dir, 'vendor'));
    const compose = 'services:\n  a:\n    image: nginx # pmoves-lint disable-line unpinned-image\n  b:\n    image: nginx:latest\n  c:\n    image: Up/Case:1\n';
    writeFileSync(join(dir, 'compose.yaml'), compose);
    writeFileSync(join(dir, 'vendor', 'compose.yaml'), compose);
    let r = await cli(dir, ['.', '--format', 'json']);
    expect(JSON.parse(r.stdout).findings.map((f: any) => `${f.file}:${f.line} ${f.rule}`).sort()).toEqual(
      ['compose.yaml:5 unpinned-image', 'compose.yaml:7 uppercase-image-ref', 'vendor/compose.yaml:5 unpinned-image', 'vendor/compose.yaml:7 uppercase-image-ref'],
    );
    expect(r.code).toBe(1);
    writeFileSync(join(dir, '.pmoves-lint.yaml'), 'rules:\n  uppercase-image-ref: off\n  unpinned-image: error\nignore:\n  - "vendor/**"\n');
    r = await cli(dir, ['.', '--format', 'json']);
    expect(JSON.parse(r.stdout).findings.map((f: any) => `${f.file}:${f.line} ${f.rule} ${f.severity}`)).toEqual(['compose.yaml:5 unpinned-image error']);
    writeFileSync(join(dir, '.pmoves-lint.yaml'), 'rules:\n  unpinned-image: warning\n  uppercase-image-ref: off\n');
    expect((await cli(dir, ['.'])).code).toBe(0);
    expect((await cli(dir, ['.', '--fail-on', 'warning'])).code).toBe(1);
    writeFileSync(join(dir, '.pmoves-lint.yaml'), 'rules:\n  no-such-rule: off\n');
    r = await cli(dir, ['.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.pmoves-lint\.yaml:2:3: error: unknown rule "no-such-rule"/);
  });

  it('usage errors exit 2', async () => {
    expect((await cli(tmpdir(), ['--format', 'xml'])).code).toBe(2);
    expect((await cli(tmpdir(), ['--rule', 'nope'])).code).toBe(2);
    expect((await cli(tmpdir(), ['--dry-run'])).code).toBe(2);
    const help = await cli(tmpdir(), ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Example');
  });
});

describe('what gets linted', () => {
  it('classifies env files by name', () => {
    for (const n of ['env.base', 'env.platform.jetson', '.env', '.env.example', 'site.env']) expect(isEnvFileName(n), n).toBe(true);
    for (const n of ['env.schema.json', 'compose.yml', 'environment.md', 'env.yaml']) expect(isEnvFileName(n), n).toBe(false);
  });
  it('groups overrides with their base and finds compose files by content', () => {
    expect(groupProjects(['/d/docker-compose.yml', '/d/docker-compose.jetson.yml', '/d/other.yml'])).toEqual([
      ['/d/other.yml'],
      ['/d/docker-compose.yml'],
      ['/d/docker-compose.yml', '/d/docker-compose.jetson.yml'],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'pmoves-disc-'));
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'stack.yml'), 'services:\n  a:\n    image: x:1\n');
    writeFileSync(join(dir, 'sub', 'vector.yml'), 'sources:\n  a: {}\n');
    writeFileSync(join(dir, 'node_modules', 'c.yml'), 'services: {}\n');
    writeFileSync(join(dir, 'env.base'), '');
    writeFileSync(join(dir, 'sub', '.env'), '');
    const d = discover([dir], '/');
    expect(d.projects).toEqual([[join(dir, 'stack.yml')]]);
    expect(d.envFiles.sort()).toEqual([join(dir, 'env.base'), join(dir, 'sub', '.env')].sort());
  });
});

describe('env values as compose sees them', () => {
  it('expands references to earlier variables, keeps single quotes literal and \\$ as a dollar', async () => {
    const { expandEnv } = await import('../../../src/lint/collect.js');
    const { parseEnv } = await import('../../../src/env/parse.js');
    const base = { file: parseEnv('HOST=db\nPORT=5432\n', 'env.base'), text: '' };
    const site = { file: parseEnv("URL=postgres://${HOST}:${PORT:-1}/x\nLIT='${HOST}'\nDQ=\"a\\$b-${HOST}\"\nLATER=${NEXT}\nNEXT=1\n", 'env.prod'), text: '' };
    expect(expandEnv([base, site])).toEqual({ HOST: 'db', PORT: '5432', URL: 'postgres://db:5432/x', LIT: '${HOST}', DQ: 'a$b-db', LATER: '', NEXT: '1' });
  });
});

describe('secrets written in compose files', () => {
  it('are masked in code frames and diffs like env secrets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmoves-csec-'));
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  auth:\n    image: supabase/gotrue:v2.1\n    environment:\n      GOTRUE_JWT_SECRET: hunter2-literal-secret\n      X: ${JWT_SECRET:-default-secret-in-compose}\n      Y: ${SUPABASE_JWT_SECRET}\n');
    writeFileSync(join(dir, '.env'), 'SUPABASE_JWT_SECRET=env-secret-value-0123456789abcdefXYZ\n');
    for (const args of [['.'], ['.', '--format', 'sarif'], ['.', '--fix', '--dry-run']]) {
      const r = await cli(dir, args);
      expect(r.stdout.length).toBeGreaterThan(50);
      for (const s of ['hunter2-literal-secret', 'default-secret-in-compose', 'env-secret-value-0123456789abcdefXYZ']) expect(r.stdout, `${args.join(' ')}: ${s}`).not.toContain(s);
    }
  });
});

describe('env layer combinations', () => {
  it('lints each platform x environment as its own layer set; platform overrides only with their platform', async () => {
    const { layerCombinations } = await import('../../../src/lint/collect.js');
    const c = layerCombinations(['/t/env.base', '/t/env.platform.jetson', '/t/env.platform.wsl', '/t/env.production', '/t/env.service.sync', '/t/site.env']);
    expect(c.map((x) => [x.platform, x.environment, x.paths.map((p) => p.slice(3))])).toEqual([
      ['jetson', 'production', ['env.base', 'env.platform.jetson', 'env.production', 'env.service.sync', 'site.env']],
      ['wsl', 'production', ['env.base', 'env.platform.wsl', 'env.production', 'env.service.sync', 'site.env']],
    ]);

    const dir = mkdtempSync(join(tmpdir(), 'pmoves-combo-'));
    mkdirSync(join(dir, 'compose'));
    mkdirSync(join(dir, 'env'));
    writeFileSync(join(dir, 'compose', 'docker-compose.yml'), 'services:\n  a:\n    image: x:1\n    environment:\n      G: ${GPU_ARCH}\n      B: ${BASE_ONLY}\n');
    writeFileSync(join(dir, 'compose', 'docker-compose.jetson.yml'), 'services:\n  a:\n    environment:\n      J: ${JETSON_ONLY}\n');
    writeFileSync(join(dir, 'env', 'env.base'), 'BASE_ONLY=1\n');
    writeFileSync(join(dir, 'env', 'env.platform.jetson'), 'GPU_ARCH=87\nJETSON_ONLY=1\n');
    writeFileSync(join(dir, 'env', 'env.platform.wsl'), 'X=1\n');
    const r = await cli(dir, ['compose/', 'env/', '--format', 'json', '--rule', 'undefined-variable']);
    const f = JSON.parse(r.stdout).findings;
    // GPU_ARCH is missing with the wsl layer only; the jetson override is never paired with wsl.
    expect(f.map((x: any) => `${x.file}:${x.line} ${x.message}`)).toEqual([
      'compose/docker-compose.yml:5 GPU_ARCH is not set in env.base + env.platform.wsl (1 of 2 layer combinations); compose substitutes an empty string',
    ]);
    const jetsonOnly = await cli(dir, ['compose/', 'env/', '--format', 'json', '--rule', 'undefined-variable', '--platform', 'jetson']);
    expect(JSON.parse(jetsonOnly.stdout).findings).toEqual([]);
  });
});
