import { afterEach, describe, expect, it, vi } from 'vitest';
import { maskValue } from '../../../src/actions/_mask-secrets.js';
import { redact } from '../../../src/core/redact.js';

describe('maskValue (actions)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers a multi-line value whole and line by line, for the runner and for redact()', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const pem = '-----BEGIN TEST BLOCK-----\nAAAAbbbbCCCCdddd1111\nEEEEffffGGGGhhhh2222\n-----END TEST BLOCK-----';
    maskValue(pem);
    maskValue('');
    vi.restoreAllMocks();
    const masks = written.join('').split(/\r?\n/).filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice(12));
    // The runner reads one command per line: the whole value cannot be one mask, its lines must be.
    for (const line of pem.split('\n')) expect(masks).toContain(line);
    expect(masks.length).toBeGreaterThanOrEqual(4);
    expect(redact(`key: ${pem.split('\n')[1]}`)).toBe('key: ***');
  });
});
