import { escapeHtml, PALETTE, renderLineChart, type Series } from './chart.js';
import type { MonitorSnapshot } from './monitor.js';
import { formatAge, formatSince, type Health } from './status-model.js';

const HEALTH_COLOR: Record<Health, string> = {
  healthy: '#16a34a',
  lagging: '#d97706',
  stale: '#dc2626',
  failing: '#dc2626',
  unknown: '#6b7280',
};

const STATE_COLOR: Record<string, string> = {
  running: '#16a34a',
  backoff: '#d97706',
  offline: '#dc2626',
  stopped: '#6b7280',
  unknown: '#6b7280',
};

function badge(text: string, color: string): string {
  return `<span class="badge" style="background:${color}">${escapeHtml(text)}</span>`;
}

function keyText(key: Record<string, unknown> | undefined): string {
  if (!key) return '';
  return Object.entries(key)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}

/** The part of the page that refreshes: everything below the title. */
export function renderLive(s: MonitorSnapshot, now = Date.now()): string {
  const tables = Object.keys(s.history).sort();
  const colorOf = new Map(tables.map((t, i) => [t, PALETTE[i % PALETTE.length]]));
  const pendingSeries: Series[] = tables.map((t) => ({
    name: t,
    color: colorOf.get(t)!,
    points: s.history[t].map((p) => ({ t: p.t, v: p.pending })),
  }));
  const lagSeries: Series[] = tables.map((t) => ({
    name: t,
    color: colorOf.get(t)!,
    points: s.history[t].map((p) => ({ t: p.t, v: p.lagSeconds })),
  }));
  const w = s.worker;
  const out: string[] = [];
  out.push('<section class="summary">');
  out.push(`<div><div class="k">worker</div><div class="v">${badge(w.state, STATE_COLOR[w.state] ?? '#6b7280')} <small>since ${escapeHtml(formatSince(w.stateSince, now))}</small></div></div>`);
  out.push(`<div><div class="k">centre</div><div class="v">${s.central.reachable ? badge('reachable', '#16a34a') : s.central.error?.startsWith('not read') ? badge('not read here', '#6b7280') : badge('unreachable', '#dc2626')}</div></div>`);
  out.push(`<div><div class="k">pending</div><div class="v" id="pending-total">${s.rows.filter((r) => r.site === s.site).reduce((n, r) => n + r.pending, 0)}</div></div>`);
  out.push(
    `<div><div class="k">applied</div><div class="v" id="applied-total">${w.appliedTotal}${w.collapsedTotal ? ` <small>+${w.collapsedTotal} collapsed</small>` : ''}</div></div>`,
  );
  out.push(`<div><div class="k">rate</div><div class="v">${w.rate.toFixed(1)}/s</div></div>`);
  out.push(`<div><div class="k">last batch</div><div class="v">${w.lastBatch ? `${w.lastBatch.changes} in ${Math.round(w.lastBatch.durationMs)} ms, ${escapeHtml(formatSince(w.lastBatch.at, now))}` : 'none yet'}</div></div>`);
  for (const [k, v] of Object.entries(s.extra)) {
    out.push(`<div><div class="k">${escapeHtml(k)}</div><div class="v">${escapeHtml(typeof v === 'string' ? v : JSON.stringify(v))}</div></div>`);
  }
  out.push('</section>');
  if (!s.central.reachable && s.central.error && !s.central.error.startsWith('not read')) out.push(`<p class="warn">centre: ${escapeHtml(s.central.error)} — changes wait in the outbox and ship when it is back.</p>`);
  if (!s.local.reachable && s.local.error) out.push(`<p class="warn">edge database: ${escapeHtml(s.local.error)}</p>`);

  out.push('<section class="charts">');
  out.push(renderLineChart(pendingSeries, { title: 'pending changes per table', now }));
  out.push(renderLineChart(lagSeries, { title: 'lag (oldest pending change) per table', unit: 's', now }));
  out.push('</section>');
  out.push(
    `<div class="legend">${tables.map((t) => `<span><i style="background:${colorOf.get(t)}"></i>${escapeHtml(t)}</span>`).join('')}</div>`,
  );

  out.push('<h2>tables</h2><table><thead><tr><th>site</th><th>table</th><th class="n">pending</th><th class="n">failed</th><th>oldest pending</th><th>last sync</th><th>health</th></tr></thead><tbody>');
  if (s.rows.length === 0) out.push('<tr><td colspan="7" class="muted">no synced tables reported yet</td></tr>');
  for (const r of s.rows) {
    out.push(
      `<tr><td>${escapeHtml(r.site)}</td><td>${escapeHtml(r.table)}</td><td class="n">${r.pending}</td><td class="n">${r.failed}</td><td>${formatAge(r.oldestPendingAgeSeconds)}</td><td>${escapeHtml(formatSince(r.lastSyncAt, now))}</td><td>${badge(r.health, HEALTH_COLOR[r.health])}</td></tr>`,
    );
  }
  out.push('</tbody></table>');

  const conflicts = s.recent.filter((e) => e.kind === 'conflict');
  const problems = s.recent.filter((e) => e.kind !== 'conflict');
  out.push('<section class="events">');
  out.push('<div><h2>recent conflicts</h2>');
  out.push(conflicts.length ? eventList(conflicts.slice(0, 12), now) : '<p class="muted">none</p>');
  out.push('</div><div><h2>recent failures and errors</h2>');
  out.push(problems.length ? eventList(problems.slice(0, 12), now) : '<p class="muted">none</p>');
  out.push('</div></section>');
  out.push(`<p class="muted">updated ${escapeHtml(s.generatedAt)}</p>`);
  return out.join('\n');
}

