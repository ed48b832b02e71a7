import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/app.js';
import type { CliIO } from '../../../src/cli/io.js';
import { redact } from '../../../src/core/redact.js';
import { setEnvValues } from '../../../src/env/edit.js';
import { parseEnv } from '../../../src/env/parse.js';
import { signRoleKey } from '../../../src/keys/jwt.js';

const EXAMPLE = join(__dirname, '../../../../shared/fixtures/supabase-docker/.env.example');

function captureIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { cwd, env: {}, stdout: (t) => out.push(redact(t)), stderr: (t) => err.push(redact(t)), stdoutIsTTY: false, stdinIsTTY: false };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('pmoves keys check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pmoves-check-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on a generated file and reports the days left of each key', async () => {
    const gen = captureIO(dir);
    expect(await runCli(['keys', 'generate', '--env-file', 'site.env'], gen.io)).toBe(0);
    const c = captureIO(dir);
    expect(await runCli(['keys', 'check', '--env-file', 'site.env', '--json'], c.io)).toBe(0);
    const res = JSON.parse(c.stdout());
    expect(res.findings).toEqual([]);
    expect(res.ok).toBe(true);
    expect(res.expiries.map((e: { name: string }) => e.name)).toEqual(['ANON_KEY', 'SERVICE_ROLE_KEY']);
    for (const e of res.expiries) expect(e.daysLeft).toBeGreaterThanOrEqual(1824);
    const values = parseEnv(readFileSync(join(dir, 'site.env'), 'utf8'), 'site.env').entries.map((e) => e.value);
    for (const v of values) expect(c.stdout().includes(v)).toBe(false);
  });

  it('fails on the upstream example with the three secret rules and nothing else', async () => {
    writeFileSync(join(dir, 'ex.env'), readFileSync(EXAMPLE, 'utf8'));
    const c = captureIO(dir);
    expect(await runCli(['keys', 'check', '--env-file', 'ex.env', '--json'], c.io)).toBe(1);
    const res = JSON.parse(c.stdout());
    const rules = new Set(res.findings.map((f: { rule: string }) => f.rule));
    expect([...rules].sort()).toEqual(['insecure-secret', 'jwt-key-mismatch', 'unsafe-secret-chars']);
    const jwtFinding = res.findings.find((f: { rule: string; message: string }) => f.rule === 'insecure-secret' && f.message.startsWith('JWT_SECRET'));
    expect(jwtFinding).toMatchObject({ file: 'ex.env', line: 19 });
  });

  it('fails on an expired key and on one expiring within 30 days', async () => {
    const secret = 'Rt5Yh6Uj7Ik8Ol9Pq0Aw1Se2Dr3Ft4Gy5Hu6Ji7Ko';
    const now = Math.floor(Date.now() / 1000);
    // Half days, so a second ticking over between signing and checking cannot change the count.
    const soon = await signRoleKey(secret, 'anon', { now: now - 86400, lifetimeSeconds: 86400 * 10.5 });
    const expired = await signRoleKey(secret, 'service_role', { now: now - 86400 * 9.5, lifetimeSeconds: 86400 });
    writeFileSync(join(dir, 'k.env'), setEnvValues('', 'k.env', { JWT_SECRET: secret, ANON_KEY: soon, SERVICE_ROLE_KEY: expired }));
    const c = captureIO(dir);
    expect(await runCli(['keys', 'check', '--env-file', 'k.env'], c.io)).toBe(1);
    expect(c.stdout()).toMatch(/ANON_KEY: expires \d{4}-\d\d-\d\d, 9 days left/);
    expect(c.stdout()).toMatch(/SERVICE_ROLE_KEY: expires \d{4}-\d\d-\d\d, EXPIRED 9 days ago/);
    expect(c.stdout()).toMatch(/SERVICE_ROLE_KEY expired on .*\[jwt-key-mismatch\]/);
  });

  it('needs --env-file', async () => {
    const c = captureIO(dir);
    expect(await runCli(['keys', 'check'], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/needs --env-file/);
  });
});
