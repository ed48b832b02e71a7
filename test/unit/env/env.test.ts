import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UserError } from '../../../src/core/errors.js';
import { parseEnv, readEnvFile } from '../../../src/env/parse.js';
import { envLayerFiles, layerEnv } from '../../../src/env/layers.js';
import { renameEnvKeys, setEnvValues } from '../../../src/env/edit.js';

const values = (text: string) => Object.fromEntries(parseEnv(text, 'x.env').entries.map((e) => [e.key, e.value]));

describe('parseEnv (compose .env rules)', () => {
  it.each([
    ['A=1', '1'],
    ['A = 1', '1'],
    ['A=1 # comment', '1'],
    ['A=1#not-a-comment', '1#not-a-comment'],
    ['A=', ''],
    ['A="with # hash"', 'with # hash'],
    ["A='single $VAR \\n'", 'single $VAR \\n'],
    ['A="line\\nbreak"', 'line\nbreak'],
    ['A="say \\"hi\\""', 'say "hi"'],
    ['A="keep \\$ dollar"', 'keep \\$ dollar'],
    ['export A=exported', 'exported'],
    ['A: yaml-style', 'yaml-style'],
    ['A=${B:-default}', '${B:-default}'],
    ['A=trailing spaces   ', 'trailing spaces'],
    ['A="x" # comment after quote', 'x'],
    ['A=value\r', 'value'],
    ["A='it\\'s'", "it\\'s"],
  ])('%s', (text, expected) => {
    expect(values(text).A).toBe(expected);
  });

  it('keeps line, column, valueColumn and quote of each entry', () => {
    const f = parseEnv('# head\n\nexport  KEY="multi\nline"\n  B=2\n', 'f.env');
    expect(f.entries).toMatchObject([
      { key: 'KEY', value: 'multi\nline', line: 3, endLine: 4, column: 9, valueColumn: 13, exported: true, quote: 'double', raw: '"multi\nline"' },
      { key: 'B', value: '2', line: 5, endLine: 5, column: 3, valueColumn: 5, quote: 'none' },
    ]);
  });

  it.each([
    ['A="unterminated\nB=2\n', 1, 'unterminated'],
    ["A=1\nB='open\n", 2, 'unterminated'],
    ['A=1\nnot a line\n', 2, 'invalid character'],
    ['A=1\nB\n', 2, 'no "="'],
    ['A="x" trailing\n', 1, 'after the closing quote'],
    ['A=1\n\u0000\u0001', 2, 'binary'],
  ])('rejects %j at its line', (text, line, msg) => {
    try {
      parseEnv(text, 'bad.env');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).place).toMatchObject({ file: 'bad.env', line });
      expect((err as UserError).message).toContain(msg);
    }
  });

  it('never throws anything but UserError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('A', '=', '"', "'", '\\', '\n', '#', ' ', 'x', '$', '{', 'export ') }), (s) => {
        try {
          parseEnv(s, 'fuzz.env');
        } catch (err) {
          return err instanceof UserError && typeof (err as UserError).place.line === 'number';
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('readEnvFile names a missing file', () => {
    expect(() => readEnvFile('/nonexistent/env.base')).toThrow(UserError);
  });
});

describe('layerEnv / envLayerFiles', () => {
  it('later files win and remember what they overrode', () => {
    const a = parseEnv('A=1\nB=1\n', 'env.base');
    const b = parseEnv('\nA=2\n', 'env.prod');
    const m = layerEnv([a, b]);
    expect(m.get('A')).toEqual({ key: 'A', value: '2', file: 'env.prod', line: 2, overridden: [{ file: 'env.base', line: 1 }] });
    expect(m.get('B')?.file).toBe('env.base');
  });

  it('returns the existing layers in precedence order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmoves-layers-'));
    for (const f of ['env.base', 'env.platform.jetson', 'env.production', 'env.service.sync']) writeFileSync(join(dir, f), '');
    expect(envLayerFiles(dir, { platform: 'jetson', environment: 'production', services: ['db', 'sync'] })).toEqual(
      ['env.base', 'env.platform.jetson', 'env.production', 'env.service.sync'].map((f) => join(dir, f)),
    );
    expect(envLayerFiles(dir, {})).toEqual([join(dir, 'env.base')]);
  });
});

describe('setEnvValues / renameEnvKeys', () => {
  const text = '# secrets\nJWT_SECRET= # generated\nANON_KEY="old"\nexport X=1\nQ=\'keep\'\n';
  it('replaces in place, keeps comments and quoting, appends new keys', () => {
    const out = setEnvValues(text, 'f', { JWT_SECRET: 'abc', ANON_KEY: 'eyJ.x', Q: 'n$w', NEW: 'has space' });
    expect(out).toBe("# secrets\nJWT_SECRET=abc # generated\nANON_KEY=\"eyJ.x\"\nexport X=1\nQ='n$w'\nNEW='has space'\n");
    expect(values(out)).toMatchObject({ JWT_SECRET: 'abc', ANON_KEY: 'eyJ.x', Q: 'n$w', NEW: 'has space', X: '1' });
  });

  it('round-trips any value through setEnvValues and parseEnv', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '#', '"', "'", '\\', '\n', '=', 'Z') }), (v) => {
        const out = setEnvValues('K=old\n', 'f', { K: v });
        const e = parseEnv(out, 'f').entries[0];
        // Double-quoted values keep \$ for interpolation; none of these contain $.
        return e.value === v;
      }),
      { numRuns: 300 },
    );
  });

  it('renames keys only', () => {
    expect(renameEnvKeys('SUPABASE_JWT_SECRET=x # c\nOTHER=SUPABASE_JWT_SECRET\n', 'f', { SUPABASE_JWT_SECRET: 'JWT_SECRET' })).toBe(
      'JWT_SECRET=x # c\nOTHER=SUPABASE_JWT_SECRET\n',
    );
  });
});
