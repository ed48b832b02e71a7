/**
 * Inline SVG line charts for the status page: no script, no CDN, no external asset, so the
 * page works on an air-gapped edge box and in a screenshot.
 */
export interface Series {
  name: string;
  color: string;
  points: Array<{ t: number; v: number }>;
}

export interface ChartOptions {
  width?: number;
  height?: number;
  title: string;
  unit?: string;
  /** Time window shown, ending now. */
  windowMs?: number;
  now?: number;
}

export const PALETTE = ['#2563eb', '#16a34a', '#d97706', '#dc2626', '#7c3aed', '#0891b2', '#be185d', '#4d7c0f'];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** 1, 2 or 5 times a power of ten, so axis labels read well. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function fmt(v: number): string {
  if (v >= 1_000_000) return `${+(v / 1_000_000).toFixed(1)}M`;
  if (v >= 1000) return `${+(v / 1000).toFixed(1)}k`;
  return String(+v.toPrecision(3));
}

export function renderLineChart(series: Series[], o: ChartOptions): string {
  const width = o.width ?? 560;
  const height = o.height ?? 200;
  const pad = { l: 48, r: 12, t: 26, b: 24 };
  const now = o.now ?? Date.now();
  // The window grows with the data, from one minute up to `windowMs` (5 min), so a lab that
  // just started does not squeeze its first seconds against the right edge.
  const maxWindow = o.windowMs ?? 5 * 60_000;
  const first = Math.min(...series.flatMap((s) => s.points.map((p) => p.t)), now);
  const windowMs = Math.min(maxWindow, Math.max(60_000, Math.ceil((now - first) / 60_000) * 60_000));
  const t0 = now - windowMs;
  const plotW = width - pad.l - pad.r;
  const plotH = height - pad.t - pad.b;
  const visible = series.map((s) => ({ ...s, points: s.points.filter((p) => p.t >= t0) }));
  const max = niceMax(Math.max(0, ...visible.flatMap((s) => s.points.map((p) => p.v))));
  const x = (t: number) => pad.l + ((t - t0) / windowMs) * plotW;
  const y = (v: number) => pad.t + plotH - (v / max) * plotH;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(o.title)}">`,
  );
  parts.push(`<text x="${pad.l}" y="16" font-size="13" font-weight="600" fill="#111827">${escapeHtml(o.title)}</text>`);
  for (let i = 0; i <= 4; i++) {
    const v = (max * i) / 4;
    const yy = y(v).toFixed(1);
    parts.push(`<line x1="${pad.l}" x2="${width - pad.r}" y1="${yy}" y2="${yy}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${pad.l - 6}" y="${(+yy + 4).toFixed(1)}" font-size="10" text-anchor="end" fill="#6b7280">${fmt(v)}${i === 4 && o.unit ? escapeHtml(o.unit) : ''}</text>`);
  }
  const stepMs = windowMs <= 60_000 ? 10_000 : windowMs <= 180_000 ? 30_000 : 60_000;
  const steps = Math.round(windowMs / stepMs);
  for (let i = 0; i <= steps; i++) {
    const xx = x(t0 + i * stepMs).toFixed(1);
    const ago = (steps - i) * stepMs;
    const label = ago === 0 ? 'now' : ago % 60_000 === 0 ? `-${ago / 60_000}m` : `-${ago / 1000}s`;
    parts.push(`<text x="${xx}" y="${height - 6}" font-size="10" text-anchor="middle" fill="#6b7280">${label}</text>`);
  }
  parts.push(`<rect x="${pad.l}" y="${pad.t}" width="${plotW}" height="${plotH}" fill="none" stroke="#d1d5db"/>`);
  for (const s of visible) {
    if (s.points.length === 0) continue;
    const d = s.points.map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join('');
    parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2" stroke-linejoin="round"><title>${escapeHtml(s.name)}</title></path>`);
  }
  if (visible.every((s) => s.points.length === 0)) {
    parts.push(`<text x="${pad.l + plotW / 2}" y="${pad.t + plotH / 2}" font-size="12" text-anchor="middle" fill="#9ca3af">no samples yet</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
