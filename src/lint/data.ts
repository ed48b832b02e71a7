import { loadValidatedYaml } from '../build/validated-yaml.js';
import { fromRoot } from '../core/package-root.js';

export interface LintData {
  version: 1;
  insecureValues: Array<{ pattern: string; why: string }>;
  demoJwtSecrets: string[];
  demoJwtIssuers: string[];
  minJwtSecretLength?: number;
  expiryWarningDays?: number;
  supabaseServices: Array<{ name: string; images: string[] }>;
  exposedServices: Array<{ name: string; images: string[] }>;
  wiredVariables?: Record<string, string>;
}

let cached: (LintData & { insecure: Array<{ re: RegExp; why: string }> }) | undefined;

/** src/lint/data/lint-data.yaml, validated by its schema; loaded once. */
export function lintData() {
  if (cached) return cached;
  const { data } = loadValidatedYaml<LintData>(fromRoot('src/lint/data/lint-data.yaml'), fromRoot('src/lint/data/lint-data.schema.json'));
  cached = { ...data, insecure: data.insecureValues.map((v) => ({ re: new RegExp(v.pattern, 'i'), why: v.why })) };
  return cached;
}
