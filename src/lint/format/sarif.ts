import { createHash } from 'node:crypto';
import { docsUrl, rules } from '../rules/index.js';
import type { LintResult } from '../run.js';
import type { Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule in tool.driver.rules (with help URI and
 * default level), results pointing at repo-relative URIs, and partialFingerprints so an alert
 * keeps its identity when lines move (hash of rule + the finding's source line text).
 */
export function formatSarif(result: Pick<LintResult, 'findings' | 'sources'>, opts: { version: string }): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const occurrences = new Map<string, number>();
  const results = result.findings.map((f) => {
    const lineText = (result.sources.get(f.file)?.split('\n')[f.line - 1] ?? '').trim();
    const base = createHash('sha256').update(`${f.rule}\u0000${lineText}`).digest('hex').slice(0, 32);
    const n = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, n);
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule) ?? 0,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column },
          },
        },
      ],
      partialFingerprints: { primaryLocationLineHash: `${base}:${n}` },
      properties: { fixable: f.fixable },
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pmoves-lint',
            version: opts.version,
            informationUri: docsUrl('').replace(/#$/, ''),
            rules: rules.map((r) => ({
              id: r.id,
              name: pascal(r.id),
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              helpUri: docsUrl(r.id),
              help: { text: `${r.description} See ${docsUrl(r.id)}`, markdown: `${r.description} [Documentation](${docsUrl(r.id)})` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['pmoves', 'compose', 'supabase'], fixable: r.fixable, precision: 'high' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory pmoves lint ran in (the repository root).' } } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
