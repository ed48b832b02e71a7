import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALNUM, HEX, randomSecret, randomString, UNSAFE_SECRET_CHARS, unsafeCharsIn } from '../../../src/keys/random.js';

describe('random values', () => {
  it('have the requested length and only characters of the alphabet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.constantFrom(ALNUM, HEX), (n, alphabet) => {
        const v = randomString(n, alphabet);
        expect(v).toHaveLength(n);
        for (const c of v) expect(alphabet).toContain(c);
      }),
      { numRuns: 200 },
    );
  });

  it('never contain a character that breaks URLs, shells or compose', () => {
    for (let i = 0; i < 500; i++) {
      const v = randomSecret(64, i % 2 ? 'hex' : 'alnum');
      expect(unsafeCharsIn(v)).toEqual([]);
      expect(v).toMatch(/[a-zA-Z]/); // an all-digit value would become a YAML number in kong.yml
    }
    expect(unsafeCharsIn('a$b@c/d')).toEqual(['$', '@', '/']);
    expect(UNSAFE_SECRET_CHARS).toHaveLength(11);
  });

  it('draws every character about equally often (no modulo bias)', () => {
    const v = randomString(62 * 400, ALNUM);
    const counts = new Map<string, number>();
    for (const c of v) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // Chi-square with 61 degrees of freedom: p < 1e-6 above ~125.
    const expected = v.length / 62;
    let chi = 0;
    for (const n of counts.values()) chi += (n - expected) ** 2 / expected;
    expect(chi).toBeLessThan(125);
  });

  it('two values are different', () => {
    expect(randomString(32)).not.toBe(randomString(32));
  });
});
