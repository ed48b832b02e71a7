import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLint } from '../lint/run.js';
import type { Finding } from '../lint/types.js';
import { rules } from '../lint/rules/index.js';
import type { DeployPlan } from './plan.js';
import { writeRelease } from './render.js';

export interface RenderedLint {
  errorCount: number;
  warningCount: number;
  findings: Finding[];
}

/**
 * `pmoves lint` over exactly what a release would run: the rendered compose file and its env
 * file. Written to a private temp dir (the env file holds secrets: 0600) and removed after.
 */
export async function lintRendered(plan: DeployPlan, dir?: string): Promise<RenderedLint> {
  const own = !dir;
  const where = dir ?? mkdtempSync(join(tmpdir(), 'pmoves-deploy-lint-'));
  try {
    if (own) writeRelease(where, plan.model, plan.variables, '{}\n');
    // Rendering inlines every non-secret value on purpose, so "hard-coded value" is not a finding here.
    const ids = rules.map((r) => r.id).filter((id) => id !== 'hardcoded-variable');
    const r = await runLint({ files: [join(where, 'compose.yaml')], envFiles: [join(where, '.env')], cwd: where, profiles: plan.profiles, rules: ids, catalogPath: plan.catalogFile });
    return { errorCount: r.errorCount, warningCount: r.warningCount, findings: r.findings };
  } finally {
    if (own) rmSync(where, { recursive: true, force: true });
  }
}
