import type { Rule } from '../types.js';
import { composeSchema } from './compose-schema.js';
import { dependsOnCondition } from './depends-on-condition.js';
import { duplicateKey } from './duplicate-key.js';
import { hardcodedVariable } from './hardcoded-variable.js';
import { unpinnedImage, uppercaseImageRef } from './image-refs.js';
import { insecureSecret } from './insecure-secret.js';
import { invalidInterpolation } from './invalid-interpolation.js';
import { jwtKeyMismatch } from './jwt-key-mismatch.js';
import { legacySupabaseVariable } from './legacy-supabase-variable.js';
import { missingHealthcheck } from './missing-healthcheck.js';
import { portCollision, publishedPortExposure } from './ports.js';
import { conflictingServiceDefinition, containerNameCollision, envFileMissing, functionsVerifyJwtOff, missingSupabaseService } from './project-rules.js';
import { undefinedVariable } from './undefined-variable.js';
import { unsafeSecretChars } from './unsafe-secret-chars.js';

/** Every rule, in the order their findings are listed for one place. */
export const rules: Rule[] = [
  composeSchema,
  invalidInterpolation,
  legacySupabaseVariable,
  undefinedVariable,
  insecureSecret,
  jwtKeyMismatch,
  duplicateKey,
  hardcodedVariable,
  missingHealthcheck,
  dependsOnCondition,
  unpinnedImage,
  uppercaseImageRef,
  publishedPortExposure,
  portCollision,
  containerNameCollision,
  conflictingServiceDefinition,
  missingSupabaseService,
  functionsVerifyJwtOff,
  envFileMissing,
  unsafeSecretChars,
];

export const DOCS_BASE = 'https://github.com/powerfulmoves/pmoves-toolkit/blob/main/docs/lint.md';
export const docsUrl = (id: string) => `${DOCS_BASE}#${id}`;
