import { listToMap } from '../../compose/merge.js';
import type { Report, Rule } from '../types.js';
import { services, svcLoc } from './util.js';

export const hasHealthcheck = (svc: Record<string, any> | undefined) =>
  !!svc?.healthcheck && svc.healthcheck.disable !== true && !(Array.isArray(svc.healthcheck.test) && svc.healthcheck.test[0] === 'NONE');

/**
 * A service others wait on with no healthcheck: `condition: service_healthy` on it fails
 * (error); plain ordering starts dependents before it is ready (warning).
 */
export const missingHealthcheck: Rule = {
  id: 'missing-healthcheck',
  severity: 'warning',
  description: 'A service that other services depend on has no healthcheck.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      const all = new Map(services(u.project));
      const waiters = new Map<string, { healthy: string[]; other: string[] }>();
      for (const [name, svc] of all) {
        for (const [dep, spec] of Object.entries<any>(listToMap('depends_on', svc.depends_on))) {
          // One-shot jobs (migrations, installers) are waited for by exit code, not health.
          if (spec?.condition === 'service_completed_successfully') continue;
          const w = waiters.get(dep) ?? { healthy: [], other: [] };
          (spec?.condition === 'service_healthy' ? w.healthy : w.other).push(name);
          waiters.set(dep, w);
        }
      }
      for (const [dep, w] of waiters) {
        const svc = all.get(dep);
        if (!svc || hasHealthcheck(svc)) continue;
        if (w.healthy.length) {
          out.push({ loc: svcLoc(u.project, dep), severity: 'error', message: `${dep} has no healthcheck but ${w.healthy.join(', ')} wait${w.healthy.length > 1 ? '' : 's'} for it with condition: service_healthy; docker compose will fail` });
        } else {
          out.push({ loc: svcLoc(u.project, dep), message: `${dep} has no healthcheck but ${w.other.join(', ')} depend${w.other.length > 1 ? '' : 's'} on it; add a healthcheck so they can wait until it is ready` });
        }
      }
    }
    return out;
  },
};
