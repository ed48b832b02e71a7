import { validateComposeFile } from '../../compose/validate.js';
import type { Report, Rule } from '../types.js';

/** The Compose Specification JSON Schema, checked after interpolation, every error at its line. */
export const composeSchema: Rule = {
  id: 'compose-schema',
  severity: 'error',
  description: 'The compose file does not follow the Compose Specification (checked after interpolation).',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const f of ctx.composeFiles) {
      for (const p of validateComposeFile(f)) out.push({ loc: p.loc, message: p.message });
    }
    return out;
  },
};
