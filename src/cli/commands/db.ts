import { resolve } from 'node:path';
import { parseCommandArgs } from '../app.js';
import type { CliIO } from '../io.js';
import { UserError } from '../../core/errors.js';
import { rotateDbPasswords } from '../../db/rotate-passwords.js';
import { formatRotation } from '../../db/report.js';

const HELP = `pmoves db — database maintenance for a Supabase site

Usage:
  pmoves db rotate-passwords --db-url URL --env-file F [--yes] [--dry-run] [--json]

rotate-passwords  generates a new hex POSTGRES_PASSWORD and, in ONE transaction, sets it on the
                  12 Supabase roles (anon, authenticated, authenticator, dashboard_user,
                  pgbouncer, postgres, service_role, supabase_admin, supabase_auth_admin,
                  supabase_functions_admin, supabase_replication_admin, supabase_storage_admin),
                  updates the backend URL in _analytics.source_backends when that table exists
                  and drops and recreates the _supavisor schema; only after COMMIT is the env
                  file updated (POSTGRES_PASSWORD and any postgres:// URL that held the old
                  password), atomically, mode 0600. Then it prints the services to recreate.
                  A role missing means nothing is changed. The password is sent as a
                  SCRAM-SHA-256 verifier, never in clear text. Asks before changing anything;
                  without a terminal it needs --yes.

Options:
  --db-url URL   postgres://supabase_admin@HOST:PORT/postgres; without a password in the URL the
                 env file's current POSTGRES_PASSWORD is used
  --env-file F   the env file the stack runs with
  --yes          do not ask (CI, scripts)
  --dry-run      connect, check the roles and tables, print the plan; change nothing
  --json         machine-readable output (never contains a password)
  -h, --help     this help

Example:
  pmoves db rotate-passwords --db-url postgres://supabase_admin@127.0.0.1:5432/postgres --env-file .env
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(HELP);
    return sub ? 0 : 2;
  }
  if (sub !== 'rotate-passwords') {
    throw new UserError(`unknown subcommand "db ${sub}"`, { hint: 'one of: rotate-passwords (see pmoves db --help)' });
  }
  const { values } = parseCommandArgs('db', rest, {
    'db-url': { type: 'string' },
    'env-file': { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const dbUrl = values['db-url'] ?? io.env.PMOVES_DB_URL;
  if (!dbUrl) throw new UserError('db rotate-passwords needs --db-url URL', { hint: 'e.g. --db-url postgres://supabase_admin@127.0.0.1:5432/postgres' });
  if (!values['env-file']) throw new UserError('db rotate-passwords needs --env-file F', { hint: 'the env file the stack runs with, e.g. --env-file .env' });
  const envFile = resolve(io.cwd, values['env-file']);
  const dryRun = Boolean(values['dry-run']);
  if (!dryRun && !values.yes) {
    if (!io.stdinIsTTY || !io.confirm) {
      throw new UserError('refusing to rotate database passwords without confirmation: there is no terminal to ask', {
        hint: 'pass --yes (or run --dry-run first to see the plan)',
      });
    }
    const preview = await rotateDbPasswords({ dbUrl, envFile, dryRun: true });
    io.stderr(formatRotation(preview, true));
    if (!(await io.confirm(`Rotate the password of ${preview.plan.roles.length} roles on ${preview.plan.server}?`))) {
      io.stderr('cancelled; nothing changed\n');
      return 1;
    }
  }
  const res = await rotateDbPasswords({ dbUrl, envFile, dryRun });
  if (values.json) io.stdout(JSON.stringify({ applied: res.applied, backendsUpdated: res.backendsUpdated, ...res.plan }, null, 2) + '\n');
  else io.stdout(formatRotation(res, dryRun));
  return 0;
}
