import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

/**
 * A SCRAM-SHA-256 verifier computed client-side, as `psql \password` does: ALTER ROLE then never
 * carries the clear-text password, so it cannot land in the server log or pg_stat_statements.
 * Format (RFC 5803 as PostgreSQL stores it): SCRAM-SHA-256$<iter>:<salt>$<StoredKey>:<ServerKey>.
 * The password must be ASCII (generated passwords are hex), so SASLprep is the identity.
 */
export function scramSha256Verifier(password: string, iterations = 4096, salt: Buffer = randomBytes(16)): string {
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}
