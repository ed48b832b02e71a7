import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../core/package-root.js';
import { UserError } from '../core/errors.js';
import type { Severity } from './types.js';

/** `.pmoves-lint.yaml`: rule levels, ignored paths, default --fail-on. */
export interface LintConfig {
  rules?: Record<string, Severity | 'off'>;
  ignore?: string[];
  failOn?: Severity;
  file?: string;
}

export const CONFIG_NAMES = ['.pmoves-lint.yaml', '.pmoves-lint.yml'];

export async function loadLintConfig(cwd: string, explicit?: string, knownRules: string[] = []): Promise<LintConfig> {
  const file = explicit ?? CONFIG_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
  if (!file) return {};
  // ajv is loaded only when there is a config to check: most runs have none.
  const { loadValidatedYaml } = await import('../core/validated-yaml.js');
  const { data, locate } = loadValidatedYaml<LintConfig>(file, fromRoot('src/lint/data/config.schema.json'));
  for (const id of Object.keys(data.rules ?? {})) {
    if (knownRules.length && !knownRules.includes(id)) {
      const at = locate(['rules', id]);
      throw new UserError(`unknown rule "${id}"`, { file, line: at.line, column: at.column, hint: `rules: ${knownRules.join(', ')}` });
    }
  }
  return { ...data, file };
}

/** Minimal glob: `**` any path, `*` within one segment, `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
