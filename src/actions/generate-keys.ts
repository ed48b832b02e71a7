import * as core from '@actions/core';
import { formatUserError, isUserError, UserError } from '../core/errors.js';
import { DEFAULT_KEY_LIFETIME_SECONDS } from '../keys/jwt.js';
import { defaultNames, freshValues, provisionSecrets } from '../keys/provision.js';
import { githubSecretsApi, parseRepo, type SecretTarget } from '../secrets/github-secrets.js';
import { maskValue } from './_mask-secrets.js';

/**
 * The generate-keys action: fresh Supabase secrets, masked before anything else happens, then
 * stored as repository or environment secrets. Inputs are named exactly as in action.yml.
 */
interface Inputs {
  repository: string;
  environment: string;
  names: string[];
  rotate: string[] | 'all';
  token: string;
  asymmetric: boolean;
  'expiry-years': number;
}

function list(s: string): string[] {
  return s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);
}

function inputs(): Inputs {
  const token = core.getInput('token');
  maskValue(token);
  const asymmetric = (core.getInput('asymmetric') || 'false').toLowerCase() === 'true';
  const rotateRaw = (core.getInput('rotate') || 'false').trim();
  const rotate = /^(true|all)$/i.test(rotateRaw) ? 'all' : /^(false|none|)$/i.test(rotateRaw) ? [] : list(rotateRaw);
  const years = Number(core.getInput('expiry-years') || '5');
  if (!Number.isFinite(years) || years <= 0 || years > 20) throw new UserError(`input expiry-years must be a number of years (0-20), not "${core.getInput('expiry-years')}"`);
  const repository = core.getInput('repository') || process.env.GITHUB_REPOSITORY || '';
  if (!repository) throw new UserError('input repository is empty and GITHUB_REPOSITORY is not set');
  if (!token) throw new UserError('input token is empty', { hint: 'pass a fine-grained PAT with "Secrets: Read and write" or a GitHub App token; the workflow GITHUB_TOKEN cannot write secrets' });
  const names = list(core.getInput('names'));
  return {
    repository,
    environment: core.getInput('environment'),
    names: names.length ? names : defaultNames(asymmetric),
    rotate,
    token,
    asymmetric,
    'expiry-years': years,
  };
}

async function main(): Promise<void> {
  const inp = inputs();
  const lifetime = inp['expiry-years'] === 5 ? DEFAULT_KEY_LIFETIME_SECONDS : Math.round(inp['expiry-years'] * 365 * 24 * 3600);
  // Generate, then mask every value before any other line is written or request made.
  const values = await freshValues(inp.names, { lifetimeSeconds: lifetime });
  for (const v of Object.values(values)) maskValue(v);

  const { owner, repo } = parseRepo(inp.repository);
  const target: SecretTarget = inp.environment ? { scope: 'environment', owner, repo, environment: inp.environment } : { scope: 'repo', owner, repo };
  const api = githubSecretsApi(target, { token: inp.token, baseUrl: process.env.GITHUB_API_URL });
  const res = await core.group(`Store secrets in ${res0(target)}`, async () => {
    const r = await provisionSecrets(api, values, { rotate: inp.rotate });
    for (const d of r.decisions) core.info(`${d.write ? 'write' : 'keep '}  ${d.name}  (${d.reason})`);
    return r;
  });
  core.setOutput('names', res.written.join(','));
  core.setOutput('names-json', JSON.stringify(res.written));
  await core.summary
    .addHeading('Supabase secrets', 3)
    .addRaw(`Target: ${res.plan.where}\n\n`)
    .addTable([
      [{ data: 'secret', header: true }, { data: 'result', header: true }],
      ...res.decisions.map((d) => [d.name, res.written.includes(d.name) ? `written (${d.reason})` : d.reason]),
    ])
    .write();
}

function res0(t: SecretTarget): string {
  return t.scope === 'environment' ? `${t.owner}/${t.repo} environment ${t.environment}` : `${t.owner}/${t.repo}`;
}

main().catch((err) => {
  if (isUserError(err)) core.setFailed(formatUserError(err));
  else core.setFailed(`generate-keys failed: ${(err as Error)?.message ?? String(err)}`);
});
