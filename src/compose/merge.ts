/**
 * Merges compose models the way `docker compose -f a -f b` does (compose-spec "merge" rules):
 * mappings merge recursively; `environment`, `labels`, `build.args`, `extra_hosts`, `sysctls`
 * and `depends_on` merge by key whatever their form (list or map); `command`, `entrypoint`
 * and `healthcheck.test` are replaced; `ports`, `volumes`, `secrets`, `configs`, `expose`,
 * `dns`... are concatenated without duplicates; `volumes`/`secrets`/`configs` entries with the
 * same target replace each other; scalars are replaced.
 */

const MAP_LIKE = new Set(['environment', 'labels', 'args', 'extra_hosts', 'sysctls', 'annotations', 'depends_on']);
const REPLACE = new Set(['command', 'entrypoint', 'test']);

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `["A=1", "B"]` -> `{A: "1", B: null}`; `["db"]` (depends_on) -> `{db: {condition: service_started}}`. */
export function listToMap(key: string, v: unknown): Record<string, unknown> {
  if (isObj(v)) return v;
  const out: Record<string, unknown> = {};
  if (!Array.isArray(v)) return out;
  for (const item of v) {
    if (key === 'depends_on') {
      out[String(item)] = { condition: 'service_started' };
      continue;
    }
    const s = String(item);
    const sep = key === 'extra_hosts' ? s.search(/[=:]/) : s.indexOf('=');
    if (sep === -1) out[s] = null;
    else out[s.slice(0, sep)] = s.slice(sep + 1);
  }
  return out;
}

function targetOf(item: unknown): string | undefined {
  if (isObj(item)) return item.target !== undefined ? String(item.target) : item.source !== undefined ? String(item.source) : undefined;
  if (typeof item === 'string') {
    const parts = item.split(':');
    return parts.length >= 2 ? parts[1] : parts[0];
  }
  return undefined;
}

function mergeValue(key: string, base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (base === undefined || over === null) return over;
  if (REPLACE.has(key)) return over;
  if (MAP_LIKE.has(key) && (Array.isArray(base) || isObj(base)) && (Array.isArray(over) || isObj(over))) {
    return { ...listToMap(key, base), ...listToMap(key, over) };
  }
  if (Array.isArray(base) && Array.isArray(over)) {
    if (key === 'volumes' || key === 'secrets' || key === 'configs') {
      const byTarget = new Map<string, unknown>();
      const loose: unknown[] = [];
      for (const item of [...base, ...over]) {
        const t = targetOf(item);
        if (t === undefined) loose.push(item);
        else byTarget.set(t, item);
      }
      return [...byTarget.values(), ...loose];
    }
    const seen = new Set<string>();
    const out: unknown[] = [];
    for (const item of [...base, ...over]) {
      const k = JSON.stringify(item);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(item);
      }
    }
    return out;
  }
  if (isObj(base) && isObj(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = mergeValue(k, base[k], v);
    return out;
  }
  return over;
}

export function mergeCompose(models: unknown[]): any {
  let out: unknown = {};
  for (const m of models) out = mergeValue('', out, isObj(m) ? m : {});
  return structuredClone(out);
}
