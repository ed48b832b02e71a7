import { randomBytes } from 'node:crypto';
import type { FakeGitHub, FakeReply, FakeRequest } from './fake-github.js';

/**
 * Self-hosted runner endpoints of the GitHub REST API, as documented:
 *   GET  /repos/{owner}/{repo}                                   (visibility, for the public-repo guard)
 *   POST /repos/{owner}/{repo}/actions/runners/registration-token  -> 201 { token, expires_at }
 *   POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig  -> 201 { runner, encoded_jit_config }
 *   POST /orgs/{org}/actions/runners/registration-token
 *   POST /orgs/{org}/actions/runners/generate-jitconfig
 * generate-jitconfig validates its body like GitHub does (422 on a bad one).
 */
export interface FakeJitRunner {
  id: number;
  name: string;
  labels: string[];
  runner_group_id: number;
  work_folder: string;
  encoded_jit_config: string;
  scope: string;
}

export interface FakeRunnerState {
  registrationTokens: Array<{ scope: string; token: string }>;
  jitRunners: FakeJitRunner[];
}

export function addRunnerRoutes(gh: FakeGitHub, opts: { repos: Record<string, { private: boolean }> }): FakeRunnerState {
  const state: FakeRunnerState = { registrationTokens: [], jitRunners: [] };
  let nextId = 17;
  const repo = (req: FakeRequest) => `${req.params.owner}/${req.params.repo}`;
  const known = (scope: string) => scope.startsWith('org:') || scope in opts.repos;
  const notFound: FakeReply = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };

  gh.route('GET', '/repos/:owner/:repo', (req) => {
    const r = opts.repos[repo(req)];
    if (!r) return notFound;
    return { status: 200, body: { full_name: repo(req), private: r.private, visibility: r.private ? 'private' : 'public' } };
  });

  const registrationToken = (scope: string): FakeReply => {
    if (!known(scope)) return notFound;
    const token = `AR${randomBytes(14).toString('hex').toUpperCase()}`;
    state.registrationTokens.push({ scope, token });
    return { status: 201, body: { token, expires_at: new Date(Date.now() + 3600_000).toISOString() } };
  };

  const jit = (scope: string, body: any): FakeReply => {
    if (!known(scope)) return notFound;
    const problems: string[] = [];
    if (!body || typeof body !== 'object') problems.push('body must be a JSON object');
    else {
      if (typeof body.name !== 'string' || !body.name) problems.push('name is required');
      if (!Number.isInteger(body.runner_group_id)) problems.push('runner_group_id must be an integer');
      if (!Array.isArray(body.labels) || body.labels.length < 1 || body.labels.length > 100 || body.labels.some((l: unknown) => typeof l !== 'string' || !l)) {
        problems.push('labels must be an array of 1 to 100 non-empty strings');
      }
      if (body.work_folder !== undefined && typeof body.work_folder !== 'string') problems.push('work_folder must be a string');
    }
    if (problems.length) return { status: 422, body: { message: 'Validation Failed', errors: problems } };
    if (state.jitRunners.some((r) => r.scope === scope && r.name === body.name)) {
      return { status: 409, body: { message: 'Already exists - A runner with the same name already exists' } };
    }
    const id = nextId++;
    const encoded = Buffer.from(JSON.stringify({ '.runner': { AgentId: id, AgentName: body.name }, '.credentials': randomBytes(16).toString('hex') })).toString('base64');
    const runner: FakeJitRunner = { id, name: body.name, labels: body.labels, runner_group_id: body.runner_group_id, work_folder: body.work_folder ?? '_work', encoded_jit_config: encoded, scope };
    state.jitRunners.push(runner);
    return {
      status: 201,
      body: {
        runner: { id, name: body.name, os: 'unknown', status: 'offline', busy: false, labels: body.labels.map((name: string, i: number) => ({ id: i + 1, name, type: 'custom' })) },
        encoded_jit_config: encoded,
      },
    };
  };

  gh.route('POST', '/repos/:owner/:repo/actions/runners/registration-token', (req) => registrationToken(repo(req)));
  gh.route('POST', '/orgs/:org/actions/runners/registration-token', (req) => registrationToken(`org:${req.params.org}`));
  gh.route('POST', '/repos/:owner/:repo/actions/runners/generate-jitconfig', (req) => jit(repo(req), req.body));
  gh.route('POST', '/orgs/:org/actions/runners/generate-jitconfig', (req) => jit(`org:${req.params.org}`, req.body));
  return state;
}
