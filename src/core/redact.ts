/**
 * Secret values never reach any output. Code that handles secrets registers them here; every
 * formatter and logger passes its text through redact() before printing.
 */
const secrets = new Set<string>();

/** Values shorter than this are not registered: redacting "1" or "no" would mangle output. */
const MIN_SECRET_LENGTH = 4;

export const REDACTED = '***';

export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  secrets.add(value);
  // Multi-line values (PEM keys, JWKS) can leak one line at a time.
  for (const line of value.split(/\r?\n/)) {
    if (line.trim().length >= 8) secrets.add(line);
  }
}

export function registeredSecrets(): readonly string[] {
  return [...secrets];
}

export function clearSecrets(): void {
  secrets.clear();
}

export function redact(text: string, extra: Iterable<string> = []): string {
  const all = [...secrets, ...[...extra].filter((s) => s && s.length >= MIN_SECRET_LENGTH)];
  if (all.length === 0) return text;
  // Longest first, so a secret containing another is replaced whole.
  all.sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of all) {
    if (out.includes(s)) out = out.split(s).join(REDACTED);
  }
  return out;
}
