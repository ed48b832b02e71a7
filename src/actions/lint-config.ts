import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { writeFileAtomic } from '../core/atomic-write.js';
import { formatUserError, isUserError, UserError } from '../core/errors.js';
import { registeredSecrets } from '../core/redact.js';
import { VERSION } from '../cli/app.js';
import { FORMATS, type Format } from '../lint/format/index.js';
import { formatSarif } from '../lint/format/sarif.js';
import { lintSession } from '../lint/session.js';
import { maskValue } from './_mask-secrets.js';

/** Inputs, named exactly as in actions/lint-config/action.yml. */
interface Inputs {
  files: string[];
  'env-files': string[];
  environment: string;
  format: Format;
  fix: boolean;
  'fail-on': 'error' | 'warning' | 'info' | 'never';
  'working-directory': string;
}

const list = (s: string) => s.split(/[\n,]+/).map((x) => x.trim()).filter(Boolean);

function inputs(): Inputs {
  const format = (core.getInput('format') || 'github') as Format;
  if (!FORMATS.includes(format)) throw new UserError(`input format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  const failOn = core.getInput('fail-on') || 'error';
  if (!['error', 'warning', 'info', 'never'].includes(failOn)) throw new UserError(`input fail-on must be error, warning, info or never, not "${failOn}"`);
  const fix = (core.getInput('fix') || 'false').toLowerCase();
  if (!['true', 'false'].includes(fix)) throw new UserError(`input fix must be true or false, not "${fix}"`);
  return {
    files: list(core.getInput('files') || 'compose/\nenv-templates/'),
    'env-files': list(core.getInput('env-files')),
    environment: core.getInput('environment'),
    format,
    fix: fix === 'true',
    'fail-on': failOn as Inputs['fail-on'],
    'working-directory': core.getInput('working-directory') || '.',
  };
}

async function main(): Promise<void> {
  const inp = inputs();
  const cwd = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inp['working-directory']);
  const session = await lintSession({
    files: inp.files,
    envFiles: inp['env-files'],
    environment: inp.environment || undefined,
    cwd,
    format: inp.format,
    failOn: inp['fail-on'],
    fix: inp.fix,
    version: VERSION,
  });
  // Every secret value read from the env files is masked before a single line is printed.
  for (const s of registeredSecrets()) maskValue(s);

  if (session.patches.length) core.info(`fixed legacy names in ${session.patches.map((p) => p.file).join(', ')}`);
  process.stdout.write(session.output);
  const dir = process.env.RUNNER_TEMP ?? cwd;
  mkdirSync(dir, { recursive: true });
  const sarifFile = join(dir, 'pmoves-lint.sarif');
  writeFileAtomic(sarifFile, inp.format === 'sarif' ? session.output : formatSarif(session.result, { version: VERSION }));
  core.setOutput('errors', String(session.result.errorCount));
  core.setOutput('warnings', String(session.result.warningCount));
  core.setOutput('sarif-file', sarifFile);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, session.summary + '\n');
  if (session.exitCode !== 0) {
    core.setFailed(`pmoves lint: ${session.result.errorCount} error(s), ${session.result.warningCount} warning(s) at or above fail-on=${inp['fail-on']}`);
  }
}

main().catch((err) => {
  if (isUserError(err)) {
    const e = err as UserError;
    const p = e.place;
    // An annotation on the offending file, then the plain message.
    if (p.file) core.error(e.message, { file: p.file, startLine: p.line, startColumn: p.column, title: 'pmoves lint: bad input' });
    core.setFailed(formatUserError(e));
    process.exitCode = 2;
  } else {
    core.setFailed(`pmoves lint: internal error: ${(err as Error)?.message ?? String(err)}`);
    process.exitCode = 3;
  }
});
