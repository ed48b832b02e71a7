/**
 * Values that are obviously not secrets: the "your-super-secret-..." style placeholders of
 * upstream examples and PMOVES templates. `pmoves keys generate` replaces these even without
 * --rotate (an env file still holding them was never configured); every other value is kept.
 */
const PLACEHOLDER = [
  /your[-_ ]/i,
  /change[-_ ]?(me|this|it)/i,
  /replace[-_ ]?me/i,
  /insecure/i,
  /placeholder/i,
  /example/i,
  /super[-_ ]?secret/i,
  /^(secret|password|postgres|supabase|admin|changeme|test|xxx+)\d*$/i,
  /^<.*>$/,
];

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.some((re) => re.test(value));
}
