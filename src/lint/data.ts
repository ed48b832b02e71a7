import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
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

export const LINT_DATA_FILE = 'src/lint/data/lint-data.yaml';
export const LINT_DATA_SCHEMA = 'src/lint/data/lint-data.schema.json';

let cached: (LintData & { insecure: Array<{ re: RegExp; why: string }> }) | undefined;

/**
 * src/lint/data/lint-data.yaml, loaded once. It ships with the toolkit and is validated against
 * lint-data.schema.json by ajv in the unit tests (test/unit/lint/data.test.ts), so `pmoves lint`
 * does not pay for compiling the schema on every run.
 */
export function lintData() {
  if (cached) return cached;
  const data = parse(readFileSync(fromRoot(LINT_DATA_FILE), 'utf8')) as LintData;
  cached = { ...data, insecure: data.insecureValues.map((v) => ({ re: new RegExp(v.pattern, 'i'), why: v.why })) };
  return cached;
}
