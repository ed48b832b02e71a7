import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/app.js';
import type { CliIO } from '../../../src/cli/io.js';
import { parseEnv } from '../../../src/env/parse.js';
import { runLint } from '../../../src/lint/run.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/lint/legacy');

/** `# expect: rule rule` markers: the findings the fixture must produce, line by line. */
function expected(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((l, i) => {
    const m = /# expect: (.+)$/.exec(l);
    if (m) for (const rule of m[1].trim().split(/\s+/)) out.push(`${file}:${i + 1} ${rule}`);
  });
  return out;
}

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmoves-legacy-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = { cwd, env: {}, stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s), stdoutIsTTY: false, stdinIsTTY: false };
  return { cli, out };
}

const lint = (cwd: string) => runLint({ files: ['docker-compose.yml'], envFiles: ['.env'], cwd, now: new Date('2026-01-01T00:00:00Z') });

describe('legacy PMOVES fixture', () => {
  it('finds every planted problem at its exact line, and nothing else', async () => {
    const dir = copyFixture();
    const r = await lint(dir);
    const got = r.findings.map((f) => `${f.file}:${f.line} ${f.rule}`).sort();
    const want = [
      ...expected('docker-compose.yml', readFileSync(join(dir, 'docker-compose.yml'), 'utf8')),
      ...expected('.env', readFileSync(join(dir, '.env'), 'utf8')),
    ].sort();
    expect(want.length).toBeGreaterThanOrEqual(15);
    expect(got).toEqual(want);
    // the duplicate findings name both lines
    expect(r.findings.find((f) => f.rule === 'duplicate-key' && f.file === '.env')?.message).toMatch(/lines 9 and 11/);
    expect(r.findings.find((f) => f.rule === 'duplicate-key' && f.file === 'docker-compose.yml')?.message).toMatch(/lines 38 and 39/);
  });

  it('--fix renames to the standard names, keeps comments, and a second --fix is a no-op', async () => {
    const dir = copyFixture();
    const before = { compose: readFileSync(join(dir, 'docker-compose.yml'), 'utf8'), env: readFileSync(join(dir, '.env'), 'utf8') };

    const dry = io(dir);
    expect(await runCli(['lint', 'docker-compose.yml', '--env-file', '.env', '--fix', '--dry-run'], dry.cli)).toBe(1);
    expect(dry.out.stdout).toContain('-SUPABASE_JWT_SECRET=');
    expect(dry.out.stdout).toContain('+JWT_SECRET=');
    expect(dry.out.stdout).toContain('+      JWT_SECRET: ${JWT_SECRET:-***}'); // a secret default is a secret value: masked
    expect(readFileSync(join(dir, '.env'), 'utf8')).toBe(before.env); // dry run wrote nothing

    const first = io(dir);
    await runCli(['lint', 'docker-compose.yml', '--env-file', '.env', '--fix', '--format', 'json'], first.cli);
    const compose = readFileSync(join(dir, 'docker-compose.yml'), 'utf8');
    const env = readFileSync(join(dir, '.env'), 'utf8');
    for (const legacy of ['SUPABASE_JWT_SECRET', 'SUPABASE_JWT_EXP', 'SUPABASE_PUBLISHABLE_KEY', 'SUPABASE_SECRET_KEY']) {
      expect(compose.replace(/#.*$/gm, '')).not.toContain(legacy);
      expect(env.replace(/#.*$/gm, '')).not.toContain(legacy);
    }
    expect(Object.keys(Object.fromEntries(parseEnv(env, '.env').entries.map((e) => [e.key, 1])))).toEqual(
      expect.arrayContaining(['JWT_SECRET', 'JWT_EXPIRY', 'ANON_KEY', 'SERVICE_ROLE_KEY']),
    );
    // comments and layout kept: only the renamed names differ, line by line
    expect(compose.split('\n').length).toBe(before.compose.split('\n').length);
    expect(compose).toContain('# the database reads the JWT secret to sign its own tokens');
    expect(env).toContain('# API keys, signed by the JWT secret above');
    expect(compose).toContain('${JWT_SECRET:-dev_jwt_secret} # expect: legacy-supabase-variable insecure-secret');

    const report = JSON.parse(first.out.stdout);
    expect(report.findings.filter((f: any) => f.rule === 'legacy-supabase-variable')).toEqual([]);
    // what remains is what a rename cannot fix
    expect(report.findings.map((f: any) => f.rule)).toEqual(expect.arrayContaining(['insecure-secret', 'duplicate-key', 'uppercase-image-ref']));
    // the keys are now checked as standard names: signed by JWT_SECRET, right roles
    expect(report.findings.filter((f: any) => f.rule === 'jwt-key-mismatch')).toEqual([]);

    const second = io(dir);
    await runCli(['lint', 'docker-compose.yml', '--env-file', '.env', '--fix'], second.cli);
    expect(readFileSync(join(dir, 'docker-compose.yml'), 'utf8')).toBe(compose);
    expect(readFileSync(join(dir, '.env'), 'utf8')).toBe(env);
    const again = io(dir);
    expect(await runCli(['lint', 'docker-compose.yml', '--env-file', '.env', '--fix', '--dry-run'], again.cli)).toBe(0);
    expect(again.out.stdout).toBe('');
  });
});
