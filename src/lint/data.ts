import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fromRoot } from '../core/package-root.js';
import * as snapshot from './data/lint-data.gen.js';

export interface LintData {
  version: 1;
  insecureValues: Array<{ pattern: string; why: string }>;
  publishedValues?: Array<{ sha256: string; why: string }>;
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

let cached: (LintData & { insecure: Array<{ re: RegExp; why: string }>; published: Map<string, string> }) | undefined;

/**
 * src/lint/data/lint-data.yaml, loaded once. It ships with the toolkit and is validated against
 * lint-data.schema.json by ajv in the unit tests (test/unit/lint/data.test.ts), so `pmoves lint`
 * does not pay for compiling the schema on every run. While the YAML is the one
 * src/lint/data/lint-data.gen.js was generated from (same hash), its JSON copy is used: a YAML
 * parse, cold, is a visible part of a lint run's start-up.
 */
export function lintData() {
  if (cached) return cached;
  const text = readFileSync(fromRoot(LINT_DATA_FILE), 'utf8');
  const data = (createHash('sha256').update(text).digest('hex') === snapshot.sourceSha256 ? JSON.parse(snapshot.json) : parse(text)) as LintData;
  cached = {
    ...data,
    insecure: data.insecureValues.map((v) => ({ re: new RegExp(v.pattern, 'i'), why: v.why })),
    published: new Map((data.publishedValues ?? []).map((v) => [v.sha256, v.why])),
  };
  return cached;
}

/** Why a value is known to be public (an insecure pattern or a published value), or undefined. Never returns the value. */
export function knownInsecureValue(value: string): string | undefined {
  const data = lintData();
  const pattern = data.insecure.find((p) => p.re.test(value));
  if (pattern) return pattern.why;
  return data.published.get(createHash('sha256').update(value).digest('hex'));
}
