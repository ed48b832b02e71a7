import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';

/** Image name (without digest) -> `sha256:...`, as a build reports what it pushed. */
export type ImagePins = Record<string, string>;

/**
 * Reads the digests a build produced. Accepts `{ "<image:tag>": "sha256:..." }`, a list of
 * `{ name|image|ref, digest }`, or `{ images: [...] }` (the build action's JSON output).
 */
export function loadImagePins(file: string): ImagePins {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(`cannot read image digests: ${(err as Error).message}`, { file, hint: 'pass the JSON the build wrote (e.g. the images output of the build action)' });
  }
  const pins: ImagePins = {};
  const list = Array.isArray(data) ? data : Array.isArray((data as { images?: unknown })?.images) ? (data as { images: unknown[] }).images : undefined;
  if (list) {
    for (const item of list as Array<Record<string, unknown>>) {
      const name = String(item.name ?? item.image ?? item.ref ?? '');
      const digest = String(item.digest ?? '');
      if (name && /^sha256:[a-f0-9]{64}$/.test(digest)) for (const n of name.split(',')) pins[n.trim()] = digest;
    }
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) if (typeof v === 'string' && /^sha256:[a-f0-9]{64}$/.test(v)) pins[k] = v;
  }
  return pins;
}

/** `repo:tag` -> `repo:tag@sha256:...` when the build pinned it; anything else unchanged. */
export function pinImage(image: string, pins: ImagePins | undefined): string {
  if (!pins || image.includes('@')) return image;
  const digest = pins[image] ?? (image.includes(':') && !image.slice(image.lastIndexOf('/')).includes(':') ? undefined : pins[`${image}:latest`]);
  return digest ? `${image}@${digest}` : image;
}
