import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/core/atomic-write.js';
import { clearSecrets, redact, registerSecret } from '../../src/core/redact.js';
import { exec } from '../../src/core/exec.js';
import { runCli } from '../../src/cli/app.js';
import type { CliIO } from '../../src/cli/io.js';

describe('writeFileAtomic', () => {
  it('replaces content, sets the mode and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const f = join(dir, '.env');
    writeFileSync(f, 'OLD=1\n', { mode: 0o644 });
    writeFileAtomic(f, 'NEW=2\n', { mode: 0o600 });
    expect(readFileSync(f, 'utf8')).toBe('NEW=2\n');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['.env']);
  });
  it('keeps the existing mode when none is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const f = join(dir, 'x');
    writeFileSync(f, 'a', { mode: 0o640 });
    writeFileAtomic(f, 'b');
    expect(statSync(f).mode & 0o777).toBe(0o640);
  });
});

describe('redact', () => {
  it('replaces registered secrets, whole and line by line', () => {
    clearSecrets();
    registerSecret('s3cr3t-value-xyz');
    registerSecret('-----BEGIN KEY-----\nline-two-of-the-key\n-----END KEY-----');
    expect(redact('token=s3cr3t-value-xyz ok')).toBe('token=*** ok');
    expect(redact('leak: line-two-of-the-key')).toBe('leak: ***');
    expect(redact('nothing here')).toBe('nothing here');
    clearSecrets();
  });
});

describe('exec', () => {
  it('returns output and throws with the stderr tail on failure', async () => {
    const ok = await exec('sh', ['-c', 'echo hi']);
    expect(ok.stdout).toBe('hi\n');
    await expect(exec('sh', ['-c', 'echo boom >&2; exit 3'])).rejects.toThrow(/exited with 3:\nboom/);
    const missing = await exec('definitely-not-a-command-xyz', [], { allowFailure: true });
    expect(missing.code).toBe(127);
  });
});

function io(): CliIO & { out: string; err: string } {
  const o = { out: '', err: '' } as any;
  return Object.assign(o, {
    cwd: process.cwd(), env: {}, stdoutIsTTY: false, stdinIsTTY: false,
    stdout: (t: string) => { o.out += t; }, stderr: (t: string) => { o.err += t; },
  });
}

describe('pmoves CLI', () => {
  it('unknown command is a usage error with exit 2 and a hint', async () => {
    const i = io();
    expect(await runCli(['frobnicate'], i)).toBe(2);
    expect(i.err).toMatch(/unknown command "frobnicate"/);
    expect(i.err).toMatch(/hint:/);
  });
  it('--help lists commands and exits 0', async () => {
    const i = io();
    expect(await runCli(['--help'], i)).toBe(0);
    expect(i.out).toMatch(/Usage: pmoves <command>/);
  });
});
