import type { Catalog } from '../catalog/index.js';
import type { ComposeFile, ComposeProject, Location, VarRef } from '../compose/load.js';
import type { EnvFile } from '../env/parse.js';
import type { ResolvedVar } from '../env/layers.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** One problem, at one place. Messages never contain secret values. */
export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
  fixable: boolean;
}

/** A text replacement in one file: [start, end) character offsets of the original text. */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  text: string;
}

/** What a rule reports: a finding without the rule id/severity (the runner adds them), plus edits. */
export interface Report {
  loc: Location;
  message: string;
  /** Overrides the rule's default severity for this one report (e.g. `:?` missing is an error). */
  severity?: Severity;
  edits?: TextEdit[];
}

export interface EnvSource {
  file: EnvFile;
  text: string;
}

/** One lint unit: compose files merged as one project, and the env layers that feed it. */
export interface LintUnit {
  project?: ComposeProject;
  /** Env files in precedence order (lowest first). */
  envFiles: EnvSource[];
  env: Map<string, ResolvedVar>;
}

export interface RuleContext {
  units: LintUnit[];
  /** Every compose file once (a file may appear in several units). */
  composeFiles: ComposeFile[];
  /** Every env file once. */
  envFiles: EnvSource[];
  catalog: Catalog;
  /** Every secret value read from env and compose files (to mask them; see lint/mask.ts). */
  secretValues?: ReadonlySet<string>;
  environment?: string;
  now: Date;
  cwd: string;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  fixable: boolean;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): Report[];
}

export type { VarRef };
