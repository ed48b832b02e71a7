import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.js';
import { isEnvFileName } from './discover.js';
import type { TextEdit } from './types.js';

/** One file's planned change: the plan that --fix applies and --fix --dry-run prints. */
export interface FilePatch {
  file: string;
  before: string;
  after: string;
  edits: number;
}

/**
 * Applies edits to texts: duplicates (the same edit proposed twice) are merged, overlapping
 * edits keep the first. Returns only files that change.
 */
export function planFixes(edits: TextEdit[], cwd: string, read: (abs: string) => string = (p) => readFileSync(p, 'utf8')): FilePatch[] {
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  const patches: FilePatch[] = [];
  for (const [file, list] of byFile) {
    const before = read(resolve(cwd, file));
    const sorted = [...new Map(list.map((e) => [`${e.start}|${e.end}|${e.text}`, e])).values()].sort((a, b) => a.start - b.start || a.end - b.end);
    const kept: TextEdit[] = [];
    for (const e of sorted) if (!kept.length || e.start >= kept[kept.length - 1].end) kept.push(e);
    let after = before;
    for (const e of kept.reverse()) after = after.slice(0, e.start) + e.text + after.slice(e.end);
    if (after !== before) patches.push({ file, before, after, edits: kept.length });
  }
  return patches.sort((a, b) => a.file.localeCompare(b.file));
}

export function applyFixes(patches: FilePatch[], cwd: string): void {
  for (const p of patches) {
    const abs = resolve(cwd, p.file);
    // Env files hold secrets: written 0600 whatever their mode was.
    writeFileAtomic(abs, p.after, isEnvFileName(basename(abs)) ? { mode: 0o600 } : {});
  }
}

export async function unifiedDiff(patches: FilePatch[]): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  return patches.map((p) => createTwoFilesPatch(`a/${p.file}`, `b/${p.file}`, p.before, p.after, '', '', { context: 3 })).join('');
}
