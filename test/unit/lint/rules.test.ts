import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../../src/lint/run.js';
import { rules } from '../../../src/lint/rules/index.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
function jwt(payload: object, secret: string, alg = 'HS256'): string {
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}
const SECRET = 'Zr8Kq2Lm5Np7Rt9Vx3Bz6Cd4Fg1Hj0KwQe8Ty';
const NOW = new Date('2026-06-01T00:00:00Z');
const exp = (days: number) => Math.floor(NOW.getTime() / 1000) + days * 86400;

interface Case {
  name: string;
  files: Record<string, string>;
  args?: string[];
  env?: string[];
  environment?: string;
  /** `line rule` (file is the first compose file, or `file:line rule`) */
  want: string[];
}

async function lintCase(c: Case, rule: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pmoves-rule-'));
  for (const [name, text] of Object.entries(c.files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const r = await runLint({ files: c.args ?? Object.keys(c.files).filter((f) => f.endsWith('.yml')), envFiles: c.env, environment: c.environment, cwd: dir, rules: [rule], now: NOW });
  return r;
}

const svc = (body: string) => `services:\n${body}`;

const cases: Record<string, Case[]> = {
  'undefined-variable': [
    { name: 'no default, not set', files: { 'c.yml': svc('  a:\n    image: x:1\n    environment:\n      A: ${NOPE}\n      B: ${SET}\n      C: ${NOPE2:-d}\n'), 'e.env': 'SET=1\n' }, env: ['e.env'], want: ['5 undefined-variable'] },
    { name: ':? missing is an error', files: { 'c.yml': svc('  a:\n    image: x:1\n    command: ["${REQ:?set REQ}"]\n'), 'e.env': '' }, env: ['e.env'], want: ['4 undefined-variable error'] },
    { name: '.env next to the compose file is used', files: { 'c.yml': svc('  a:\n    image: x:${TAG}\n'), '.env': 'TAG=1\n' }, want: [] },
  ],
  'insecure-secret': [
    { name: 'placeholder and short JWT secret', files: { 'c.yml': svc('  a:\n    image: x:1\n'), 'e.env': 'POSTGRES_PASSWORD=changeme\nJWT_SECRET=short-but-random-Zx81\nDASHBOARD_PASSWORD=\nMINIO_ROOT_PASSWORD=minioadmin\n' }, env: ['e.env'], want: ['e.env:1 insecure-secret', 'e.env:2 insecure-secret', 'e.env:4 insecure-secret'] },
    { name: 'secret default in compose', files: { 'c.yml': svc('  a:\n    image: x:1\n    environment:\n      S: ${JWT_SECRET:-dev_jwt_secret}\n      T: ${JWT_SECRET:?required}\n') }, want: ['5 insecure-secret'] },
    { name: 'key signed with the demo secret', files: { 'c.yml': svc('  a:\n    image: x:1\n'), 'e.env': `ANON_KEY=${jwt({ role: 'anon', exp: exp(900) }, 'your-super-secret-jwt-token-with-at-least-32-characters-long')}\n` }, env: ['e.env'], want: ['e.env:1 insecure-secret'] },
  ],
  'jwt-key-mismatch': [
    {
      name: 'wrong secret, wrong role, expired, expiring, not a JWT, RS256',
      files: {
        'c.yml': svc('  a:\n    image: x:1\n'),
        'good.env': `JWT_SECRET=${SECRET}\nANON_KEY=${jwt({ role: 'anon', exp: exp(900) }, SECRET)}\nSERVICE_ROLE_KEY=${jwt({ role: 'service_role', exp: exp(900) }, SECRET)}\n`,
      },
      env: ['good.env'],
      want: [],
    },
    { name: 'signed by another secret', files: { 'c.yml': svc('  a:\n    image: x:1\n'), 'e.env': `JWT_SECRET=${SECRET}\nANON_KEY=${jwt({ role: 'anon', exp: exp(900) }, SECRET + 'x')}\n` }, env: ['e.env'], want: ['e.env:2 jwt-key-mismatch'] },
    { name: 'role swapped', files: { 'c.yml': svc('  a:\n    image: x:1\n'), 'e.env': `JWT_SECRET=${SECRET}\nSERVICE_ROLE_KEY=${jwt({ role: 'anon', exp: exp(900) }, SECRET)}\n` }, env: ['e.env'], want: ['e.env:2 jwt-key-mismatch'] },
    { name: 'expired', files: { 'c.yml': svc('  a:\n    image: x:1\n'), 'e.env': `JWT_SECRET=${SECRET}\nANON_KEY=${jwt({ role: 'anon', exp: exp(-1) }, SECRET)}\n` }, env: ['e.env'], want: ['e.env:2 jwt-key-mismatch error'] },
    { name: 'expiring within 90 days', files: { 'c.yml': svc('  a:\n    image: x:1\n'), 'e.env': `JWT_SECRET=${SECRET}\nANON_KEY=${jwt({ role: 'anon', exp: exp(30) }, SECRET)}\n` }, env: ['e.env'], want: ['e.env:2 jwt-key-mismatch warning'] },
    { name: 'random string', files: { 'c.yml': svc('  a:\n    image: x:1\n'), 'e.env': `ANON_KEY=Xq81bN2mZt5Lr7Kp9Vw3\n` }, env: ['e.env'], want: ['e.env:1 jwt-key-mismatch'] },
  ],
  'duplicate-key': [
    { name: 'env file, map (YAML) and list', files: { 'c.yml': svc('  a:\n    image: x:1\n    environment:\n      - A=1\n      - B=1\n      - A=2\n  b:\n    image: x:1\n    environment:\n      X: 1\n      X: 2\n'), 'e.env': 'K=1\nL=2\nK=3\n' }, env: ['e.env'], want: ['7 duplicate-key warning', '12 duplicate-key error', 'e.env:3 duplicate-key warning'] },
  ],
  'missing-healthcheck': [
    { name: 'waited on without healthcheck', files: { 'c.yml': svc('  db:\n    image: x:1\n  api:\n    image: x:1\n    depends_on:\n      db:\n        condition: service_healthy\n  web:\n    image: x:1\n    depends_on: [api]\n  job:\n    image: x:1\n  w2:\n    image: x:1\n    depends_on:\n      job:\n        condition: service_completed_successfully\n') }, want: ['2 missing-healthcheck error', '4 missing-healthcheck warning'] },
  ],
  'depends-on-condition': [
    { name: 'started only, unknown service', files: { 'c.yml': svc('  db:\n    image: x:1\n    healthcheck:\n      test: ["CMD", "true"]\n  api:\n    image: x:1\n    depends_on: [db, ghost]\n  ok:\n    image: x:1\n    depends_on:\n      db:\n        condition: service_healthy\n') }, want: ['8 depends-on-condition warning', '8 depends-on-condition error'] },
  ],
  'unpinned-image': [
    { name: 'no tag, latest, pinned, digest', files: { 'c.yml': svc('  a:\n    image: postgres\n  b:\n    image: nginx:latest\n  c:\n    image: nginx:1.27\n  d:\n    image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n') }, want: ['3 unpinned-image', '5 unpinned-image'] },
  ],
  'uppercase-image-ref': [
    { name: 'uppercase owner', files: { 'c.yml': svc('  a:\n    image: ghcr.io/PowerfulMoves/x:1.0\n  b:\n    image: ghcr.io/powerfulmoves/x:V1\n') }, want: ['3 uppercase-image-ref'] },
  ],
  'published-port-exposure': [
    { name: 'db on all interfaces', files: { 'c.yml': svc('  db:\n    image: supabase/postgres:15.8\n    ports:\n      - "5432:5432"\n      - "127.0.0.1:5433:5432"\n  pg2:\n    image: postgres:16\n    ports:\n      - target: 5432\n        published: 6000\n  web:\n    image: nginx:1\n    ports: ["80:80"]\n') }, want: ['5 published-port-exposure', '10 published-port-exposure'] },
  ],
  'port-collision': [
    { name: 'same host port twice', files: { 'c.yml': svc('  a:\n    image: x:1\n    ports: ["8000:80"]\n  b:\n    image: x:1\n    ports: ["127.0.0.1:8000:81", "9000-9001:9000-9001"]\n  c:\n    image: x:1\n    ports: ["9001:1", "8001:80/udp"]\n') }, want: ['7 port-collision', '10 port-collision'] },
  ],
  'container-name-collision': [
    { name: 'same container_name', files: { 'c.yml': svc('  a:\n    image: x:1\n    container_name: db\n  b:\n    image: x:1\n    container_name: db\n') }, want: ['7 container-name-collision'] },
  ],
  'conflicting-service-definition': [
    { name: 'override with another image', files: { 'a.yml': svc('  db:\n    image: postgres:15\n'), 'b.yml': svc('  db:\n    image: postgres:16\n  x:\n    image: y:1\n') }, args: ['a.yml', 'b.yml'], want: ['b.yml:3 conflicting-service-definition'] },
  ],
  'missing-supabase-service': [
    { name: 'three of thirteen', files: { 'c.yml': svc('  db:\n    image: supabase/postgres:15.8\n  auth:\n    image: supabase/gotrue:v2\n  kong:\n    image: kong:2.8.1\n') }, want: ['1 missing-supabase-service'] },
  ],
  'functions-verify-jwt-off': [
    { name: 'production only', environment: 'production', files: { 'c.yml': svc('  functions:\n    image: supabase/edge-runtime:v1\n    environment:\n      VERIFY_JWT: "${FUNCTIONS_VERIFY_JWT}"\n'), 'env.production': 'FUNCTIONS_VERIFY_JWT=false\n' }, args: ['c.yml', 'env.production'], want: ['5 functions-verify-jwt-off', 'env.production:1 functions-verify-jwt-off'] },
    { name: 'not in development', files: { 'c.yml': svc('  functions:\n    image: supabase/edge-runtime:v1\n    environment:\n      VERIFY_JWT: "${FUNCTIONS_VERIFY_JWT}"\n'), 'env.development': 'FUNCTIONS_VERIFY_JWT=false\n' }, args: ['c.yml', 'env.development'], want: [] },
  ],
  'env-file-missing': [
    { name: 'missing, optional, present', files: { 'c.yml': svc('  a:\n    image: x:1\n    env_file:\n      - there.env\n      - missing.env\n      - path: optional.env\n        required: false\n'), 'there.env': 'A=1\n' }, args: ['c.yml'], want: ['6 env-file-missing'] },
  ],
  'unsafe-secret-chars': [
    { name: 'URL-breaking characters', files: { 'c.yml': svc('  a:\n    image: x:1\n'), 'e.env': "POSTGRES_PASSWORD='Ab3@Cd5/Ef7?Gh9#Ij1:Kl3&Mn5pQ7'\nDASHBOARD_PASSWORD=Ab3Cd5Ef7Gh9Ij1Kl3Mn5pQ7Rs9Tu1Vw\n" }, env: ['e.env'], want: ['e.env:1 unsafe-secret-chars'] },
  ],
  'hardcoded-variable': [
    { name: 'hard-coded GOTRUE_JWT_EXP and secret', files: { 'c.yml': svc('  auth:\n    image: supabase/gotrue:v2\n    environment:\n      GOTRUE_JWT_EXP: 3600\n      GOTRUE_JWT_SECRET: abc\n      PGRST_JWT_SECRET: ${JWT_SECRET}\n') }, want: ['5 hardcoded-variable warning', '6 hardcoded-variable error'] },
  ],
  'invalid-interpolation': [
    { name: 'unclosed brace', files: { 'c.yml': svc('  a:\n    image: x:${TAG\n') }, want: ['3 invalid-interpolation'] },
  ],
  'legacy-supabase-variable': [
    { name: 'opaque keys under the new upstream names are not legacy', files: { 'c.yml': svc('  a:\n    image: x:1\n    environment:\n      K: ${SUPABASE_PUBLISHABLE_KEY}\n'), 'e.env': 'SUPABASE_PUBLISHABLE_KEY=sb_publishable_abc123\nSUPABASE_SECRET_KEY=sb_secret_abc123\n' }, env: ['e.env'], want: [] },
    { name: 'alias sprawl', files: { 'c.yml': svc('  a:\n    image: x:1\n'), 'e.env': `SERVICE_ROLE_KEY=a\nSUPABASE_SERVICE_KEY=a\nSUPABASE_KEY=a\n` }, env: ['e.env'], want: ['e.env:2 legacy-supabase-variable warning', 'e.env:3 legacy-supabase-variable warning'] },
  ],
};

describe('rules', () => {
  it('every rule has a table of cases and docs', () => {
    const tested = new Set([...Object.keys(cases), 'compose-schema']);
    expect(rules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
    for (const r of rules) expect(r.description.length).toBeGreaterThan(10);
  });
  for (const [rule, list] of Object.entries(cases)) {
    describe(rule, () => {
      it.each(list)('$name', async (c) => {
        const r = await lintCase(c, rule);
        const first = Object.keys(c.files).find((f) => f.endsWith('.yml'));
        const got = r.findings.map((f) => {
          const where = f.file === first ? `${f.line}` : `${f.file}:${f.line}`;
          return c.want.some((w) => w.split(' ').length === 3) ? `${where} ${f.rule} ${f.severity}` : `${where} ${f.rule}`;
        });
        const want = c.want.map((w) => (c.want.some((x) => x.split(' ').length === 3) && w.split(' ').length === 2 ? `${w} ${rules.find((x) => x.id === rule)!.severity}` : w));
        expect(got.sort()).toEqual(want.sort());
        for (const f of r.findings) expect(f.message.length).toBeGreaterThan(10);
      });
    });
  }
});
