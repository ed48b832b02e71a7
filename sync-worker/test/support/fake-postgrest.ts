import { createServer, type Server } from 'node:http';
import pg from 'pg';

/**
 * A stand-in for Kong + PostgREST in front of the central Postgres: POST /rest/v1/rpc/<fn> with
 * a JSON object of named arguments runs `SELECT public.<fn>(name => value, ...)` on the real
 * centre and answers the way PostgREST does (scalar as JSON; errors as {code, message, details,
 * hint} with PostgREST's status mapping). There is no PostgREST binary on this machine; the
 * worker's supabase-js client does not know the difference.
 */
export interface FakePostgrest {
  url: string;
  calls: number;
  /** While true, answer 503 PGRST002 like PostgREST does when it cannot reach its database. */
  down: boolean;
  close(): Promise<void>;
}

const FUNCTIONS: Record<string, Array<[string, string]>> = {
  apply_batch: [['site', 'text'], ['rows', 'jsonb'], ['retry', 'boolean'], ['policy', 'text']],
  sync_report: [['site', 'text'], ['stats', 'jsonb']],
  sync_rules: [],
};

function statusFor(code: string): number {
  if (code.startsWith('23')) return 409;
  if (code.startsWith('08') || code.startsWith('57P') || code.startsWith('53')) return 503;
  if (code === '42883') return 404;
  return 400;
}

export async function startFakePostgrest(centralUrl: string, serviceRoleKey: string): Promise<FakePostgrest> {
  const pool = new pg.Pool({ connectionString: centralUrl, max: 4 });
  pool.on('error', () => {});
  const state: FakePostgrest = { url: '', calls: 0, down: false, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      state.calls++;
      if (req.headers.apikey !== serviceRoleKey || req.headers.authorization !== `Bearer ${serviceRoleKey}`) {
        return send(401, { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' });
      }
      if (state.down) return send(503, { code: 'PGRST002', message: 'Could not query the database for the schema cache. Retrying.', details: null, hint: null });
      const m = /^\/rest\/v1\/rpc\/([a-z_]+)$/.exec(req.url ?? '');
      const fn = m && FUNCTIONS[m[1]];
      if (req.method !== 'POST' || !fn) return send(404, { code: 'PGRST202', message: `Could not find the function ${req.url}`, details: null, hint: null });
      let args: Record<string, unknown>;
      try {
        args = JSON.parse(raw || '{}');
      } catch {
        return send(400, { code: 'PGRST102', message: 'Empty or invalid json', details: null, hint: null });
      }
      const given = fn.filter(([name]) => args[name] !== undefined);
      const sql = `SELECT public.${m![1]}(${given.map(([name, type], i) => `${name} => $${i + 1}::${type}`).join(', ')}) AS r`;
      const params = given.map(([name, type]) => (type === 'jsonb' ? JSON.stringify(args[name]) : args[name]));
      try {
        const r = await pool.query(sql, params);
        send(200, r.rows[0].r);
      } catch (err) {
        const e = err as { code?: string; message: string; detail?: string; hint?: string };
        if (!e.code) return send(503, { code: 'PGRST000', message: e.message, details: null, hint: null });
        send(statusFor(e.code), { code: e.code, message: e.message, details: e.detail ?? null, hint: e.hint ?? null });
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  state.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  state.close = async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await pool.end();
  };
  return state;
}