function eventList(events: MonitorSnapshot['recent'], now: number): string {
  return `<ul>${events
    .map(
      (e) =>
        `<li><span class="muted">${escapeHtml(formatSince(e.at, now))}</span> <b>${escapeHtml(e.kind)}</b> ${e.table ? `${escapeHtml(e.table)} ` : ''}${e.key ? `<code>${escapeHtml(keyText(e.key))}</code> ` : ''}${escapeHtml(e.message)}</li>`,
    )
    .join('')}</ul>`;
}

const CSS = `
body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#111827;background:#f9fafb}
header{background:#111827;color:#f9fafb;padding:12px 24px;display:flex;gap:16px;align-items:baseline}
header h1{font-size:18px;margin:0}main{padding:16px 24px}
.summary{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:12px}
.summary>div{background:#fff;border:1px solid #e5e7eb;border-radius:6px;padding:8px 12px;min-width:110px}
.k{font-size:11px;text-transform:uppercase;color:#6b7280}.v{font-size:16px;font-weight:600}
.badge{color:#fff;border-radius:4px;padding:1px 6px;font-size:12px;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:12px}.charts svg{background:#fff;border:1px solid #e5e7eb;border-radius:6px}
.legend{margin:6px 0 12px}.legend span{margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
table{border-collapse:collapse;background:#fff;border:1px solid #e5e7eb}th,td{padding:4px 10px;border-bottom:1px solid #f3f4f6;text-align:left}
th{font-size:11px;text-transform:uppercase;color:#6b7280}.n{text-align:right;font-variant-numeric:tabular-nums}
h2{font-size:14px;margin:16px 0 6px}.muted{color:#6b7280}.warn{background:#fef3c7;border:1px solid #f59e0b;padding:6px 10px;border-radius:6px}
.events{display:flex;flex-wrap:wrap;gap:24px}.events>div{flex:1;min-width:320px}.events ul{margin:0;padding-left:18px}
code{background:#f3f4f6;padding:0 3px;border-radius:3px}
`;

/** The whole page. The script only swaps in /live every two seconds; the page is complete without it. */
export function renderPage(s: MonitorSnapshot, opts: { title?: string; refreshMs?: number } = {}): string {
  const refresh = opts.refreshMs ?? 2000;
  const title = opts.title ?? `pmoves-sync · ${s.site}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<noscript><meta http-equiv="refresh" content="${Math.ceil(refresh / 1000)}"></noscript>
<style>${CSS}</style></head>
<body><header><h1>${escapeHtml(title)}</h1><span class="muted">dual-write sync: edge outbox → centre</span></header>
<main id="live">${renderLive(s)}</main>
<script>
(function(){var el=document.getElementById('live');
setInterval(function(){fetch('live',{cache:'no-store'}).then(function(r){return r.ok?r.text():null}).then(function(t){if(t!==null)el.innerHTML=t}).catch(function(){})},${refresh});})();
</script></body></html>
`;
}
