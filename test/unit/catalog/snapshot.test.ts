import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearCatalogCache, defaultCatalogPath, loadCatalog } from '../../../src/catalog/index.js';

const DIR = join(import.meta.dirname, '../../../src/catalog');

describe('catalog snapshot and precompiled validator', () => {
  it('are up to date with env-templates/catalog.yaml and catalog.schema.json (run node src/catalog/generate.mjs)', async () => {
    // @ts-expect-error plain .mjs script without types
    const { generateSnapshot, generateValidator } = await import('../../../src/catalog/generate.mjs');
    expect(generateValidator()).toBe(readFileSync(join(DIR, 'catalog-validator.gen.js'), 'utf8'));
    expect(generateSnapshot()).toBe(readFileSync(join(DIR, 'catalog-snapshot.gen.js'), 'utf8'));
  }, 60_000);

  it('gives the same catalog as parsing the YAML', () => {
    // A trailing comment changes the hash, not the content: this copy goes through YAML + schema.
    const copy = join(mkdtempSync(join(tmpdir(), 'catalog-copy-')), 'catalog.yaml');
    writeFileSync(copy, readFileSync(defaultCatalogPath(), 'utf8') + '\n# local copy\n');
    clearCatalogCache();
    const fromSnapshot = loadCatalog();
    const parsed = loadCatalog(copy);
    expect(parsed).not.toBe(fromSnapshot);
    expect(parsed.variables.length).toBeGreaterThan(50);
    expect(parsed.variables).toEqual(fromSnapshot.variables);
    expect(parsed.formats).toEqual(fromSnapshot.formats);
    expect(parsed.groups).toEqual(fromSnapshot.groups);
    for (const v of parsed.variables) {
      expect(fromSnapshot.isSecret(v.name)).toBe(parsed.isSecret(v.name));
      for (const a of v.legacyAliases) expect(fromSnapshot.standardNameFor(a.name)).toBe(parsed.standardNameFor(a.name));
    }
  });

  it('each load owns its objects (a caller mutating one catalog does not change the next)', () => {
    clearCatalogCache();
    const first = loadCatalog();
    const name = first.variables[0].name;
    first.variables[0].requiredIn.push('standalone', 'standalone');
    first.variables[0].legacyAliases.push({ name: 'MUTATED_ALIAS' });
    clearCatalogCache();
    const second = loadCatalog();
    expect(second).not.toBe(first);
    expect(second.get(name)!.legacyAliases.map((a) => a.name)).not.toContain('MUTATED_ALIAS');
    expect(second.get(name)!.requiredIn.length).toBeLessThan(first.variables[0].requiredIn.length);
    clearCatalogCache();
  });

  it('still rejects an edited catalog that breaks the schema, at its line', () => {
    const text = readFileSync(defaultCatalogPath(), 'utf8').replace(/^(\s+)secret: false$/m, '$1secret: maybe');
    const lineNo = text.split('\n').findIndex((l) => /secret: maybe$/.test(l)) + 1;
    const p = join(mkdtempSync(join(tmpdir(), 'catalog-bad-')), 'catalog.yaml');
    writeFileSync(p, text);
    expect(() => loadCatalog(p)).toThrow(/secret must be boolean/);
    try {
      loadCatalog(p);
    } catch (e) {
      expect((e as { place: { line: number } }).place.line).toBe(lineNo);
    }
  });
});
