import type { Report, Rule } from '../types.js';

/**
 * The same key twice in an env file, in a compose mapping (`environment:` map: docker compose
 * rejects the file) or in an `environment:` list (the last one silently wins). Both lines named.
 */
export const duplicateKey: Rule = {
  id: 'duplicate-key',
  severity: 'error',
  description: 'A key is defined twice in an env file, a compose mapping or an environment: list.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const src of ctx.envFiles) {
      const first = new Map<string, number>();
      for (const e of src.file.entries) {
        const prev = first.get(e.key);
        if (prev !== undefined) {
          out.push({ loc: { file: src.file.file, line: e.line, column: e.column }, severity: 'warning', message: `${e.key} is set twice, on lines ${prev} and ${e.line}; the last one wins` });
        } else first.set(e.key, e.line);
      }
    }
    for (const f of ctx.composeFiles) {
      for (const d of f.duplicateKeys) {
        out.push({ loc: d.second, message: `"${d.key}" appears twice in ${d.path.slice(0, -1).join('.') || 'the top level'}, on lines ${d.first.line} and ${d.second.line}; docker compose rejects duplicate keys` });
      }
      const svcs = f.raw?.services;
      if (!svcs || typeof svcs !== 'object') continue;
      for (const [name, svc] of Object.entries<any>(svcs)) {
        const env = svc?.environment;
        if (!Array.isArray(env)) continue;
        const seen = new Map<string, number>();
        env.forEach((item, i) => {
          const k = String(item).split('=')[0];
          const prev = seen.get(k);
          if (prev !== undefined) {
            const a = f.locate(['services', name, 'environment', prev])!;
            const b = f.locate(['services', name, 'environment', i])!;
            out.push({ loc: b, severity: 'warning', message: `${k} is set twice in services.${name}.environment, on lines ${a.line} and ${b.line}; the last one wins` });
          } else seen.set(k, i);
        });
      }
    }
    return out;
  },
};
