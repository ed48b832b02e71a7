import sodium from 'libsodium-wrappers';
import type { FakeGitHub, FakeReply, FakeRequest } from './fake-github.js';

/**
 * The documented Actions secrets endpoints (repository, environment, organization): public
 * key, list, get, PUT. Each scope holds its own libsodium key pair and really opens every sealed
 * box it receives, so a test sees exactly what GitHub would store. `forbid = true` makes every
 * secrets endpoint answer 403 the way GitHub does for the workflow GITHUB_TOKEN.
 */
export interface StoredSecret {
  value: string;
  created_at: string;
  updated_at: string;
  visibility?: string;
  selected_repository_ids?: number[];
}

export interface FakeSecrets {
  owner: string;
  repo: string;
  repoId: number;
  org: string;
  /** Decrypted values: `repo`, `env:<name>`, `org`. */
  store: Map<string, Map<string, StoredSecret>>;
  environments: string[];
  forbid: boolean;
  /** PUT requests that were rejected (bad key id, box that does not open, ...). */
  rejected: Array<{ path: string; reason: string }>;
  /** Number of PUTs that succeeded. */
  puts: number;
  /** Pre-existing secret, as if set earlier in GitHub. */
  seed(scope: string, name: string, value: string): void;
  values(scope: string): Record<string, string>;
}

interface Scope {
  id: string;
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export async function installFakeSecrets(
  gh: FakeGitHub,
  opts: { owner?: string; repo?: string; org?: string; environments?: string[]; repoId?: number } = {},
): Promise<FakeSecrets> {
  await sodium.ready;
  const owner = opts.owner ?? 'pmoves';
  const repo = opts.repo ?? 'site';
  const org = opts.org ?? owner;
  const repoId = opts.repoId ?? 4242;
  const scopes = new Map<string, Scope>();
  let keySeq = 0;
  const scopeFor = (id: string): Scope => {
    let s = scopes.get(id);
    if (!s) {
      const kp = sodium.crypto_box_keypair();
      s = { id, keyId: `${3380204578043523366n + BigInt(++keySeq)}`, publicKey: kp.publicKey, privateKey: kp.privateKey };
      scopes.set(id, s);
    }
    return s;
  };
  const fake: FakeSecrets = {
    owner,
    repo,
    repoId,
    org,
    store: new Map(),
    environments: opts.environments ?? ['production', 'staging'],
    forbid: false,
    rejected: [],
    puts: 0,
    seed(scope, name, value) {
      const now = new Date().toISOString();
      bucket(scope).set(name, { value, created_at: now, updated_at: now, visibility: scope === 'org' ? 'private' : undefined });
    },
    values(scope) {
      return Object.fromEntries([...bucket(scope)].map(([k, v]) => [k, v.value]));
    },
  };
  function bucket(scope: string): Map<string, StoredSecret> {
    let b = fake.store.get(scope);
    if (!b) fake.store.set(scope, (b = new Map()));
    return b;
  }

  const forbidden: FakeReply = {
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/actions/secrets', status: '403' },
  };
  const notFound: FakeReply = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };

  /** Resolves the scope of a request, or a 404 reply when the repo/org/environment is unknown. */
  const resolve = (req: FakeRequest): string | FakeReply => {
    const p = req.params;
    if (p.org !== undefined) return p.org === org ? 'org' : notFound;
    if (p.owner !== owner || p.repo !== repo) return notFound;
    if (p.env !== undefined) return fake.environments.includes(p.env) ? `env:${p.env}` : notFound;
    return 'repo';
  };

  const publicKey = (req: FakeRequest): FakeReply => {
    const scope = resolve(req);
    if (typeof scope !== 'string') return scope;
    if (fake.forbid) return forbidden;
    const s = scopeFor(scope);
    return { status: 200, body: { key_id: s.keyId, key: sodium.to_base64(s.publicKey, sodium.base64_variants.ORIGINAL) } };
  };

