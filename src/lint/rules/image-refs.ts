import type { Report, Rule } from '../types.js';
import { parseImage, services, svcLoc } from './util.js';

/** `image: postgres` or `image: x:latest`: what runs changes under you. */
export const unpinnedImage: Rule = {
  id: 'unpinned-image',
  severity: 'warning',
  description: 'An image has no tag or the :latest tag.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      for (const [name, svc] of services(u.project)) {
        if (typeof svc.image !== 'string' || !svc.image || svc.build) continue;
        const { tag, digest } = parseImage(svc.image);
        if (digest) continue;
        if (!tag) out.push({ loc: svcLoc(u.project, name, 'image'), message: `${name}: image ${svc.image} has no tag (means :latest); pin a version` });
        else if (tag === 'latest') out.push({ loc: svcLoc(u.project, name, 'image'), message: `${name}: image ${svc.image} uses :latest; pin a version` });
      }
    }
    return out;
  },
};

/** `ghcr.io/POWERFULMOVES/x`: docker rejects upper case in repository names. */
export const uppercaseImageRef: Rule = {
  id: 'uppercase-image-ref',
  severity: 'error',
  description: 'An image reference has upper-case letters in its repository, which docker rejects.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      for (const [name, svc] of services(u.project)) {
        if (typeof svc.image !== 'string') continue;
        const { repo } = parseImage(svc.image);
        if (repo !== repo.toLowerCase()) {
          out.push({ loc: svcLoc(u.project, name, 'image'), message: `${name}: repository "${repo}" must be lower case for docker ("${repo.toLowerCase()}"); GHCR owners are lower-cased too` });
        }
      }
    }
    return out;
  },
};
