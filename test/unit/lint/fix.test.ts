import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSession } from '../../../src/lint/session.js';

describe('--fix on every YAML form', () => {
  it('renames references in plain, quoted, flow and block scalars, never an escaped $$NAME', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmoves-fix-'));
    const compose = [
      'services:',
      '  a:',
      '    image: x:1',
      '    command: ["sh", "-c", "echo ${SUPABASE_JWT_EXP:-3600} $$SUPABASE_JWT_EXP"]',
      '    entrypoint: |',
      '      run --secret=$SUPABASE_JWT_SECRET',
      '      --exp=${SUPABASE_JWT_EXP}',
      "    environment:",
      "      A: '${SUPABASE_SECRET_KEY}'",
      '      B: "x-${SUPABASE_PUBLISHABLE_KEY:+set}-y"',
      '      SUPABASE_JWT_SECRET: literal-key-names-stay',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'compose.yaml'), compose);
    writeFileSync(join(dir, '.env'), 'export SUPABASE_JWT_EXP=3600\nREF="${SUPABASE_JWT_EXP}s"\n');
    const s = await lintSession({ files: ['compose.yaml'], cwd: dir, fix: true, format: 'json', version: 't', failOn: 'never' });
    expect(s.patches.map((p) => p.file).sort()).toEqual(['.env', 'compose.yaml']);
    expect(readFileSync(join(dir, 'compose.yaml'), 'utf8')).toBe(
      compose
        .replace('${SUPABASE_JWT_EXP:-3600}', '${JWT_EXPIRY:-3600}')
        .replace('$SUPABASE_JWT_SECRET\n', '$JWT_SECRET\n')
        .replace('--exp=${SUPABASE_JWT_EXP}', '--exp=${JWT_EXPIRY}')
        .replace('${SUPABASE_SECRET_KEY}', '${SERVICE_ROLE_KEY}')
        .replace('${SUPABASE_PUBLISHABLE_KEY:+set}', '${ANON_KEY:+set}'),
    );
    expect(readFileSync(join(dir, '.env'), 'utf8')).toBe('export JWT_EXPIRY=3600\nREF="${JWT_EXPIRY}s"\n');
    expect(statSync(join(dir, '.env')).mode & 0o777).toBe(0o600);
    expect(s.result.findings.filter((f) => f.rule === 'legacy-supabase-variable')).toEqual([]);
  });
});