  const list = (req: FakeRequest): FakeReply => {
    const scope = resolve(req);
    if (typeof scope !== 'string') return scope;
    if (fake.forbid) return forbidden;
    const all = [...bucket(scope)].map(([name, s]) => ({ name, created_at: s.created_at, updated_at: s.updated_at, ...(scope === 'org' ? { visibility: s.visibility } : {}) }));
    all.sort((a, b) => a.name.localeCompare(b.name));
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30), 100);
    const page = Number(req.query.get('page') ?? 1);
    return { status: 200, body: { total_count: all.length, secrets: all.slice((page - 1) * perPage, page * perPage) } };
  };

  const getOne = (req: FakeRequest): FakeReply => {
    const scope = resolve(req);
    if (typeof scope !== 'string') return scope;
    if (fake.forbid) return forbidden;
    const s = bucket(scope).get(req.params.name);
    if (!s) return notFound;
    return { status: 200, body: { name: req.params.name, created_at: s.created_at, updated_at: s.updated_at, visibility: s.visibility } };
  };

  const put = (req: FakeRequest): FakeReply => {
    const scope = resolve(req);
    if (typeof scope !== 'string') return scope;
    if (fake.forbid) return forbidden;
    const s = scopeFor(scope);
    const body = req.body ?? {};
    const reject = (reason: string): FakeReply => {
      fake.rejected.push({ path: req.path, reason });
      return { status: 422, body: { message: reason } };
    };
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(req.params.name) || /^GITHUB_/i.test(req.params.name)) return reject('invalid secret name');
    if (body.key_id !== s.keyId) return reject(`key_id ${String(body.key_id)} is not the current key ${s.keyId}`);
    if (typeof body.encrypted_value !== 'string') return reject('encrypted_value missing');
    let value: string;
    try {
      const box = sodium.from_base64(body.encrypted_value, sodium.base64_variants.ORIGINAL);
      value = sodium.to_string(sodium.crypto_box_seal_open(box, s.publicKey, s.privateKey));
    } catch {
      return reject('encrypted_value does not open with this key pair');
    }
    if (scope === 'org' && !['all', 'private', 'selected'].includes(body.visibility)) return reject('visibility is required for organization secrets');
    const b = bucket(scope);
    const now = new Date().toISOString();
    const prev = b.get(req.params.name);
    b.set(req.params.name, {
      value,
      created_at: prev?.created_at ?? now,
      updated_at: now,
      visibility: scope === 'org' ? body.visibility : undefined,
      selected_repository_ids: scope === 'org' ? body.selected_repository_ids : undefined,
    });
    fake.puts++;
    return prev ? { status: 204 } : { status: 201, body: {} };
  };

  const orgRepos = (req: FakeRequest): FakeReply => {
    if (req.params.org !== org) return notFound;
    if (fake.forbid) return forbidden;
    const s = bucket('org').get(req.params.name);
    if (!s) return notFound;
    const ids = s.selected_repository_ids ?? [];
    return { status: 200, body: { total_count: ids.length, repositories: ids.map((id) => ({ id, full_name: id === repoId ? `${owner}/${repo}` : `${org}/other-${id}` })) } };
  };

  for (const prefix of ['/repos/:owner/:repo/actions/secrets', '/repos/:owner/:repo/environments/:env/secrets', '/orgs/:org/actions/secrets']) {
    gh.route('GET', `${prefix}/public-key`, publicKey);
    gh.route('GET', prefix, list);
    gh.route('GET', `${prefix}/:name`, getOne);
    gh.route('PUT', `${prefix}/:name`, put);
  }
  gh.route('GET', '/orgs/:org/actions/secrets/:name/repositories', orgRepos);
  gh.route('GET', '/repos/:owner/:repo', (req) =>
    req.params.owner === owner && req.params.repo === repo
      ? { status: 200, body: { id: repoId, name: repo, full_name: `${owner}/${repo}`, owner: { login: owner } } }
      : notFound,
  );
  gh.route('GET', '/repos/:owner/:repo/environments', (req) =>
    req.params.owner === owner && req.params.repo === repo
      ? { status: 200, body: { total_count: fake.environments.length, environments: fake.environments.map((name, i) => ({ id: i + 1, name })) } }
      : notFound,
  );
  return fake;
}
