import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * The one stand-in allowed: a local server that speaks documented GitHub REST endpoints.
 * Suites register the routes they need (secrets, runners, ...) and assert on `requests`.
 */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: any;
  params: Record<string, string>;
}

export interface FakeReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: FakeRequest) => FakeReply | Promise<FakeReply>;

export interface Route {
  method: string;
  /** e.g. '/repos/:owner/:repo/actions/secrets/:name' */
  pattern: string;
  handler: Handler;
}

export interface FakeGitHub {
  url: string;
  requests: FakeRequest[];
  route(method: string, pattern: string, handler: Handler): void;
  /** Token every request must carry (`Authorization: Bearer|token <t>`); unset = no check. */
  token?: string;
  close(): Promise<void>;
}

function compile(pattern: string): RegExp {
  const src = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\:|:([A-Za-z_]+)/g, (_m, name) => `(?<${name}>[^/]+)`);
  return new RegExp(`^${src}$`);
}

export async function startFakeGitHub(opts: { token?: string } = {}): Promise<FakeGitHub> {
  const routes: Array<Route & { re: RegExp }> = [];
  const requests: FakeRequest[] = [];
  const state = { token: opts.token };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: any = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, { status: 400, body: { message: 'Problems parsing JSON' } });
      }
    }
    const fr: FakeRequest = { method: req.method ?? 'GET', path: u.pathname, query: u.searchParams, headers: req.headers, body, params: {} };
    requests.push(fr);
    if (state.token) {
      const auth = req.headers.authorization ?? '';
      if (auth !== `Bearer ${state.token}` && auth !== `token ${state.token}`) {
        return send(res, { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } });
      }
    }
    for (const r of routes) {
      if (r.method !== fr.method) continue;
      const m = r.re.exec(fr.path);
      if (!m) continue;
      fr.params = Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
      try {
        return send(res, await r.handler(fr));
      } catch (err) {
        return send(res, { status: 500, body: { message: String(err) } });
      }
    }
    send(res, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
  });

  function send(res: ServerResponse, reply: FakeReply) {
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...reply.headers };
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(method, pattern, handler) {
      routes.push({ method, pattern, handler, re: compile(pattern) });
    },
    get token() {
      return state.token;
    },
    set token(t: string | undefined) {
      state.token = t;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
