import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { FORMATS, type Format } from '../../lint/format/index.js';
import { lintSession } from '../../lint/session.js';
import { parseCommandArgs, VERSION } from '../app.js';
import type { CliIO } from '../io.js';

const HELP = `pmoves lint — check compose and env files against the Supabase standard names and the variable catalog

Usage: pmoves lint [PATH...] [options]

PATH is a compose file, an env file (env.*, .env*, *.env) or a directory (searched for both;
see docs/lint.md). Compose files given as files are merged like docker compose -f a -f b.
Without PATH, the current directory.

Options:
  --env-file FILE      an env file to interpolate with (repeatable; later wins)
  --environment NAME   the env.<NAME> layer to use (e.g. production; turns on production rules)
  --platform NAME      the env.platform.<NAME> layer to use (jetson, wsl, vps)
  --profile NAME       activate a compose profile (repeatable; default: lint every service)
  --format FORMAT      stylish (default), json, sarif or github
  --output FILE        write the report to FILE instead of stdout (e.g. results.sarif)
  --fail-on LEVEL      exit 1 when a finding is at or above LEVEL: error (default), warning, info, never
  --fix                rename legacy variables in place (comments and layout kept), then lint again
  --dry-run            with --fix: print the unified diff, write nothing (exit 1 when it would change files)
  --rule ID            run only this rule (repeatable)
  --config FILE        a .pmoves-lint.yaml (default: ./.pmoves-lint.yaml when present)
  --json               same as --format json
  -h, --help           this help

Exit codes: 0 clean, 1 findings at or above --fail-on (or --dry-run would change files), 2 bad input.

Examples:
  pmoves lint compose/ env-templates/
  pmoves lint docker-compose.yml --env-file .env --format sarif --output lint.sarif
  pmoves lint docker-compose.yml --env-file .env --fix --dry-run
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', argv, {
    'env-file': { type: 'string', multiple: true },
    environment: { type: 'string' },
    platform: { type: 'string' },
    profile: { type: 'string', multiple: true },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    fix: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    rule: { type: 'string', multiple: true },
    config: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = (values.json ? 'json' : (values.format ?? 'stylish')) as Format;
  if (!FORMATS.includes(format)) throw new UserError(`unknown format "${values.format}"`, { hint: `one of: ${FORMATS.join(', ')}` });
  const failOn = values['fail-on'];
  if (failOn !== undefined && !['error', 'warning', 'info', 'never'].includes(failOn)) {
    throw new UserError(`unknown --fail-on level "${failOn}"`, { hint: 'one of: error, warning, info, never' });
  }
  if (values['dry-run'] && !values.fix) throw new UserError('--dry-run only applies to --fix', { hint: 'pmoves lint --fix --dry-run' });

  const session = await lintSession({
    files: positionals.length ? positionals : ['.'],
    envFiles: values['env-file'],
    environment: values.environment,
    platform: values.platform,
    profiles: values.profile,
    rules: values.rule,
    config: values.config,
    cwd: io.cwd,
    format,
    failOn: failOn as 'error' | 'warning' | 'info' | 'never' | undefined,
    fix: values.fix,
    dryRun: values['dry-run'],
    color: io.stdoutIsTTY && !io.env.NO_COLOR && format === 'stylish' && !values.output,
    version: VERSION,
  });
  if (values.fix && values['dry-run']) {
    io.stdout(session.output);
    io.stderr(session.patches.length ? `${session.patches.length} file(s) would change (nothing written)\n` : 'nothing to fix\n');
    return session.exitCode;
  }
  if (values.fix && session.patches.length) {
    io.stderr(`fixed ${session.patches.reduce((n, p) => n + p.edits, 0)} place(s) in ${session.patches.map((p) => p.file).join(', ')}\n`);
  }
  if (values.output) writeFileAtomic(resolve(io.cwd, values.output), session.output);
  else io.stdout(session.output);
  if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, session.summary + '\n');
  return session.exitCode;
}
