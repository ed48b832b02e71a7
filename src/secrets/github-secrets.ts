import { getOctokit } from '@actions/github';
import { UserError } from '../core/errors.js';

/** Where secrets go: a repository, one of its environments, or its organization. */
export type SecretTarget =
  | { scope: 'repo'; owner: string; repo: string }
  | { scope: 'environment'; owner: string; repo: string; environment: string }
  | { scope: 'org'; org: string; owner: string; repo: string };

export interface PublicKey {
  key_id: string;
  key: string;
}

/** The documented Actions secrets endpoints for one target. */
export interface SecretsApi {
  target: SecretTarget;
  publicKey(): Promise<PublicKey>;
  existingNames(): Promise<Set<string>>;
  put(name: string, encryptedValue: string, keyId: string, exists: boolean): Promise<void>;
}

export function describeTarget(t: SecretTarget): string {
  if (t.scope === 'repo') return `repository ${t.owner}/${t.repo}`;
  if (t.scope === 'environment') return `environment "${t.environment}" of ${t.owner}/${t.repo}`;
  return `organization ${t.org} (for ${t.owner}/${t.repo})`;
}

export function parseRepo(value: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!m) throw new UserError(`"${value}" is not OWNER/REPO`, { hint: 'e.g. --repo POWERFULMOVES/PMOVES.AI' });
  return { owner: m[1], repo: m[2] };
}

export const FORBIDDEN_403_HINT =
  'the workflow GITHUB_TOKEN cannot write Actions secrets, whatever `permissions:` says. Use a fine-grained ' +
  'personal access token with "Secrets: Read and write" on this repository (plus "Environments: Read" for ' +
  'environment secrets; for organization secrets an org token with "Organization secrets: Read and write"), ' +
  'or a GitHub App installation token with the same permissions, and pass it as GH_TOKEN / the `token` input.';

interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: unknown;
}

/** Turns API failures into errors a person can act on; never includes request bodies. */
export function explainApiError(err: unknown, what: string, target: SecretTarget): Error {
  const e = err as HttpErrorLike;
  const where = describeTarget(target);
  if (e?.status === 403) {
    return new UserError(`GitHub refused to ${what} for ${where} (403 Forbidden)`, { hint: FORBIDDEN_403_HINT });
  }
  if (e?.status === 401) {
    return new UserError(`GitHub rejected the token while trying to ${what} for ${where} (401 Bad credentials)`, {
      hint: 'the token is missing, expired or revoked; set GH_TOKEN to a valid token',
    });
  }
  if (e && e.response === undefined && (e.status === 500 || e.status === undefined || e.status === 0)) {
    // Octokit reports a request that never got an answer (DNS, refused, TLS) as a 500 without a response.
    return new UserError(`cannot reach the GitHub API to ${what} for ${where}: ${e.message ?? String(err)}`, {
      hint: 'check the network and GITHUB_API_URL (GitHub Enterprise Server: https://HOST/api/v3)',
    });
  }
  if (e?.status === 404) {
    return new UserError(`GitHub answered 404 while trying to ${what} for ${where}`, {
      hint: 'check the names; GitHub also answers 404 when the token cannot see the repository or organization',
    });
  }
  return new Error(`GitHub API error while trying to ${what} for ${where}: ${e?.status ?? ''} ${e?.message ?? String(err)}`.trim());
}

export interface ApiOptions {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server, or a local server in tests). */
  baseUrl?: string;
}

export function githubSecretsApi(target: SecretTarget, opts: ApiOptions): SecretsApi {
  const octokit = getOctokit(opts.token, { baseUrl: (opts.baseUrl || 'https://api.github.com').replace(/\/+$/, '') });
  const base =
    target.scope === 'repo'
      ? `/repos/${enc(target.owner)}/${enc(target.repo)}/actions/secrets`
      : target.scope === 'environment'
        ? `/repos/${enc(target.owner)}/${enc(target.repo)}/environments/${enc(target.environment)}/secrets`
        : `/orgs/${enc(target.org)}/actions/secrets`;

  async function call<T>(what: string, route: string, params: Record<string, unknown> = {}): Promise<T> {
    try {
      const res = await octokit.request(route, params);
      return res.data as T;
    } catch (err) {
      const e = err as HttpErrorLike;
      if (e?.status === 404 && target.scope === 'environment') throw await missingEnvironment(err);
      throw explainApiError(err, what, target);
    }
  }

  /** The history this guards against: scripts pushing to "prod" while workflows read "production". */
  async function missingEnvironment(err: unknown): Promise<Error> {
    if (target.scope !== 'environment') return explainApiError(err, 'reach the environment', target);
    try {
      const res = await octokit.request(`GET /repos/${enc(target.owner)}/${enc(target.repo)}/environments`, { per_page: 100 });
      const names = ((res.data as { environments?: Array<{ name: string }> }).environments ?? []).map((e) => e.name);
      // It exists: the 404 is about access (the token cannot see its secrets), not the name.
      if (names.includes(target.environment)) return explainApiError(err, 'reach the environment secrets', target);
      return new UserError(`environment "${target.environment}" does not exist in ${target.owner}/${target.repo}`, {
        hint: names.length
          ? `existing environments: ${names.join(', ')}; use the exact name the workflows' \`environment:\` uses`
          : 'the repository has no environments; create it under Settings > Environments, or store repository secrets (omit --environment)',
      });
    } catch {
      return explainApiError(err, 'reach the environment', target);
    }
  }

  let repoId: number | undefined;
  async function theRepoId(): Promise<number> {
    if (repoId === undefined) {
      const r = await call<{ id: number }>('read the repository', `GET /repos/${enc(target.owner)}/${enc(target.repo)}`);
      repoId = r.id;
    }
    return repoId;
  }

  return {
    target,
    publicKey: () => call<PublicKey>('read the secrets public key', `GET ${base}/public-key`),
    async existingNames() {
      const names = new Set<string>();
      for (let page = 1; ; page++) {
        const data = await call<{ total_count: number; secrets: Array<{ name: string }> }>('list secrets', `GET ${base}`, {
          per_page: 100,
          page,
        });
        for (const s of data.secrets ?? []) names.add(s.name);
        if (!data.secrets || data.secrets.length < 100 || names.size >= (data.total_count ?? 0)) break;
      }
      return names;
    },
    async put(name, encryptedValue, keyId, exists) {
      const body: Record<string, unknown> = { encrypted_value: encryptedValue, key_id: keyId };
      if (target.scope === 'org') {
        // New org secrets are visible to this repository only; a rotated one keeps its visibility
        // and repositories, plus this one.
        let visibility = 'selected';
        let ids: number[] = [];
        if (exists) {
          const cur = await call<{ visibility: string }>('read the organization secret', `GET ${base}/${enc(name)}`);
          visibility = cur.visibility;
          if (visibility === 'selected') {
            const r = await call<{ repositories: Array<{ id: number }> }>(
              'list the organization secret repositories',
              `GET ${base}/${enc(name)}/repositories`,
              { per_page: 100 },
            );
            ids = r.repositories.map((x) => x.id);
          }
        }
        body.visibility = visibility;
        if (visibility === 'selected') {
          const id = await theRepoId();
          body.selected_repository_ids = ids.includes(id) ? ids : [...ids, id];
        }
      }
      await call('write a secret', `PUT ${base}/${enc(name)}`, body);
    },
  };
}

function enc(s: string): string {
  return encodeURIComponent(s);
}
