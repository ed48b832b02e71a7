import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCli } from '../../../src/cli/app.js';
import type { CliIO } from '../../../src/cli/io.js';
import { parseComposeText } from '../../../src/compose/load.js';
import { validateComposeFile } from '../../../src/compose/validate.js';
import { UserError } from '../../../src/core/errors.js';
import { parseEnv } from '../../../src/env/parse.js';

const UPSTREAM = join(import.meta.dirname, '../../../../shared/fixtures/supabase-docker/docker-compose.yml');

async function lint(cwd: string, args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = { cwd, env: {}, stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s), stdoutIsTTY: false, stdinIsTTY: false };
  return { code: await runCli(['lint', ...args], io), ...out };
}

describe('bad input never crashes: exit 2 with file:line and a message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmoves-bad-'));
  const upstream = readFileSync(UPSTREAM, 'utf8');
  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    ['truncated YAML', 'truncated.yml', upstream.slice(0, upstream.indexOf('image: supabase/gotrue') + 14) + '\n    environment: [unclosed', /truncated\.yml:\d+:\d+: error: invalid YAML/],
    ['binary file', 'binary.yml', Buffer.from([0x73, 0x65, 0x0a, 0x00, 0xff, 0xfe, 0x01]), /binary\.yml:2:1: error: binary content/],
    ['5 MB file', 'huge.yml', 'services:\n' + '  # padding\n'.repeat(5 * 1024 * 1024 / 12), /huge\.yml:1:1: error: compose file is 5\.0 MB/],
    ['unterminated quote in .env', '.env', 'A=1\nJWT_SECRET="abc\nB=2\n', /\.env:2:12: error: unterminated double-quoted value of "JWT_SECRET"/],
    ['a compose file that is a list', 'list.yml', '- a\n- b\n', /list\.yml:1:1: error: a compose file is a YAML mapping/],
    ['tabs for indentation', 'tabs.yml', 'services:\n\tdb:\n\t\timage: x\n', /tabs\.yml:2:\d+: error: invalid YAML/],
  ];
  it.each(cases)('%s', async (_name, file, content, re) => {
    const dir = mkdtempSync(join(tmpdir(), 'pmoves-bad-'));
    writeFileSync(join(dir, file), content);
    const args = file === '.env' ? ['--env-file', file, 'ok.yml'] : [file];
    writeFileSync(join(dir, 'ok.yml'), 'services:\n  a:\n    image: busybox:1.36\n');
    const r = await lint(dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(re);
    expect(r.stderr).toContain('hint:');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  });

  it('a missing path is exit 2', async () => {
    const r = await lint(dir, ['nope.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.yml: error: no such file/);
  });

  it('a schema error is a finding at its line (exit 1), not a crash', async () => {
    writeFileSync(join(dir, 'schema.yml'), 'services:\n  a:\n    image: busybox:1.36\n    restart: always\n    ports: 8000\n    bogus: 1\n');
    const r = await lint(dir, ['schema.yml', '--format', 'json', '--rule', 'compose-schema']);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).findings;
    expect(f.map((x: any) => [x.line, x.message])).toEqual([
      [5, 'services.a.ports: must be array'],
      [6, 'services.a.bogus: unknown key "bogus" (not in the Compose Specification)'],
    ]);
  });
});

describe('fuzz (fast-check)', () => {
  const yamlish = fc.string({ unit: fc.constantFrom('services:', '\n', '  ', 'a:', ' ', '- ', '"', "'", '${', '}', 'X', ':-', '$$', '[', ']', '{', '#', '&a', '*a', '<<: ', 'image: ', 'ports:', '8000:80', '!!str ', '|', '>') });
  it('the compose loader only ever throws UserError, and validation never throws', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        try {
          const f = parseComposeText(text, 'fuzz.yml', { X: 'x' });
          validateComposeFile(f);
        } catch (err) {
          if (!(err instanceof UserError)) throw err;
          expect(err.place.file).toBe('fuzz.yml');
          expect(err.place.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the env parser only ever throws UserError with a line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('A', '=', '"', "'", '\\', '\n', '#', ' ', 'export ', '$', '{', '}', '\t', '\r', ':', 'é') }), (text) => {
        try {
          parseEnv(text, 'fuzz.env');
        } catch (err) {
          if (!(err instanceof UserError)) throw err;
          expect(err.place.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fuzz: every rule survives any compose-shaped document', () => {
  it('runLint returns findings (never throws) for random service definitions', async () => {
    const { stringify } = await import('yaml');
    const { runLint } = await import('../../../src/lint/run.js');
    const dir = mkdtempSync(join(tmpdir(), 'pmoves-fuzz-'));
    const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('${X}', '${JWT_SECRET:-x}', 'supabase/postgres:15', '8000:8000', 'service_healthy'));
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('image', 'ports', 'environment', 'depends_on', 'healthcheck', 'env_file', 'condition', 'container_name', 'profiles', 'A'), tie('v'), { maxKeys: 4 })),
    })).v;
    const service = fc.dictionary(fc.constantFrom('image', 'ports', 'environment', 'depends_on', 'healthcheck', 'env_file', 'container_name', 'profiles', 'build'), value, { maxKeys: 6 });
    const doc = fc.record({ services: fc.dictionary(fc.constantFrom('db', 'auth', 'functions', 'kong', 'x'), service, { maxKeys: 4 }) });
    await fc.assert(
      fc.asyncProperty(doc, async (d) => {
        writeFileSync(join(dir, 'compose.yaml'), stringify(d));
        writeFileSync(join(dir, '.env'), 'X=1\nJWT_SECRET=abc\n');
        const r = await runLint({ files: ['compose.yaml'], cwd: dir, environment: 'production' });
        expect(r.errorCount + r.warningCount).toBeLessThanOrEqual(r.findings.length);
        for (const f of r.findings) expect(f.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });
});
