import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { l4tTable, lookupL4T, parseL4TVersion } from '../../../src/platform/l4t.js';
import { parseValidatedYaml } from '../../../src/core/validated-yaml.js';
import { fromRoot } from '../../../src/core/package-root.js';
import { UserError } from '../../../src/core/errors.js';

describe('L4T table', () => {
  it('loads, validates and has unique releases sorted by version', () => {
    const t = l4tTable();
    expect(t.length).toBeGreaterThan(5);
    const versions = t.map((e) => parseL4TVersion(e.l4t)!);
    const keys = versions.map((v) => v[0] * 1e6 + v[1] * 1e3 + v[2]);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
  });

  it.each([
    ['r36.4.0', 'r36.4.0', '6.1', '12.6', '8.7'],
    ['36.4.0', 'r36.4.0', '6.1', '12.6', '8.7'],
    ['R36.4.0', 'r36.4.0', '6.1', '12.6', '8.7'],
    ['36.4', 'r36.4.0', '6.1', '12.6', '8.7'],
    ['# R36 (release), REVISION: 4.0, GCID: 37537400, BOARD: generic, EABI: aarch64, DATE: Fri Sep 13 04:36:44 UTC 2024', 'r36.4.0', '6.1', '12.6', '8.7'],
    ['# R35 (release), REVISION: 4.1, GCID: 33958178, BOARD: t186ref, EABI: aarch64', 'r35.4.1', '5.1.2', '11.4', '7.2;8.7'],
    ['R36 (release), REVISION: 3.0', 'r36.3.0', '6.0', '12.2', '8.7'],
    ['r35.4.1', 'r35.4.1', '5.1.2', '11.4', '7.2;8.7'],
    ['r32.7.1', 'r32.7.1', '4.6.1', '10.2', '5.3;6.2;7.2'],
    // newer point release of a known line: the line's latest entry
    ['r36.4.7', 'r36.4.4', '6.2.1', '12.6', '8.7'],
    ['r35.6.2', 'r35.6.0', '5.1.4', '11.4', '7.2;8.7'],
  ])('lookupL4T(%j) -> %s', (input, l4t, jetpack, cuda, arch) => {
    const e = lookupL4T(input);
    expect(e).toBeDefined();
    expect(e!.l4t).toBe(l4t);
    expect(e!.jetpack).toBe(jetpack);
    expect(e!.cuda).toBe(cuda);
    expect(e!.cudaArch).toBe(arch);
    expect(e!.baseImage).toMatch(/^nvcr\.io\/nvidia\/l4t-/);
  });

  it.each(['r37.0.0', 'r36.1.0', '', 'jetson', '36', 'r36.4.0.1'])('lookupL4T(%j) is undefined', (input) => {
    expect(lookupL4T(input)).toBeUndefined();
  });

  it('rejects a bad table with the line of the bad entry', () => {
    const text = 'releases:\n  - { l4t: r36.4.0, jetpack: "6.1", cuda: "12.6", ubuntu: "22.04", cudaArch: "8.7", baseImage: "x" }\n  - { l4t: 36.5, jetpack: "6.1", cuda: "12.6", ubuntu: "22.04", cudaArch: "8.7", baseImage: "x" }\n';
    const dir = mkdtempSync(join(tmpdir(), 'l4t-'));
    writeFileSync(join(dir, 't.yaml'), text);
    let err: unknown;
    try {
      parseValidatedYaml(text, 't.yaml', fromRoot('src/platform/l4t-table.schema.json'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const u = err as UserError;
    expect(u.place).toMatchObject({ file: 't.yaml', line: 3 });
    expect(u.message).toMatch(/\/releases\/1\/l4t/);
  });
});
