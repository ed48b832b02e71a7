import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvFile } from './parse.js';

/** The final value of a variable across layers, and every earlier place that set it. */
export interface ResolvedVar {
  key: string;
  value: string;
  file: string;
  line: number;
  overridden: Array<{ file: string; line: number }>;
}

/**
 * Layers env files like `docker compose --env-file a --env-file b`: later files win, and inside
 * one file a later duplicate wins. Each result keeps the file and line that set it and the
 * places it overrode (oldest first).
 */
export function layerEnv(files: EnvFile[]): Map<string, ResolvedVar> {
  const out = new Map<string, ResolvedVar>();
  for (const f of files) {
    for (const e of f.entries) {
      const prev = out.get(e.key);
      const overridden = prev ? [...prev.overridden, { file: prev.file, line: prev.line }] : [];
      out.set(e.key, { key: e.key, value: e.value, file: f.file, line: e.line, overridden });
    }
  }
  return out;
}

/** The layer names, in precedence order (lowest first), whether or not they exist. */
export function envLayerNames(sel: { platform?: string; environment?: string; services?: string[] }): string[] {
  const names = ['env.base'];
  if (sel.platform) names.push(`env.platform.${sel.platform}`);
  if (sel.environment) names.push(`env.${sel.environment}`);
  for (const s of sel.services ?? []) names.push(`env.service.${s}`);
  return names;
}

/**
 * The existing files among `env.base`, `env.platform.<p>`, `env.<environment>`,
 * `env.service.<s>` in `dir`, in that order (later ones override earlier ones).
 */
export function envLayerFiles(dir: string, sel: { platform?: string; environment?: string; services?: string[] }): string[] {
  return envLayerNames(sel)
    .map((n) => join(dir, n))
    .filter((p) => existsSync(p));
}
