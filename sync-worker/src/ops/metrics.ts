/**
 * A small Prometheus text-format registry (exposition format 0.0.4). The worker needs a
 * handful of counters, gauges and one histogram; a dependency for that is not worth it.
 */
export type Labels = Record<string, string>;
type Kind = 'counter' | 'gauge' | 'histogram';

interface Family {
  name: string;
  help: string;
  kind: Kind;
  values: Map<string, { labels: Labels; value: number }>;
  buckets?: number[];
  histos?: Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>;
}

const NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join('\u0000');
}

/** Label values escape backslash, double quote and newline (the format's only escapes). */
function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function renderLabels(labels: Labels, extra?: [string, string]): string {
  const parts = Object.keys(labels)
    .sort()
    .map((k) => `${k}="${escapeLabel(labels[k])}"`);
  if (extra) parts.push(`${extra[0]}="${escapeLabel(extra[1])}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  return String(n);
}

export class MetricsRegistry {
  private families = new Map<string, Family>();

  private family(name: string, help: string, kind: Kind, buckets?: number[]): Family {
    let f = this.families.get(name);
    if (!f) {
      if (!NAME_RE.test(name)) throw new Error(`invalid metric name ${name}`);
      f = { name, help, kind, values: new Map(), buckets, histos: buckets ? new Map() : undefined };
      this.families.set(name, f);
    } else if (f.kind !== kind) {
      throw new Error(`metric ${name} registered as ${f.kind}, used as ${kind}`);
    }
    return f;
  }

  counter(name: string, help: string) {
    const f = this.family(name, help, 'counter');
    return {
      inc: (labels: Labels = {}, by = 1) => {
        if (by < 0) throw new Error(`counter ${name} cannot decrease`);
        const k = labelKey(labels);
        const cur = f.values.get(k);
        if (cur) cur.value += by;
        else f.values.set(k, { labels: { ...labels }, value: by });
      },
      get: (labels: Labels = {}) => f.values.get(labelKey(labels))?.value ?? 0,
    };
  }

  gauge(name: string, help: string) {
    const f = this.family(name, help, 'gauge');
    return {
      set: (labels: Labels, value: number) => {
        f.values.set(labelKey(labels), { labels: { ...labels }, value });
      },
      /** Replace every series at once, so series of tables that disappeared do not linger. */
      replace: (series: Array<{ labels: Labels; value: number }>) => {
        f.values.clear();
        for (const s of series) f.values.set(labelKey(s.labels), { labels: { ...s.labels }, value: s.value });
      },
      get: (labels: Labels = {}) => f.values.get(labelKey(labels))?.value,
    };
  }

  histogram(name: string, help: string, buckets: number[]) {
    const sorted = [...buckets].sort((a, b) => a - b);
    const f = this.family(name, help, 'histogram', sorted);
    return {
      observe: (labels: Labels, value: number) => {
        const k = labelKey(labels);
        let h = f.histos!.get(k);
        if (!h) {
          h = { labels: { ...labels }, counts: sorted.map(() => 0), sum: 0, count: 0 };
          f.histos!.set(k, h);
        }
        for (let i = 0; i < sorted.length; i++) if (value <= sorted[i]) h.counts[i]++;
        h.sum += value;
        h.count++;
      },
    };
  }

  render(): string {
    const out: string[] = [];
    for (const f of this.families.values()) {
      out.push(`# HELP ${f.name} ${f.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`);
      out.push(`# TYPE ${f.name} ${f.kind}`);
      if (f.kind === 'histogram') {
        for (const h of f.histos!.values()) {
          f.buckets!.forEach((b, i) => out.push(`${f.name}_bucket${renderLabels(h.labels, ['le', formatNumber(b)])} ${h.counts[i]}`));
          out.push(`${f.name}_bucket${renderLabels(h.labels, ['le', '+Inf'])} ${h.count}`);
          out.push(`${f.name}_sum${renderLabels(h.labels)} ${formatNumber(h.sum)}`);
          out.push(`${f.name}_count${renderLabels(h.labels)} ${h.count}`);
        }
      } else {
        for (const v of f.values.values()) out.push(`${f.name}${renderLabels(v.labels)} ${formatNumber(v.value)}`);
      }
    }
    return out.join('\n') + '\n';
  }
}
