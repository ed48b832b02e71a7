import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompose, parseComposeText } from '../../../src/compose/load.js';
import { mergeCompose } from '../../../src/compose/merge.js';
import { validateComposeFile } from '../../../src/compose/validate.js';

describe('parseComposeText', () => {
  const text = [
    'x-common: &common', // 1
    '  restart: unless-stopped', // 2
    'services:', // 3
    '  kong:', // 4
    '    <<: *common', // 5
    '    image: "kong:${KONG_TAG:-2.8.1}"', // 6
    '    ports:', // 7
    '      - ${KONG_HTTP_PORT}:8000/tcp', // 8
    '    environment:', // 9
    '      A: $$literal', // 10
    '      B: ${UNSET}', // 11
  ].join('\n');
  const f = parseComposeText(text, 'c.yml', { KONG_HTTP_PORT: '8000' });

  it('interpolates values, resolves anchors and merge keys', () => {
    expect(f.model.services.kong).toEqual({
      restart: 'unless-stopped',
      image: 'kong:2.8.1',
      ports: ['8000:8000/tcp'],
      environment: { A: '$literal', B: '' },
    });
    expect(f.raw.services.kong.image).toBe('kong:${KONG_TAG:-2.8.1}');
  });

  it('locates keys and values, and every reference at its line and column', () => {
    expect(f.locate(['services', 'kong', 'image'])).toEqual({ file: 'c.yml', line: 6, column: 12 });
    expect(f.locate(['services', 'kong', 'image'], 'key')).toEqual({ file: 'c.yml', line: 6, column: 5 });
    expect(f.locate(['services', 'kong', 'ports', 0])).toEqual({ file: 'c.yml', line: 8, column: 9 });
    expect(f.locate(['services', 'kong', 'nope', 'deeper'])).toEqual({ file: 'c.yml', line: 4, column: 3 });
    const g = parseComposeText('x-l: &l\n  driver: json-file\nservices:\n  a:\n    image: x:1\n    logging: *l\n', 'g.yml', {});
    expect(g.model.services.a.logging).toEqual({ driver: 'json-file' });
    expect(g.locate(['services', 'a', 'logging'])).toEqual({ file: 'g.yml', line: 6, column: 14 });
    expect(f.refs.map((r) => [r.name, r.op, r.line, r.column, r.evaluated])).toEqual([
      ['KONG_TAG', ':-', 6, 18, true],
      ['KONG_HTTP_PORT', '', 8, 9, true],
      ['UNSET', '', 11, 10, true],
    ]);
  });

  it('casts unquoted interpolated numbers and booleans like compose', () => {
    const g = parseComposeText('services:\n  a:\n    image: x:1\n    read_only: ${RO}\n    cpu_shares: ${N}\n    labels:\n      q: "${N}"\n', 'c.yml', { RO: 'true', N: '512' });
    expect(g.model.services.a).toMatchObject({ read_only: true, cpu_shares: 512, labels: { q: '512' } });
    expect(validateComposeFile(g)).toEqual([]);
  });

  it('validates after interpolation: the upstream "${PORT}:8000/tcp" ports are valid, errors sit at their line', () => {
    expect(validateComposeFile(f)).toEqual([]);
    const bad = parseComposeText('services:\n  a:\n    image: x:1\n    healthcheck:\n      interval: 5\n      bogus: 1\n    depends_on:\n      b:\n        condition: service_ready\n', 'b.yml', {});
    expect(validateComposeFile(bad).map((p) => [p.loc.line, p.message])).toEqual([
      [5, 'services.a.healthcheck.interval: must be string'],
      [6, 'services.a.healthcheck.bogus: unknown key "bogus" (not in the Compose Specification)'],
      [9, 'services.a.depends_on.b.condition: must be one of "service_started", "service_healthy", "service_completed_successfully"'],
    ]);
  });
});

describe('loadCompose: merge and profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmoves-compose-'));
  writeFileSync(
    join(dir, 'a.yml'),
    'services:\n  db:\n    image: postgres:15\n    command: ["a"]\n    environment: ["A=1", "B=1"]\n    ports: ["5432:5432"]\n    volumes: ["data:/var/lib/postgresql/data"]\n  tools:\n    image: busybox:1\n    profiles: [debug]\n',
  );
  writeFileSync(join(dir, 'b.yml'), 'services:\n  db:\n    image: postgres:${PG}\n    command: ["b"]\n    environment:\n      B: "2"\n    ports: ["127.0.0.1:5433:5432"]\n    volumes: ["other:/var/lib/postgresql/data"]\n');

  it('merges like docker compose -f a -f b and locates the overriding file', () => {
    const p = loadCompose({ files: [join(dir, 'a.yml'), join(dir, 'b.yml')], env: { PG: '16' } });
    expect(p.model.services.db).toEqual({
      image: 'postgres:16',
      command: ['b'],
      environment: { A: '1', B: '2' },
      ports: ['5432:5432', '127.0.0.1:5433:5432'],
      volumes: ['other:/var/lib/postgresql/data'],
    });
    expect(p.locate(['services', 'db', 'image'])).toMatchObject({ file: join(dir, 'b.yml'), line: 3 });
    expect(p.locate(['services', 'tools', 'image'])).toMatchObject({ file: join(dir, 'a.yml'), line: 9 });
    expect(p.serviceFiles.get('db')).toEqual([join(dir, 'a.yml'), join(dir, 'b.yml')]);
    expect(Object.keys(p.model.services)).toEqual(['db', 'tools']);
  });

  it('profiles: services outside the active profiles are left out', () => {
    const off = loadCompose({ files: [join(dir, 'a.yml')], env: {}, profiles: [] });
    expect(Object.keys(off.model.services)).toEqual(['db']);
    expect(off.inactiveServices).toEqual(['tools']);
    const on = loadCompose({ files: [join(dir, 'a.yml')], env: {}, profiles: ['debug'] });
    expect(Object.keys(on.model.services)).toEqual(['db', 'tools']);
  });

  it('mergeCompose normalises depends_on lists to maps', () => {
    expect(mergeCompose([{ services: { a: { depends_on: ['db'] } } }, { services: { a: { depends_on: { cache: { condition: 'service_healthy' } } } } }]).services.a.depends_on).toEqual({
      db: { condition: 'service_started' },
      cache: { condition: 'service_healthy' },
    });
  });
});
