import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/app.js';
import type { CliIO } from '../../../src/cli/io.js';
import { redact } from '../../../src/core/redact.js';

const upstreamEnv = readFileSync(join(import.meta.dirname, '../../../../shared/fixtures/supabase-docker/.env.example'), 'utf8');
const demoAnonKey = /^ANON_KEY=(.*)$/m.exec(upstreamEnv)![1];

/** Like the real CLI: every byte written goes through redact() (src/cli/io.ts processIO). */
async function cli(cwd: string, args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = { cwd, env: {}, stdout: (s) => (out.stdout += redact(s)), stderr: (s) => (out.stderr += redact(s)), stdoutIsTTY: false, stdinIsTTY: false };
  return { code: await runCli(['lint', ...args], io), ...out };
}

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmoves-redact-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const LONG_SECRET = 'Qm8vT2xLp9Rz4Wn7Yc3Hd6Jf1Ks5Bg0Ve';
const LONG_DEFAULT = 'compose-default-secret-Zx81Lq';

describe('redaction of secret values in lint output', () => {
  it('does not turn ordinary words into *** because a secret holds a short, common value', async () => {
    // A weak password that is also an everyday word of this domain: insecure, reported, but
    // not a reason to mask "supabase" in every message (issuer "supabase-demo", image names).
    const dir = site({
      'compose.yaml': 'services:\n  db:\n    image: supabase/postgres:latest\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n',
      '.env': `POSTGRES_PASSWORD=supabase\nDASHBOARD_PASSWORD=postgres\nANON_KEY=${demoAnonKey}\nJWT_SECRET=${LONG_SECRET}\n`,
    });
    const json = await cli(dir, ['.', '--format', 'json']);
    expect(json.code).toBe(1);
    const messages: string[] = JSON.parse(json.stdout).findings.map((f: { message: string }) => f.message);
    expect(messages.join('\n')).toContain('issuer "supabase-demo"');
    expect(messages.join('\n')).toMatch(/supabase\/postgres:latest/);
    expect(messages.some((m) => m.includes('***'))).toBe(false);

    const stylish = await cli(dir, ['.']);
    // The code frame still hides the value of the secret line itself, whatever its length.
    expect(stylish.stdout).toContain('POSTGRES_PASSWORD=***');
    expect(stylish.stdout).toContain('DASHBOARD_PASSWORD=***');
    expect(stylish.stdout).toContain('image: supabase/postgres:latest');
    expect(stylish.stdout).not.toContain('***-demo');
  });

  it('still keeps every secret value of reasonable length out of every format', async () => {
    const dir = site({
      'compose.yaml':
        'services:\n  db:\n    image: supabase/postgres:latest\n    environment:\n' +
        `      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${LONG_DEFAULT}}\n` +
        '      JWT_SECRET: ${SUPABASE_JWT_SECRET:-short1}\n',
      '.env': `SUPABASE_JWT_SECRET=${LONG_SECRET}\nDASHBOARD_PASSWORD=supabase\n`,
    });
    for (const args of [['.'], ['.', '--format', 'json'], ['.', '--format', 'sarif'], ['.', '--format', 'github'], ['.', '--fix', '--dry-run']]) {
      const r = await cli(dir, args);
      expect(r.stdout.length, args.join(' ')).toBeGreaterThan(50);
      for (const s of [LONG_SECRET, LONG_DEFAULT]) expect(r.stdout, `${args.join(' ')}: ${s}`).not.toContain(s);
      // A short secret default is masked where the source is shown, by position.
      expect(r.stdout, args.join(' ')).not.toContain(':-short1}');
    }
    const frames = (await cli(dir, ['.'])).stdout;
    expect(frames).toContain('${POSTGRES_PASSWORD:-***}');
    expect(frames).toContain('${SUPABASE_JWT_SECRET:-***}');
    const diff = (await cli(dir, ['.', '--fix', '--dry-run'])).stdout;
    expect(diff).toContain('+      JWT_SECRET: ${JWT_SECRET:-***}');
    expect(diff).toContain('+JWT_SECRET=***');
    expect(diff).toContain(' DASHBOARD_PASSWORD=***');
    expect(diff).toContain('image: supabase/postgres:latest');
  });
});
