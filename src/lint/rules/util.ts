import type { ComposeFile, ComposeProject, Location, Path } from '../../compose/load.js';
import { findReferences } from '../../compose/interpolate.js';
import { pathKey } from '../../compose/load.js';
import type { EnvSource, LintUnit, RuleContext, TextEdit } from '../types.js';

export const isObj = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function services(project: ComposeProject): Array<[string, Record<string, any>]> {
  const s = project.model?.services;
  if (!isObj(s)) return [];
  return Object.entries(s).filter(([, v]) => isObj(v)) as Array<[string, Record<string, any>]>;
}

/** `ghcr.io/org/name:tag@sha256:...` -> parts. */
export function parseImage(image: string): { repo: string; tag?: string; digest?: string } {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { repo: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { repo: rest, digest };
}

/** Image repository without registry host and tag, lower-cased: `supabase/postgres`. */
export function imageName(image: unknown): string {
  if (typeof image !== 'string') return '';
  const { repo } = parseImage(image);
  const parts = repo.split('/');
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) parts.shift();
  return parts.join('/').toLowerCase();
}

/** Does a service match by name or image? */
export function serviceIs(name: string, svc: Record<string, any>, entry: { name: string; images: string[] }): boolean {
  if (name === entry.name) return true;
  const img = imageName(svc.image);
  return img !== '' && entry.images.some((i) => img === i || img === `library/${i}`);
}

export interface PortSpec {
  hostIp?: string;
  published?: string;
  target: string;
  protocol: string;
  index: number;
}

/** Compose short (`[ip:][host:]container[/proto]`) and long port syntax. */
export function parsePort(entry: unknown, index: number): PortSpec | undefined {
  if (isObj(entry)) {
    return {
      hostIp: entry.host_ip ? String(entry.host_ip) : undefined,
      published: entry.published !== undefined && entry.published !== '' ? String(entry.published) : undefined,
      target: String(entry.target ?? ''),
      protocol: String(entry.protocol ?? 'tcp'),
      index,
    };
  }
  if (typeof entry !== 'string' && typeof entry !== 'number') return undefined;
  let s = String(entry);
  let protocol = 'tcp';
  const slash = s.lastIndexOf('/');
  if (slash !== -1) {
    protocol = s.slice(slash + 1);
    s = s.slice(0, slash);
  }
  let hostIp: string | undefined;
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(s);
  if (v6) {
    hostIp = v6[1];
    s = v6[2];
  }
  const parts = s.split(':');
  if (!v6 && parts.length === 3) hostIp = parts.shift();
  if (parts.length === 1) return { hostIp, target: parts[0], protocol, index };
  return { hostIp, published: parts[0] || undefined, target: parts[1], protocol, index };
}

/** `8000-8002` -> [8000, 8001, 8002]. */
export function expandRange(p: string): string[] {
  const m = /^(\d+)-(\d+)$/.exec(p);
  if (!m) return [p];
  const out: string[] = [];
  for (let i = Number(m[1]); i <= Number(m[2]) && out.length < 1000; i++) out.push(String(i));
  return out;
}

/** Where a service (or a path inside it) is written, for findings. */
export function svcLoc(project: ComposeProject, name: string, ...rest: Path): Location {
  return project.locate(['services', name, ...rest], rest.length ? 'value' : 'key') ?? { file: project.files[0].file, line: 1, column: 1 };
}

export function entryLoc(src: EnvSource, line: number, column: number): Location {
  return { file: src.file.file, line, column };
}

/** Edits renaming `${OLD...}` / `$OLD` to NEW inside the source text of one compose scalar. */
export function renameRefEdits(file: ComposeFile, path: Path, renames: Map<string, string>): TextEdit[] {
  const span = file.scalarSpans.get(pathKey(path));
  if (!span) return [];
  return renameInText(file.text.slice(span.start, span.end), span.start, file.file, renames);
}

export function renameInText(source: string, base: number, fileName: string, renames: Map<string, string>): TextEdit[] {
  let refs;
  try {
    refs = findReferences(source);
  } catch {
    return [];
  }
  const edits: TextEdit[] = [];
  for (const r of refs) {
    const to = renames.get(r.name);
    if (!to) continue;
    const nameStart = base + r.offset + (source[r.offset + 1] === '{' ? 2 : 1);
    edits.push({ file: fileName, start: nameStart, end: nameStart + r.name.length, text: to });
  }
  return edits;
}

/** Character offset of (line, column) in text. */
export function offsetAt(text: string, line: number, column: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl === -1) return text.length;
    off = nl + 1;
  }
  return off + column - 1;
}

/** The unit that owns a compose file (its env), the first one listing it. */
export function unitOf(ctx: RuleContext, file: ComposeFile): LintUnit | undefined {
  return ctx.units.find((u) => u.project?.files.includes(file));
}

export function envValue(unit: LintUnit | undefined, name: string): string | undefined {
  return unit?.env.get(name)?.value;
}

/** Env entry value that is literal (no interpolation left to do). */
export function isLiteral(value: string, quote: string): boolean {
  return quote === 'single' || !value.includes('$');
}

export const fmtLoc = (l: { file: string; line: number }) => `${l.file}:${l.line}`;
