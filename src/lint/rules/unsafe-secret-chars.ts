import type { Report, Rule } from '../types.js';

const UNSAFE = ['$', '@', '/', '?', '#', ':', '&', '"', "'", '`', '\\'];

/**
 * Secret values with characters that break URLs (postgres://user:pw@host), compose
 * interpolation, shells or Kong's declarative config. URL, JWT and JWKS values are exempt.
 */
export const unsafeSecretChars: Rule = {
  id: 'unsafe-secret-chars',
  severity: 'warning',
  description: 'A secret contains characters that break URLs, compose, shells or Kong ($ @ / ? # : & " \' ` \\).',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const src of ctx.envFiles) {
      for (const e of src.file.entries) {
        if (!e.value || !ctx.catalog.isSecret(e.key)) continue;
        const std = ctx.catalog.standardNameFor(e.key, e.value) ?? e.key;
        const fmt = ctx.catalog.get(std)?.format ?? '';
        if (/^(url|jwks|jwt:|opaque:)/.test(fmt)) continue;
        // In unquoted/double-quoted values `${X}` is a reference, not part of the secret.
        const literal = e.quote === 'single' ? e.value : e.value.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '');
        const found = UNSAFE.filter((c) => literal.includes(c));
        if (found.length) {
          out.push({ loc: { file: src.file.file, line: e.line, column: e.valueColumn }, message: `${e.key} contains ${found.map((c) => `"${c}"`).join(' ')}, which break URLs, compose or Kong; regenerate it with pmoves keys generate` });
        }
      }
    }
    return out;
  },
};
