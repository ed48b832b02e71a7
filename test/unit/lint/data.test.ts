import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { LINT_DATA_FILE, LINT_DATA_SCHEMA, lintData } from '../../../src/lint/data.js';

const ROOT = join(import.meta.dirname, '../../..');

describe('lint-data.yaml', () => {
  it('is valid against its JSON Schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, LINT_DATA_SCHEMA), 'utf8')));
    const ok = validate(parse(readFileSync(join(ROOT, LINT_DATA_FILE), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it('lists the 13 self-hosted Supabase services and compiles its patterns', () => {
    const d = lintData();
    expect(d.supabaseServices.map((s) => s.name).sort()).toEqual(
      ['analytics', 'auth', 'db', 'functions', 'imgproxy', 'kong', 'meta', 'realtime', 'rest', 'storage', 'studio', 'supavisor', 'vector'],
    );
    expect(d.insecure.some((p) => p.re.test('your-super-secret-jwt-token-with-at-least-32-characters-long'))).toBe(true);
    expect(d.insecure.some((p) => p.re.test('Zr8Kq2Lm5Np7Rt9Vx3Bz6Cd4Fg1Hj0KwQe8Ty'))).toBe(false);
  });
});

describe('lint-data.gen.js', () => {
  it('is up to date with lint-data.yaml (run node src/lint/data/generate.mjs)', async () => {
    // @ts-expect-error plain .mjs script without types
    const { generate, outPath } = await import('../../../src/lint/data/generate.mjs');
    const code: string = generate();
    expect(code).toBe(readFileSync(outPath, 'utf8'));
    // The JSON copy is the YAML's data, not merely a matching hash.
    const json = /^export const json = (.*);$/m.exec(code)![1];
    expect(JSON.parse(JSON.parse(json))).toEqual(parse(readFileSync(join(ROOT, LINT_DATA_FILE), 'utf8')));
  });
});
