import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { formatUserError, isUserError, UserError } from '../core/errors.js';
import { rotateDbPasswords } from '../db/rotate-passwords.js';
import { formatRotation } from '../db/report.js';
import { parseEnv } from '../env/parse.js';
import { randomSecret } from '../keys/random.js';
import { maskValue } from './_mask-secrets.js';

/**
 * The rotate-db-password action: `pmoves db rotate-passwords --yes` on a self-hosted runner of
 * the site (running the workflow is the confirmation). Old and new passwords are masked first.
 */
async function main(): Promise<void> {
  const dbUrl = core.getInput('db-url', { required: true });
  const envFile = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput('env-file', { required: true }));
  const dryRun = (core.getInput('dry-run') || 'false').toLowerCase() === 'true';
  try {
    const u = new URL(dbUrl);
    if (u.password) maskValue(decodeURIComponent(u.password));
  } catch {
    throw new UserError('input db-url is not a URL', { hint: 'e.g. postgres://supabase_admin@127.0.0.1:5432/postgres' });
  }
  maskValue(dbUrl);
  try {
    const env = parseEnv(readFileSync(envFile, 'utf8'), envFile);
    for (const e of env.entries) if (e.key === 'POSTGRES_PASSWORD') maskValue(e.value);
  } catch {
    // rotateDbPasswords reports a missing or unreadable env file with a proper message.
  }
  const next = randomSecret(32, 'hex');
  maskValue(next);
  const res = await rotateDbPasswords({ dbUrl, envFile, dryRun, newPassword: next });
  core.info(formatRotation(res, dryRun));
  core.setOutput('recreate', res.plan.recreate.join(' '));
  core.setOutput('env-keys', res.plan.envKeys.join(','));
  core.setOutput('applied', String(res.applied));
  await core.summary
    .addHeading('Database password rotation', 3)
    .addRaw(`${res.applied ? 'Rotated' : 'Planned'}: ${res.plan.roles.length} roles on ${res.plan.server} (database ${res.plan.database}).\n\n`)
    .addCodeBlock(`docker compose up -d --force-recreate ${res.plan.recreate.join(' ')}`, 'sh')
    .write();
}

main().catch((err) => {
  if (isUserError(err)) core.setFailed(formatUserError(err));
  else core.setFailed(`rotate-db-password failed: ${(err as Error)?.message ?? String(err)}`);
});
