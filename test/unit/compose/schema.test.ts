import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../../src/compose/schema');

describe('compiled Compose Specification validator', () => {
  it('is up to date with the schema in node_modules (run node src/compose/schema/generate.mjs)', async () => {
    // @ts-expect-error plain .mjs script without types
    const { generate, schemaPath } = await import('../../../src/compose/schema/generate.mjs');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    expect(schema.title).toBe('Compose Specification');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs']));
    expect(generate()).toBe(readFileSync(join(DIR, 'compose-validator.gen.js'), 'utf8'));
  }, 60_000);
});
