import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/app.js';
import type { CliIO } from '../../../src/cli/io.js';
import { parseEnv } from '../../../src/env/parse.js';

// The upstream self-hosted Supabase docker/ folder, used by path (never copied or edited).
const UP = join(import.meta.dirname, '../../../../shared/fixtures/supabase-docker');
const COMPOSE = join(UP, 'docker-compose.yml');
const ENV = join(UP, '.env.example');

async function lint(args: string[], env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = { cwd: process.cwd(), env, stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s), stdoutIsTTY: false, stdinIsTTY: false };
  const code = await runCli(['lint', ...args], io);
  return { code, ...out };
}

describe('upstream Supabase docker/ fixture', () => {
  it('reports the demo secrets, the demo keys expiry, no legacy names and no schema error', async () => {
    const r = await lint([COMPOSE, '--env-file', ENV, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const envLines = parseEnv(readFileSync(ENV, 'utf8'), ENV).entries;
    const lineOf = (k: string) => envLines.find((e) => e.key === k)!.line;
    const insecure = report.findings.filter((f: any) => f.rule === 'insecure-secret');
    // Placeholders, demo keys, and random-looking values published in the example alike.
    for (const k of ['JWT_SECRET', 'ANON_KEY', 'SERVICE_ROLE_KEY', 'POSTGRES_PASSWORD', 'DASHBOARD_PASSWORD', 'SECRET_KEY_BASE', 'S3_PROTOCOL_ACCESS_KEY_ID', 'S3_PROTOCOL_ACCESS_KEY_SECRET']) {
      expect(insecure.find((f: any) => f.line === lineOf(k) && f.message.startsWith(`${k} `)), k).toBeTruthy();
    }
    const expiry = report.findings.filter((f: any) => f.rule === 'jwt-key-mismatch');
    // Whatever today is, the demo keys (exp 2027-01-09) are reported: expiring soon or expired.
    expect(expiry.map((f: any) => f.line).sort()).toEqual([lineOf('ANON_KEY'), lineOf('SERVICE_ROLE_KEY')].sort());
    for (const f of expiry) expect(f.message).toContain('2027-01-09');
    expect(report.findings.filter((f: any) => f.rule === 'legacy-supabase-variable')).toEqual([]);
    expect(report.findings.filter((f: any) => f.rule === 'compose-schema')).toEqual([]);
    expect(report.errorCount).toBe(report.findings.filter((f: any) => f.severity === 'error').length);
  });

  it('never prints a secret value, in any format', async () => {
    const secrets = parseEnv(readFileSync(ENV, 'utf8'), ENV)
      .entries.filter((e) => ['JWT_SECRET', 'ANON_KEY', 'SERVICE_ROLE_KEY', 'POSTGRES_PASSWORD', 'DASHBOARD_PASSWORD', 'SECRET_KEY_BASE', 'VAULT_ENC_KEY'].includes(e.key))
      .map((e) => e.value);
    expect(secrets.length).toBe(7);
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const r = await lint([COMPOSE, '--env-file', ENV, '--format', format]);
      expect(r.stdout.length).toBeGreaterThan(100);
      for (const s of secrets) {
        expect(r.stdout.includes(s), `${format} leaks a secret`).toBe(false);
        expect(r.stderr.includes(s)).toBe(false);
      }
    }
  });
});
