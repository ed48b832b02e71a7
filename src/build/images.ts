import { dirname, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { fromRoot } from '../core/package-root.js';
import { lookupL4T, type L4TEntry } from '../platform/l4t.js';
import { loadValidatedYaml, parseValidatedYaml, type LoadedYaml } from '../core/validated-yaml.js';

export type Attestations = 'auto' | 'none' | 'provenance' | 'provenance+sbom';
export type RunsOn = string | string[];

export interface JetsonVariant {
  l4t: string[];
  baseImage?: string;
  buildArgs?: Record<string, string>;
}

export interface ImageSpec {
  name: string;
  description?: string;
  /** Absolute paths, resolved against the manifest's directory. */
  context: string;
  dockerfile: string;
  target?: string;
  platforms: string[];
  buildArgs: Record<string, string>;
  platformBuildArgs: Record<string, Record<string, string>>;
  labels: Record<string, string>;
  /** Globs relative to the manifest's directory. */
  paths: string[];
  variants: { jetson?: JetsonVariant };
  /** Resolved L4T rows of the jetson variant, in the order listed. */
  l4t: L4TEntry[];
}

export interface ImagesManifest {
  file: string;
  dir: string;
  registry: string;
  owner?: string;
  attestations: Attestations;
  runners: Record<string, RunsOn>;
  images: ImageSpec[];
}

interface RawImage {
  name: string;
  description?: string;
  context?: string;
  dockerfile: string;
  target?: string;
  platforms?: string[];
  buildArgs?: Record<string, string | number | boolean>;
  platformBuildArgs?: Record<string, Record<string, string | number | boolean>>;
  labels?: Record<string, string>;
  paths?: string[];
  variants?: { jetson?: { l4t: string[]; baseImage?: string; buildArgs?: Record<string, string | number | boolean> } };
}

interface RawManifest {
  registry?: string;
  owner?: string;
  attestations?: Attestations;
  runners?: Record<string, RunsOn>;
  images: RawImage[];
}

export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64'];
export const SCHEMA_PATH = () => fromRoot('src/build/images.schema.json');

const strArgs = (a: Record<string, string | number | boolean> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(a ?? {}).map(([k, v]) => [k, String(v)]));

export function loadImagesManifest(file: string): ImagesManifest {
  return normalize(loadValidatedYaml<RawManifest>(file, SCHEMA_PATH()), resolve(file));
}

export function parseImagesManifest(text: string, file: string): ImagesManifest {
  return normalize(parseValidatedYaml<RawManifest>(text, file, SCHEMA_PATH()), resolve(file));
}

function normalize(loaded: LoadedYaml<RawManifest>, file: string): ImagesManifest {
  const raw = loaded.data;
  const dir = dirname(file);
  const seen = new Map<string, number>();
  const images = raw.images.map((img, i): ImageSpec => {
    if (seen.has(img.name)) {
      const at = loaded.locate(['images', i, 'name']);
      throw new UserError(`image "${img.name}" is declared twice (first as images[${seen.get(img.name)}])`, {
        file,
        ...at,
        hint: 'image names must be unique: they become registry repositories',
      });
    }
    seen.set(img.name, i);
    const platforms = img.platforms ?? DEFAULT_PLATFORMS;
    for (const p of Object.keys(img.platformBuildArgs ?? {})) {
      if (!platforms.includes(p)) {
        throw new UserError(`platformBuildArgs has "${p}", which is not one of this image's platforms`, {
          file,
          ...loaded.locate(['images', i, 'platformBuildArgs', p]),
          hint: `add it to platforms (${platforms.join(', ')}) or remove these args`,
        });
      }
    }
    const l4t = (img.variants?.jetson?.l4t ?? []).map((rel, j) => {
      const entry = lookupL4T(rel);
      if (!entry || entry.l4t !== rel) {
        throw new UserError(`unknown L4T release "${rel}"`, {
          file,
          ...loaded.locate(['images', i, 'variants', 'jetson', 'l4t', j]),
          hint: 'use a release listed in src/platform/l4t-table.yaml (e.g. r35.4.1, r36.4.0), or add it there',
        });
      }
      return entry;
    });
    const context = img.context ?? '.';
    const jetson = img.variants?.jetson;
    return {
      name: img.name,
      description: img.description,
      context: resolve(dir, context),
      dockerfile: resolve(dir, img.dockerfile),
      target: img.target,
      platforms,
      buildArgs: strArgs(img.buildArgs),
      platformBuildArgs: Object.fromEntries(Object.entries(img.platformBuildArgs ?? {}).map(([p, a]) => [p, strArgs(a)])),
      labels: img.labels ?? {},
      paths: img.paths ?? [context === '.' ? '**' : `${context.replace(/\/+$/, '')}/**`, img.dockerfile],
      variants: jetson ? { jetson: { l4t: jetson.l4t, baseImage: jetson.baseImage, buildArgs: strArgs(jetson.buildArgs) } } : {},
      l4t,
    };
  });
  return {
    file,
    dir,
    registry: raw.registry ?? 'ghcr.io',
    owner: raw.owner,
    attestations: raw.attestations ?? 'auto',
    runners: raw.runners ?? {},
    images,
  };
}
