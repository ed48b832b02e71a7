import { listToMap } from '../../compose/merge.js';
import type { Report, Rule } from '../types.js';
import { hasHealthcheck } from './missing-healthcheck.js';
import { services, svcLoc } from './util.js';

/**
 * `depends_on` that only waits for a container to start when the dependency has a
 * healthcheck (use `condition: service_healthy`), or that names a service that does not exist.
 */
export const dependsOnCondition: Rule = {
  id: 'depends-on-condition',
  severity: 'warning',
  description: 'depends_on waits only for start although the dependency has a healthcheck, or names an unknown service.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      const all = new Map(services(u.project));
      for (const [name, svc] of all) {
        if (!svc.depends_on) continue;
        const list = Array.isArray(svc.depends_on);
        for (const [dep, spec] of Object.entries<any>(listToMap('depends_on', svc.depends_on))) {
          const idx = list ? (svc.depends_on as unknown[]).indexOf(dep) : -1;
          const loc = list ? svcLoc(u.project, name, 'depends_on', idx) : svcLoc(u.project, name, 'depends_on', dep);
          const target = all.get(dep);
          if (!target) {
            if (u.project.inactiveServices.includes(dep)) continue;
            if (spec?.required === false) continue;
            out.push({ loc, severity: 'error', message: `${name} depends on "${dep}", which is not a service of this project` });
            continue;
          }
          if (hasHealthcheck(target) && (spec?.condition ?? 'service_started') === 'service_started') {
            out.push({ loc, message: `${name} starts as soon as ${dep} has started, not when it is healthy; use condition: service_healthy` });
          }
        }
      }
    }
    return out;
  },
};
