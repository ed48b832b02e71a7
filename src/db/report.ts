import type { RotationPlan, RotationResult } from './rotate-passwords.js';

/** Human summary of a rotation plan or result; never contains a password. */
export function formatRotation(res: RotationResult, dryRun: boolean): string {
  const p: RotationPlan = res.plan;
  const lines = [
    `${dryRun ? 'plan' : 'rotated'}: ${p.server}, database ${p.database}, one transaction`,
    `  ALTER ROLE ... PASSWORD  ${p.roles.join(', ')}`,
    `  _analytics.source_backends  ${p.analyticsBackends === 'absent' ? 'absent (skipped)' : dryRun ? `${p.analyticsBackends} backend URL(s) checked` : `${res.backendsUpdated} backend URL(s) updated`}`,
    `  _supavisor  ${p.supavisorSchema === 'absent' ? 'absent (skipped)' : 'dropped and recreated empty (Supavisor re-creates its tenant on start)'}`,
    `  ${p.envFile}  ${p.envKeys.join(', ')}${dryRun ? '' : ' updated (mode 0600)'}`,
  ];
  if (!dryRun) {
    lines.push('', 'Recreate the services that read POSTGRES_PASSWORD:', `  docker compose up -d --force-recreate ${p.recreate.join(' ')}`);
  } else {
    lines.push('', `then: docker compose up -d --force-recreate ${p.recreate.join(' ')}`);
  }
  return lines.join('\n') + '\n';
}
