import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog, formatProblem } from '../../../src/catalog/index.js';
import { planKeys } from '../../../src/keys/generate.js';
import { secretSpecs } from '../../../src/keys/specs.js';

describe('the keys table agrees with the catalog and the docs', () => {
  it('every generated secret is a catalog secret marked generate, and each value fits its catalog format', async () => {
    const catalog = loadCatalog();
    const plan = await planKeys({}, { asymmetric: true });
    for (const spec of secretSpecs()) {
      const v = catalog.get(spec.name);
      expect(v, `${spec.name} in env-templates/catalog.yaml`).toBeDefined();
      expect(v!.secret, spec.name).toBe(true);
      expect(v!.generate, spec.name).toBe(true);
      const value = plan.values[spec.name];
      expect(value, spec.name).toBeTruthy();
      if (v!.format) expect(formatProblem(v!.format, value), `${spec.name} (${v!.format})`).toBeUndefined();
    }
  });

  it('docs/keys.md has a table row for every secret', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/keys.md'), 'utf8');
    for (const spec of secretSpecs()) expect(doc, spec.name).toMatch(new RegExp(`^\\| \`${spec.name}\``, 'm'));
  });
});
