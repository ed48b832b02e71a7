import { describe, expect, it } from 'vitest';
import { MetricsRegistry } from '../../src/ops/metrics.js';
import { formatStatusTable, localHealth, mergeStatus, type LocalTableStatus } from '../../src/ops/status-model.js';
import { niceMax, renderLineChart } from '../../src/ops/chart.js';
import { messageIdFor, subjectFor } from '../../src/ops/nats.js';

describe('prometheus text', () => {
  it('renders counters, gauges and histograms with escaped labels', () => {
    const r = new MetricsRegistry();
    const c = r.counter('x_total', 'things');
    c.inc({ table: 'jobs', op: 'insert' }, 3);
    c.inc({ op: 'insert', table: 'jobs' });
    r.gauge('g', 'a gauge').set({ t: 'a"b\\c\nd' }, 1.5);
    const h = r.histogram('d_seconds', 'durations', [0.1, 1]);
    h.observe({}, 0.05);
    h.observe({}, 0.5);
    h.observe({}, 3);
    const text = r.render();
    expect(text).toContain('# TYPE x_total counter');
    expect(text).toContain('x_total{op="insert",table="jobs"} 4');
    expect(text).toContain('g{t="a\\"b\\\\c\\nd"} 1.5');
    expect(text).toContain('d_seconds_bucket{le="0.1"} 1');
    expect(text).toContain('d_seconds_bucket{le="1"} 2');
    expect(text).toContain('d_seconds_bucket{le="+Inf"} 3');
    expect(text).toContain('d_seconds_count 3');
    expect(() => c.inc({}, -1)).toThrow(/cannot decrease/);
  });
});

describe('status model', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  const l = (o: Partial<LocalTableStatus>): LocalTableStatus => ({
    table: 'jobs', pending: 0, failed: 0, oldestPendingAgeSeconds: null, lastShippedAt: '2026-01-01T11:59:59Z', ...o,
  });
  it.each([
    [l({}), 'healthy'],
    [l({ pending: 1001, oldestPendingAgeSeconds: 10 }), 'lagging'],
    [l({ failed: 101 }), 'failing'],
    [l({ pending: 5, oldestPendingAgeSeconds: 400, lastShippedAt: '2026-01-01T11:50:00Z' }), 'stale'],
    // Shipping keeps up although one old row waits behind a held key: not stale.
    [l({ pending: 5, oldestPendingAgeSeconds: 400 }), 'healthy'],
  ] as const)('local health %#', (input, want) => {
    expect(localHealth(input, now)).toBe(want);
  });

  it('merges live outbox counts over the centre and keeps the worse health', () => {
    const rows = mergeStatus({
      site: 'edge-1',
      now,
      local: [l({ pending: 2000, oldestPendingAgeSeconds: 30 })],
      central: [
        { site: 'edge-1', table: 'jobs', pending: 0, failed: 0, lastSyncAt: '2026-01-01T11:59:00Z', lastSyncStatus: 'ok', lastError: null, health: 'healthy' },
        { site: 'edge-2', table: 'jobs', pending: 3, failed: 200, lastSyncAt: null, lastSyncStatus: 'error', lastError: 'boom', health: 'failing' },
      ],
    });
    expect(rows.map((r) => [r.site, r.pending, r.health, r.source])).toEqual([
      ['edge-1', 2000, 'lagging', 'local'],
      ['edge-2', 3, 'failing', 'central'],
    ]);
    expect(rows[0].lastSyncAt).toBe('2026-01-01T11:59:59Z');
    const text = formatStatusTable({ generatedAt: '', site: 'edge-1', central: { reachable: true }, local: { reachable: true }, rows }, now);
    expect(text.split('\n')[0]).toMatch(/^SITE\s+TABLE\s+PENDING\s+FAILED\s+OLDEST PENDING\s+LAST SYNC\s+HEALTH$/);
    expect(text).toMatch(/edge-1\s+jobs\s+2000\s+0\s+30s\s+1s ago\s+lagging/);
    expect(text).toContain('edge-2/jobs: last error: boom');
  });
});

describe('chart and subjects', () => {
  it('picks readable axis maxima', () => {
    expect([0, 0.3, 7, 10, 11, 420, 1001].map(niceMax)).toEqual([1, 0.5, 10, 10, 20, 500, 2000]);
  });
  it('draws one path per series inside the window and escapes names', () => {
    const now = 1_000_000;
    const svg = renderLineChart(
      [
        { name: '<jobs>', color: '#000', points: [{ t: now - 1000, v: 1 }, { t: now, v: 2 }] },
        { name: 'old', color: '#111', points: [{ t: now - 10 * 60_000, v: 5 }] },
      ],
      { title: 't', now, windowMs: 60_000 },
    );
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toContain('&lt;jobs&gt;');
    expect(svg).not.toContain('<jobs>');
  });
  it('maps tables and ops to subjects and ids', () => {
    expect(subjectFor('jobs', 'insert')).toBe('supabase.sync.jobs.insert');
    expect(subjectFor('public.tasks', 'delete')).toBe('supabase.sync.tasks.delete');
    expect(subjectFor('agent.state', 'update')).toBe('supabase.sync.agent_state.update');
    expect(messageIdFor('edge-1', '42')).toBe('edge-1:42');
  });
});

describe('monitor without a readable centre (SYNC_TRANSPORT=rest)', () => {
  it('reports the centre as not read rather than unreachable, and still shows the outbox', async () => {
    const { SyncMonitor } = await import('../../src/ops/monitor.js');
    const { renderPage } = await import('../../src/ops/page.js');
    const m = new SyncMonitor({
      site: 'edge-r',
      reader: {
        readLocal: async () => [{ table: 'jobs', pending: 7, failed: 0, oldestPendingAgeSeconds: 3, lastShippedAt: null }],
        close: async () => {},
      },
    });
    await m.poll();
    const s = m.snapshot();
    expect(s.central).toMatchObject({ reachable: false, error: expect.stringMatching(/^not read/) });
    expect(s.rows).toMatchObject([{ site: 'edge-r', table: 'jobs', pending: 7, source: 'local' }]);
    const html = renderPage(s);
    expect(html).toContain('not read here');
    expect(html).not.toContain('unreachable');
    expect(m.health()).toMatchObject({ ok: true, local: true, central: false });
  });
});

describe('monitor: collapsed changes', () => {
  it('counts changes superseded at the edge on /metrics and the page, apart from the applied ones', async () => {
    const { EventEmitter } = await import('node:events');
    const { SyncMonitor } = await import('../../src/ops/monitor.js');
    const { renderPage } = await import('../../src/ops/page.js');
    const m = new SyncMonitor({ site: 'edge-c', reader: { readLocal: async () => [], close: async () => {} } });
    const worker = new EventEmitter();
    m.attach(worker);
    worker.emit('applied', { site: 'edge-c', batchId: 'b', centralHlc: '1', durationMs: 3, changes: [{ outboxId: '1000', table: 'jobs', op: 'update', key: { id: 1 }, row: { id: 1 }, hlc: '1' }] });
    worker.emit('collapsed', { site: 'edge-c', changes: 999 });
    worker.emit('collapsed', { site: 'edge-c', changes: 1 });
    expect(m.metrics.render()).toMatch(/^pmoves_sync_collapsed_changes_total 1000$/m);
    expect(m.metrics.render()).toMatch(/^pmoves_sync_applied_changes_total\{op="update",table="jobs"\} 1$/m);
    const s = m.snapshot();
    expect(s.worker).toMatchObject({ appliedTotal: 1, collapsedTotal: 1000 });
    expect(renderPage(s)).toContain('+1000 collapsed');
  });
});
