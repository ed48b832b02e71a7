import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../support/postgres.js';
import { hasNatsServer, skipUnless } from '../support/require.js';
import { startNats } from '../support/nats.js';
import { connect } from 'node:net';

// The test harness itself: real PostgreSQL 15 and nats-server come up on loopback.
describe('embedded PostgreSQL 15', () => {
  let pg: TestPostgres;
  beforeAll(async () => { pg = await startPostgres(); });
  afterAll(async () => { await pg?.stop(); });
  it('answers queries and is version 15', async () => {
    const r = await pg.query<{ server_version: string }>('show server_version');
    expect(r.rows[0].server_version).toMatch(/^15\./);
  });
});

describe.skipIf(skipUnless('nats-server', hasNatsServer()))('nats-server', () => {
  it('starts with JetStream and accepts a TCP connection', async () => {
    const nats = await startNats();
    try {
      const banner = await new Promise<string>((resolve, reject) => {
        const s = connect(nats.port, '127.0.0.1');
        s.once('data', (d) => { resolve(d.toString()); s.destroy(); });
        s.once('error', reject);
      });
      expect(banner).toMatch(/^INFO .*"jetstream":true/);
    } finally {
      await nats.stop();
    }
  });
});
