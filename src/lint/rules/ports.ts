import { lintData } from '../data.js';
import type { Report, Rule } from '../types.js';
import { expandRange, parsePort, serviceIs, services, svcLoc } from './util.js';

const ALL_INTERFACES = new Set([undefined, '', '0.0.0.0', '::']);

/** Postgres, the pooler and postgres-meta published on every interface reach the internet on a VPS. */
export const publishedPortExposure: Rule = {
  id: 'published-port-exposure',
  severity: 'warning',
  description: 'db, pooler or meta publish a port on all interfaces.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    const exposed = lintData().exposedServices;
    for (const u of ctx.units) {
      if (!u.project) continue;
      for (const [name, svc] of services(u.project)) {
        if (!Array.isArray(svc.ports) || !exposed.some((e) => serviceIs(name, svc, e))) continue;
        svc.ports.forEach((p: unknown, i: number) => {
          const spec = parsePort(p, i);
          if (!spec?.published || !ALL_INTERFACES.has(spec.hostIp)) return;
          out.push({ loc: svcLoc(u.project!, name, 'ports', i), message: `${name} publishes port ${spec.published} on all interfaces; bind it to 127.0.0.1 (e.g. "127.0.0.1:${spec.published}:${spec.target}") or a private address` });
        });
      }
    }
    return out;
  },
};

/** Two services publishing the same host port: the second fails with "port is already allocated". */
export const portCollision: Rule = {
  id: 'port-collision',
  severity: 'error',
  description: 'Two services publish the same host port.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      const taken = new Map<string, { svc: string; line: number }>();
      for (const [name, svc] of services(u.project)) {
        if (!Array.isArray(svc.ports)) continue;
        svc.ports.forEach((p: unknown, i: number) => {
          const spec = parsePort(p, i);
          if (!spec?.published) return;
          for (const port of expandRange(spec.published)) {
            const ip = ALL_INTERFACES.has(spec.hostIp) ? '*' : spec.hostIp!;
            const loc = svcLoc(u.project!, name, 'ports', i);
            // A wildcard bind collides with every address on the same port.
            const keys = ip === '*' ? [...taken.keys()].filter((k) => k.endsWith(`|${port}/${spec.protocol}`)) : [`${ip}|${port}/${spec.protocol}`, `*|${port}/${spec.protocol}`];
            const hit = keys.map((k) => taken.get(k)).find((t) => t && t.svc !== name);
            if (hit) {
              out.push({ loc, message: `${name} publishes host port ${port}/${spec.protocol}, already published by ${hit.svc} (line ${hit.line})` });
              break;
            }
            taken.set(`${ip}|${port}/${spec.protocol}`, { svc: name, line: loc.line });
          }
        });
      }
    }
    return out;
  },
};
