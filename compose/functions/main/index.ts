// Entry service of the edge runtime: checks the caller's JWT (when VERIFY_JWT is true) and
// runs /home/deno/functions/<name>/index.ts in a user worker. Deploy a function by adding a
// folder next to this one.
import * as jose from 'https://deno.land/x/jose@v4.14.4/index.ts';

const verifyJwt = Deno.env.get('VERIFY_JWT') === 'true';
const secret = new TextEncoder().encode(Deno.env.get('JWT_SECRET') ?? '');

function reply(status: number, msg: string): Response {
  return new Response(JSON.stringify({ msg }), { status, headers: { 'Content-Type': 'application/json' } });
}

async function authorized(req: Request): Promise<boolean> {
  const [scheme, token] = (req.headers.get('Authorization') ?? '').split(' ');
  if (scheme !== 'Bearer' || !token) return false;
  try {
    await jose.jwtVerify(token, secret, { algorithms: ['HS256'] });
    return true;
  } catch {
    return false;
  }
}

Deno.serve(async (req: Request) => {
  if (req.method !== 'OPTIONS' && verifyJwt && !(await authorized(req))) return reply(401, 'invalid or missing JWT');
  const name = new URL(req.url).pathname.split('/')[1];
  if (!name || name === 'main' || !/^[A-Za-z0-9_-]+$/.test(name)) return reply(400, 'missing function name in the path');
  try {
    const worker = await EdgeRuntime.userWorkers.create({
      servicePath: `/home/deno/functions/${name}`,
      memoryLimitMb: 150,
      workerTimeoutMs: 60_000,
      noModuleCache: false,
      envVars: Object.entries(Deno.env.toObject()),
    });
    return await worker.fetch(req);
  } catch (err) {
    return reply(500, String(err));
  }
});
